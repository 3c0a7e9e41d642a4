--TEST--
socket_read() PHP_BINARY_READ after the peer closed returns "" (repeatedly) after draining the data
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($b, "last words");
socket_close($b);
var_dump(socket_read($a, 100), socket_read($a, 100), socket_read($a, 100));
var_dump(socket_last_error($a));
[$c, $s] = sk_tcp_pair();
socket_write($s, "tcp bye");
socket_close($s);
var_dump(socket_read($c, 100), socket_read($c, 100));
socket_set_nonblock($c);
var_dump(socket_read($c, 100));
?>
--EXPECT--
string(10) "last words"
string(0) ""
string(0) ""
int(0)
string(7) "tcp bye"
string(0) ""
string(0) ""
