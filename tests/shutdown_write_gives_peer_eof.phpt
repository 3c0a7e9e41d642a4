--TEST--
socket_shutdown($s, 1) sends EOF to the peer while reading still works; default mode 2 shuts both
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
[$c, $s] = sk_tcp_pair();
socket_write($c, "request");
var_dump(socket_shutdown($c, 1));
var_dump(socket_read($s, 100), socket_read($s, 100));
var_dump(socket_write($s, "response"), socket_read($c, 100));
var_dump(socket_write($c, "late"));
var_dump(socket_last_error($c));

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_shutdown($p[0]));
var_dump(socket_read($p[1], 10));
var_dump(socket_read($p[0], 10));
?>
--EXPECTF--
bool(true)
string(7) "request"
string(0) ""
int(8)
string(8) "response"

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
int(32)
bool(true)
string(0) ""
string(0) ""
