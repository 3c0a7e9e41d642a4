--TEST--
Unknown option names warn ENOPROTOOPT for set and get; level mismatch fails too
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($s, SOL_SOCKET, 9999, 1));
var_dump(socket_last_error($s));
var_dump(socket_get_option($s, SOL_SOCKET, 9999));
var_dump(socket_last_error($s));
// TCP option on a UDP socket
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($u, SOL_TCP, TCP_NODELAY, 1));
var_dump(socket_last_error($u) !== 0);
?>
--EXPECTF--
Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
int(92)

Warning: socket_get_option(): Unable to retrieve socket option [92]: Protocol not available in %s on line %d
bool(false)
int(92)

Warning: socket_set_option(): Unable to set socket option [%d]: %s in %s on line %d
bool(false)
bool(true)
