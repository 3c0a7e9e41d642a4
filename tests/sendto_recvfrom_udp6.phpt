--TEST--
socket_sendto()/socket_recvfrom() over UDP on ::1 report the IPv6 sender
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
$s = @socket_create(AF_INET6, SOCK_DGRAM, 0);
if (!$s || !@socket_bind($s, '::1', 0)) die('skip no IPv6 loopback');
?>
--FILE--
<?php
$a = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
$b = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($a, '::1', 0);
socket_bind($b, '::1', 0);
socket_getsockname($a, $x, $ap);
socket_getsockname($b, $y, $bp);
var_dump(socket_sendto($b, "hello v6", 8, 0, '::1', $ap));
var_dump(socket_recvfrom($a, $buf, 100, 0, $from, $port), $buf, $from, $port === $bp);
var_dump(socket_sendto($a, "x", 1, 0, '127.0.0.1', $bp));
var_dump(socket_last_error($a) !== 0);
?>
--EXPECTF--
int(8)
int(8)
string(8) "hello v6"
string(3) "::1"
bool(true)

Warning: socket_sendto(): Unable to write to socket [%d]: %s in %s on line %d
bool(false)
bool(true)
