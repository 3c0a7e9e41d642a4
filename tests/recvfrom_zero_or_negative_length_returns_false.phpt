--TEST--
socket_recvfrom() with length 0 or negative returns false and does not consume the datagram
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($a, '127.0.0.1', 0);
socket_getsockname($a, $h, $ap);
socket_sendto($a, "self", 4, 0, '127.0.0.1', $ap);
foreach ([0, -1, PHP_INT_MIN] as $len) {
    $buf = 'b'; $from = 'f'; $port = 'p';
    var_dump(socket_recvfrom($a, $buf, $len, 0, $from, $port));
    var_dump($buf, $from, $port);
}
var_dump(socket_recvfrom($a, $buf, 10, 0, $from, $port), $buf);
?>
--EXPECT--
bool(false)
string(1) "b"
string(1) "f"
string(1) "p"
bool(false)
string(1) "b"
string(1) "f"
string(1) "p"
bool(false)
string(1) "b"
string(1) "f"
string(1) "p"
int(4)
string(4) "self"
