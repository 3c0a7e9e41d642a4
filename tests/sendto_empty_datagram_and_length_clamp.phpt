--TEST--
socket_sendto() length is clamped to the string; zero-length datagrams are delivered as ""
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($a, '127.0.0.1', 0);
socket_getsockname($a, $h, $ap);
var_dump(socket_sendto($a, "clamped", 1000, 0, '127.0.0.1', $ap));
var_dump(socket_sendto($a, "truncated", 5, 0, '127.0.0.1', $ap));
var_dump(socket_sendto($a, "", 0, 0, '127.0.0.1', $ap));
var_dump(socket_sendto($a, "zero", 0, 0, '127.0.0.1', $ap));
for ($i = 0; $i < 4; $i++) {
    var_dump(socket_recvfrom($a, $buf, 100, 0, $from, $port), $buf);
}
?>
--EXPECT--
int(7)
int(5)
int(0)
int(0)
int(7)
string(7) "clamped"
int(5)
string(5) "trunc"
int(0)
string(0) ""
int(0)
string(0) ""
