--TEST--
socket_bind() to an address not on this host fails with EADDRNOTAVAIL
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($s, '203.0.113.77', 0));
var_dump(socket_last_error($s), socket_strerror(socket_last_error($s)));
$s6 = socket_create(AF_INET6, SOCK_DGRAM, 0);
var_dump(socket_bind($s6, '2001:db8::1', 0));
var_dump(socket_last_error($s6));
?>
--EXPECTF--
Warning: socket_bind(): Unable to bind address [99]: Cannot assign requested address in %s on line %d
bool(false)
int(99)
string(31) "Cannot assign requested address"

Warning: socket_bind(): Unable to bind address [99]: Cannot assign requested address in %s on line %d
bool(false)
int(99)
