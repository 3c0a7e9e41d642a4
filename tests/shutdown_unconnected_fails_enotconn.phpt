--TEST--
socket_shutdown() on an unconnected TCP socket warns ENOTCONN
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_shutdown($s));
var_dump(socket_last_error($s));
$l = socket_create_listen(0);
var_dump(socket_shutdown($l, 1));
?>
--EXPECTF--
Warning: socket_shutdown(): Unable to shutdown socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
int(107)
bool(true)
