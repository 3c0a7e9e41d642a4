--TEST--
socket_create() failing in the kernel warns, returns false and sets the global error
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_clear_error();
var_dump(socket_create(AF_INET, SOCK_STREAM, 9999));
var_dump(socket_last_error());
var_dump(socket_create(AF_INET, SOCK_SEQPACKET, 0));
var_dump(socket_last_error());
var_dump(socket_create(AF_INET, SOCK_RDM, 0));
var_dump(socket_strerror(socket_last_error()));
?>
--EXPECTF--
Warning: socket_create(): Unable to create socket [22]: Invalid argument in %s on line %d
bool(false)
int(22)

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
bool(false)
int(94)

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
bool(false)
string(25) "Socket type not supported"
