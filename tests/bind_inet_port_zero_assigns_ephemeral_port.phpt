--TEST--
socket_bind() to port 0 (or no port) gets an ephemeral port; getsockname reports the address
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_getsockname($s, $a0, $p0), $a0, $p0);
var_dump(socket_bind($s, '127.0.0.1', 0));
var_dump(socket_getsockname($s, $addr, $port));
var_dump($addr, is_int($port) && $port > 0 && $port < 65536);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($u, '127.0.0.1'));
var_dump(socket_getsockname($u, $addr2, $port2), $addr2, $port2 > 0);
$any = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($any, '0.0.0.0'), socket_getsockname($any, $addr3), $addr3);
?>
--EXPECT--
bool(true)
string(7) "0.0.0.0"
int(0)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
string(7) "0.0.0.0"
