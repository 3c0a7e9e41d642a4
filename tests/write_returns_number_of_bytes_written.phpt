--TEST--
socket_write() returns the byte count; $length truncates, is clamped to the string length, and 0/"" write nothing
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
var_dump(socket_write($a, "hello"));
var_dump(socket_write($a, "hello", null));
var_dump(socket_write($a, "abcdef", 2));
var_dump(socket_write($a, "xyz", 100));
var_dump(socket_write($a, "xyz", PHP_INT_MAX));
var_dump(socket_write($a, "ignored", 0));
var_dump(socket_write($a, ""));
var_dump(socket_write($a, "\0\r\n\0"));
var_dump(json_encode(socket_read($b, 100)));
?>
--EXPECT--
int(5)
int(5)
int(2)
int(3)
int(3)
int(0)
int(0)
int(4)
string(36) ""hellohelloabxyzxyz\u0000\r\n\u0000""
