--TEST--
socket_send() returns bytes sent; length is clamped to the string and 0 sends nothing
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
var_dump(socket_send($a, "abcdef", 3, 0));
var_dump(socket_send($a, "XYZ", 1000, 0));
var_dump(socket_send($a, "nothing", 0, 0));
var_dump(socket_send($a, "", 5, 0));
var_dump(socket_send($a, "!", PHP_INT_MAX, MSG_DONTWAIT));
var_dump(socket_read($b, 100));
?>
--EXPECT--
int(3)
int(3)
int(0)
int(0)
int(1)
string(7) "abcXYZ!"
