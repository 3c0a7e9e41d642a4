--TEST--
socket_read() PHP_NORMAL_READ at EOF warns ECONNRESET and returns false, also when a partial line was pending
--DESCRIPTION--
Pins the bundled behaviour: the normal-read loop treats repeated zero-byte reads as a reset
(ECONNRESET, "Connection reset by peer") and returns false; a pending unterminated line is lost.
A binary read afterwards sees the plain EOF ("").
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
pcntl_alarm(20);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($b, "complete\npartial");
socket_close($b);
var_dump(json_encode(socket_read($a, 100, PHP_NORMAL_READ)));
var_dump(socket_read($a, 100, PHP_NORMAL_READ));
var_dump(socket_last_error($a));
var_dump(socket_read($a, 100, PHP_NORMAL_READ));
var_dump(socket_read($a, 100, PHP_BINARY_READ));
?>
--EXPECTF--
string(12) ""complete\n""

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
int(104)

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
string(0) ""
