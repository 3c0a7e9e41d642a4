--TEST--
socket_sendto() error paths: missing unix path, unresolvable host, wrong-family address, unconnected stream socket
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_sendto($u, "x", 1, 0, sys_get_temp_dir() . '/skng_nope_' . getmypid() . '.sock'));
var_dump(socket_last_error($u));
$i = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_sendto($i, "x", 1, 0, '::1', 9));
var_dump(socket_last_error($i) <= -10000);
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_sendto($t, "x", 1, 0, '127.0.0.1', 9));
var_dump(socket_last_error($t));
?>
--EXPECTF--
Warning: socket_sendto(): Unable to write to socket [2]: No such file or directory in %s on line %d
bool(false)
int(2)

Warning: socket_sendto(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
bool(true)

Warning: socket_sendto(): Unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
int(32)
