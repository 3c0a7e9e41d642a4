--TEST--
socket_recv() with MSG_PEEK returns data without consuming it
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($b, "peekaboo");
var_dump(socket_recv($a, $buf, 4, MSG_PEEK), $buf);
var_dump(socket_recv($a, $buf, 100, MSG_PEEK), $buf);
var_dump(socket_read($a, 100));
socket_set_nonblock($a);
var_dump(socket_recv($a, $buf, 100, MSG_PEEK), $buf, socket_last_error($a));
?>
--EXPECT--
int(4)
string(4) "peek"
int(8)
string(8) "peekaboo"
string(8) "peekaboo"
bool(false)
NULL
int(11)
