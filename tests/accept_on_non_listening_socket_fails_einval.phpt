--TEST--
socket_accept() on a socket that is not listening warns EINVAL
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_accept($s));
var_dump(socket_last_error());
socket_bind($s, '127.0.0.1', 0);
var_dump(socket_accept($s));
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_accept($u));
?>
--EXPECTF--
Warning: socket_accept(): unable to accept incoming connection [22]: Invalid argument in %s on line %d
bool(false)
int(22)

Warning: socket_accept(): unable to accept incoming connection [22]: Invalid argument in %s on line %d
bool(false)

Warning: socket_accept(): unable to accept incoming connection [22]: Invalid argument in %s on line %d
bool(false)
