--TEST--
socket_bind() to a port already bound warns EADDRINUSE; per-socket and global errors are set
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($a, '127.0.0.1', 0);
socket_listen($a);
socket_getsockname($a, $addr, $port);
$b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($b, '127.0.0.1', $port));
var_dump(socket_last_error($b), socket_last_error());
// SO_REUSEADDR on both does not allow binding over a listener
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($c, SOL_SOCKET, SO_REUSEADDR, 1);
var_dump(socket_bind($c, '127.0.0.1', $port));
$u1 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u1, '127.0.0.1', 0);
socket_getsockname($u1, $ua, $up);
$u2 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($u2, '127.0.0.1', $up));
?>
--EXPECTF--
Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
int(98)
int(98)

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
