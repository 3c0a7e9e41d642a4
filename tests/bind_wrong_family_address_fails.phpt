--TEST--
socket_bind() with an address of the wrong family fails (IPv6 literal on AF_INET, IPv4 on a v6only AF_INET6)
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($s, '::1', 0));
var_dump(socket_last_error($s) <= -10000);
var_dump(socket_getsockname($s, $a, $p), $a, $p);

$s6 = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
socket_set_option($s6, IPPROTO_IPV6, IPV6_V6ONLY, 1);
var_dump(socket_bind($s6, '127.0.0.1', 0));
var_dump(socket_last_error($s6));
?>
--EXPECTF--
Warning: socket_bind(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
bool(true)
bool(true)
string(7) "0.0.0.0"
int(0)

Warning: socket_bind(): Unable to bind address [22]: Invalid argument in %s on line %d
bool(false)
int(22)
