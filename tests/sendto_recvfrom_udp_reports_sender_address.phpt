--TEST--
socket_sendto()/socket_recvfrom() over UDP: returns byte counts and the sender's address and port
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$b = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($a, '127.0.0.1', 0);
socket_bind($b, '127.0.0.1', 0);
socket_getsockname($a, $aa, $ap);
socket_getsockname($b, $ba, $bp);
var_dump(socket_sendto($b, "datagram one", 12, 0, '127.0.0.1', $ap));
var_dump(socket_sendto($b, "two", 3, 0, '127.0.0.1', $ap));
$from = $port = 'x';
var_dump(socket_recvfrom($a, $buf, 100, 0, $from, $port));
var_dump($buf, $from, $port === $bp);
var_dump(socket_recvfrom($a, $buf, 100, 0, $from, $port), $buf);
// reply to the reported address
var_dump(socket_sendto($a, "pong", 4, 0, $from, $port));
var_dump(socket_recvfrom($b, $buf, 100, 0, $f2, $p2), $buf, $p2 === $ap);
// "localhost" is resolved
var_dump(socket_sendto($b, "named", 5, 0, 'localhost', $ap));
var_dump(socket_recvfrom($a, $buf, 100, 0, $f3, $p3), $buf, $f3);
?>
--EXPECT--
int(12)
int(3)
int(12)
string(12) "datagram one"
string(9) "127.0.0.1"
bool(true)
int(3)
string(3) "two"
int(4)
int(4)
string(4) "pong"
bool(true)
int(5)
int(5)
string(5) "named"
string(9) "127.0.0.1"
