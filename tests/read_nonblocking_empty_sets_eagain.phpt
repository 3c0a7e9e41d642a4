--TEST--
socket_read() on an empty non-blocking socket returns false with EAGAIN and no warning
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
var_dump(socket_set_nonblock($a));
socket_clear_error();
$t = microtime(true);
var_dump(socket_read($a, 10));
var_dump(microtime(true) - $t < 10);
var_dump(socket_last_error($a), socket_last_error(), socket_strerror(socket_last_error($a)));
socket_write($b, "now");
var_dump(socket_read($a, 10));
// a successful read does not reset the stored error
var_dump(socket_last_error($a));
// TCP too
$l = socket_create_listen(0);
socket_getsockname($l, $h, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$s = socket_accept($l);
socket_set_nonblock($s);
var_dump(socket_read($s, 10), socket_last_error($s));
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
int(11)
int(11)
string(32) "Resource temporarily unavailable"
string(3) "now"
int(11)
bool(false)
int(11)
