--TEST--
Non-blocking connect to a closed port: select wakes up and SO_ERROR reports ECONNREFUSED once
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$hold = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($hold, '127.0.0.1', 0);
socket_getsockname($hold, $a, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($c);
var_dump(socket_connect($c, '127.0.0.1', $port));
var_dump(socket_last_error($c));
$rd = null; $w = [$c]; $e = null;
var_dump(socket_select($rd, $w, $e, 30) >= 1);
var_dump(socket_get_option($c, SOL_SOCKET, SO_ERROR));
var_dump(socket_get_option($c, SOL_SOCKET, SO_ERROR)); // cleared after reading
?>
--EXPECT--
bool(false)
int(115)
bool(true)
int(111)
int(0)
