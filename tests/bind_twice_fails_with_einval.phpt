--TEST--
socket_bind() on an already bound socket fails with EINVAL and keeps the first address
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($s, '127.0.0.1', 0));
socket_getsockname($s, $a1, $p1);
var_dump(socket_bind($s, '127.0.0.1', 0));
var_dump(socket_last_error($s));
socket_getsockname($s, $a2, $p2);
var_dump($a1 === $a2, $p1 === $p2);
?>
--EXPECTF--
bool(true)

Warning: socket_bind(): Unable to bind address [22]: Invalid argument in %s on line %d
bool(false)
int(22)
bool(true)
bool(true)
