--TEST--
socket_connect() on UDP sets the default destination: send/write work and getpeername reports it
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$srv = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($srv, '127.0.0.1', 0);
socket_getsockname($srv, $sa, $sp);
$c = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(@socket_getpeername($c, $x));
var_dump(socket_connect($c, '127.0.0.1', $sp));
var_dump(socket_getpeername($c, $pa, $pp), $pa, $pp === $sp);
var_dump(socket_send($c, "via send", 8, 0));
var_dump(socket_write($c, "via write"));
var_dump(socket_recvfrom($srv, $buf, 100, 0, $from, $fport), $buf);
socket_getsockname($c, $ca, $cp);
var_dump($from, $fport === $cp);
var_dump(socket_recv($srv, $buf, 100, 0), $buf);
// reply reaches the connected socket
var_dump(socket_sendto($srv, "reply", 5, 0, '127.0.0.1', $cp));
var_dump(socket_read($c, 100));
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
int(8)
int(9)
int(8)
string(8) "via send"
string(9) "127.0.0.1"
bool(true)
int(9)
string(9) "via write"
int(5)
string(5) "reply"
