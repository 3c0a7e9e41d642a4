--TEST--
socket_recvfrom() with a short length returns the head of the datagram and discards the rest
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($a, '127.0.0.1', 0);
socket_getsockname($a, $h, $ap);
$b = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_sendto($b, "0123456789", 10, 0, '127.0.0.1', $ap);
socket_sendto($b, "next", 4, 0, '127.0.0.1', $ap);
var_dump(socket_recvfrom($a, $buf, 3, 0, $from, $port), $buf);
var_dump(socket_recvfrom($a, $buf, 100, 0, $from, $port), $buf);
socket_sendto($b, "peekable", 8, 0, '127.0.0.1', $ap);
var_dump(socket_recvfrom($a, $buf, 4, MSG_PEEK, $from, $port), $buf);
var_dump(socket_recvfrom($a, $buf, 100, 0, $from, $port), $buf);
?>
--EXPECT--
int(3)
string(3) "012"
int(4)
string(4) "next"
int(4)
string(4) "peek"
int(8)
string(8) "peekable"
