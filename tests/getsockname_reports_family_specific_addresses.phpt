--TEST--
socket_getsockname() works with and without the port argument for each family; unbound sockets report wildcard/empty names
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_getsockname($s, $a), $a);
var_dump(socket_getsockname($s, $a, $p), $a, $p);
$s6 = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_getsockname($s6, $a, $p), $a, $p);
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
$p = 'untouched';
var_dump(socket_getsockname($u, $a, $p), $a, $p);
$l = socket_create_listen(0);
var_dump(socket_getsockname($l, $a), $a);
?>
--EXPECT--
bool(true)
string(7) "0.0.0.0"
bool(true)
string(7) "0.0.0.0"
int(0)
bool(true)
string(2) "::"
int(0)
bool(true)
string(0) ""
string(9) "untouched"
bool(true)
string(7) "0.0.0.0"
