--TEST--
AF_INET6 TCP connect/accept over ::1 with getsockname/getpeername
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
$s = @socket_create(AF_INET6, SOCK_STREAM, 0);
if (!$s || !@socket_bind($s, '::1', 0)) die('skip no IPv6 loopback');
?>
--FILE--
<?php
$l = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($l, '::1', 0), socket_listen($l));
socket_getsockname($l, $la, $lp);
$c = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '::1', $lp));
$s = socket_accept($l);
var_dump(socket_getpeername($c, $pa, $pp), $pa, $pp === $lp);
var_dump(socket_getpeername($s, $qa, $qp), $qa);
socket_getsockname($c, $ca, $cp);
var_dump($qp === $cp);
var_dump(socket_write($c, "six"), socket_read($s, 10));
var_dump(socket_write($s, "back"), socket_read($c, 10));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
string(3) "::1"
bool(true)
bool(true)
string(3) "::1"
bool(true)
int(3)
string(3) "six"
int(4)
string(4) "back"
