--TEST--
AF_INET6 sockets bind "::1", and an IPv4 address binds as a v4-mapped address
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
$s = @socket_create(AF_INET6, SOCK_STREAM, 0);
if (!$s || !@socket_bind($s, '::1', 0)) die('skip no IPv6 loopback');
?>
--FILE--
<?php
$s = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($s, '::1', 0));
var_dump(socket_getsockname($s, $a, $p), $a, $p > 0);
$m = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_get_option($m, IPPROTO_IPV6, IPV6_V6ONLY));
var_dump(socket_bind($m, '127.0.0.1', 0));
var_dump(socket_getsockname($m, $a2, $p2), $a2);
$any = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($any, '::'), socket_getsockname($any, $a3), $a3);
?>
--EXPECT--
bool(true)
bool(true)
string(3) "::1"
bool(true)
int(0)
bool(true)
bool(true)
string(16) "::ffff:127.0.0.1"
bool(true)
bool(true)
string(2) "::"
