--TEST--
socket_getpeername() on an unconnected socket warns ENOTCONN and leaves the by-ref arguments alone
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$addr = 'a'; $port = 'p';
var_dump(socket_getpeername($s, $addr, $port));
var_dump($addr, $port, socket_last_error($s));
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_getpeername($u, $addr));
$d = socket_create(AF_INET6, SOCK_DGRAM, 0);
var_dump(socket_getpeername($d, $addr, $port));
?>
--EXPECTF--
Warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected in %s on line %d
bool(false)
string(1) "a"
string(1) "p"
int(107)

Warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected in %s on line %d
bool(false)

Warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected in %s on line %d
bool(false)
