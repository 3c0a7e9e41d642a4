--TEST--
socket_connect() with an address of the wrong family fails: IPv6 literal on AF_INET, IPv4 literal on AF_UNIX (taken as a path)
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($s, '::1', 80));
var_dump(socket_last_error($s) <= -10000);
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($u, '127.0.0.1', 80));
var_dump(socket_last_error($u));
?>
--EXPECTF--
Warning: socket_connect(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
bool(true)

Warning: socket_connect(): unable to connect [2]: No such file or directory in %s on line %d
bool(false)
int(2)
