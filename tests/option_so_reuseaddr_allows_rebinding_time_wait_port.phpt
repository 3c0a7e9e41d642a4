--TEST--
SO_REUSEADDR lets a new listener bind the port of a closed connection still in TIME_WAIT
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($l, SOL_SOCKET, SO_REUSEADDR, 1);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $h, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$s = socket_accept($l);
// server closes first -> server side ends in TIME_WAIT
socket_close($s);
socket_read($c, 10);
socket_close($c);
socket_close($l);
$l2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($l2, SOL_SOCKET, SO_REUSEADDR, 1));
var_dump(socket_bind($l2, '127.0.0.1', $port));
var_dump(socket_listen($l2));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
