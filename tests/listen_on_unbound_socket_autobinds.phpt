--TEST--
socket_listen() on an unbound TCP socket binds it to INADDR_ANY with an ephemeral port
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_listen($s));
var_dump(socket_getsockname($s, $a, $p), $a, $p > 0);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '127.0.0.1', $p));
var_dump(socket_accept($s) instanceof Socket);
?>
--EXPECT--
bool(true)
bool(true)
string(7) "0.0.0.0"
bool(true)
bool(true)
bool(true)
