--TEST--
socket_listen() and socket_accept() on a datagram socket fail with EOPNOTSUPP
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '127.0.0.1', 0);
var_dump(socket_listen($u));
var_dump(socket_last_error($u));
var_dump(socket_accept($u));
var_dump(socket_last_error());
?>
--EXPECTF--
Warning: socket_listen(): unable to listen on socket [95]: Operation not supported in %s on line %d
bool(false)
int(95)

Warning: socket_accept(): unable to accept incoming connection [95]: Operation not supported in %s on line %d
bool(false)
int(95)
