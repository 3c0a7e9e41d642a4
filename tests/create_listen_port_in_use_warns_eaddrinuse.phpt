--TEST--
socket_create_listen() on a port that is already listening warns EADDRINUSE and returns false
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$l = socket_create_listen(0);
socket_getsockname($l, $addr, $port);
var_dump(socket_create_listen($port));
var_dump(socket_last_error());
?>
--EXPECTF--
Warning: socket_create_listen(): unable to bind to given address [98]: Address already in use in %s on line %d
bool(false)
int(98)
