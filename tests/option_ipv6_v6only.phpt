--TEST--
IPV6_V6ONLY defaults to 0, can be set, and then v4-mapped binds fail
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (!defined('IPV6_V6ONLY')) die('skip IPV6_V6ONLY not defined');
?>
--FILE--
<?php
$s = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_V6ONLY));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_V6ONLY, 1));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_V6ONLY));
var_dump(socket_bind($s, '::ffff:127.0.0.1', 0));
$t = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($t, '::ffff:127.0.0.1', 0));
var_dump(socket_getsockname($t, $a), $a);
?>
--EXPECTF--
int(0)
bool(true)
int(1)

Warning: socket_bind(): Unable to bind address [22]: Invalid argument in %s on line %d
bool(false)
bool(true)
bool(true)
string(16) "::ffff:127.0.0.1"
