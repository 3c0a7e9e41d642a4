--TEST--
socket_create_listen(0) listens on 0.0.0.0 with an ephemeral port, SO_REUSEADDR left unset, and accepts
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$l = socket_create_listen(0);
var_dump($l instanceof Socket);
var_dump(socket_getsockname($l, $addr, $port));
var_dump($addr, $port > 0 && $port < 65536);
var_dump(socket_get_option($l, SOL_SOCKET, SO_REUSEADDR));
var_dump(socket_get_option($l, SOL_SOCKET, SO_TYPE) === SOCK_STREAM);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '127.0.0.1', $port));
$s = socket_accept($l);
var_dump(socket_write($c, "ping"), socket_read($s, 10));
$l2 = socket_create_listen(0, 1);
var_dump(socket_getsockname($l2, $a2, $p2), $p2 !== $port);
?>
--EXPECT--
bool(true)
bool(true)
string(7) "0.0.0.0"
bool(true)
int(0)
bool(true)
bool(true)
int(4)
string(4) "ping"
bool(true)
bool(true)
