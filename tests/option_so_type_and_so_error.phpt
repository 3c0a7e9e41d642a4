--TEST--
SO_TYPE reports the socket type; SO_ERROR reports and clears a pending asynchronous error
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
foreach ([[AF_INET, SOCK_STREAM], [AF_INET, SOCK_DGRAM], [AF_UNIX, SOCK_SEQPACKET]] as [$d, $t]) {
    $s = socket_create($d, $t, 0);
    var_dump(socket_get_option($s, SOL_SOCKET, SO_TYPE) === $t);
}
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_ERROR));
// UDP "connection refused" arrives asynchronously as an ICMP error
$hold = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($hold, '127.0.0.1', 0);
socket_getsockname($hold, $h, $port);
socket_close($hold);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_connect($u, '127.0.0.1', $port);
socket_write($u, "x");
usleep(100000);
$err = socket_get_option($u, SOL_SOCKET, SO_ERROR);
var_dump($err === 0 || $err === SOCKET_ECONNREFUSED);
var_dump(socket_get_option($u, SOL_SOCKET, SO_ERROR));
var_dump(socket_set_option($u, SOL_SOCKET, SO_TYPE, SOCK_DGRAM));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
int(0)
bool(true)
int(0)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
