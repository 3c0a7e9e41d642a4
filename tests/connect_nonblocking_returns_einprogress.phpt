--TEST--
Non-blocking socket_connect() returns false with EINPROGRESS and no warning; select reports it writable and SO_ERROR is 0
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $a, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_nonblock($c));
$r = socket_connect($c, '127.0.0.1', $port);
var_dump($r, socket_last_error($c), socket_last_error());
$rd = null; $w = [$c]; $e = null;
var_dump(socket_select($rd, $w, $e, 30));
var_dump(socket_get_option($c, SOL_SOCKET, SO_ERROR));
var_dump(socket_getpeername($c, $pa, $pp), $pa, $pp === $port);
$s = socket_accept($l);
var_dump(socket_write($c, "nb"), socket_read($s, 10));
var_dump(SOCKET_EINPROGRESS, SOCKET_EAGAIN);
?>
--EXPECT--
bool(true)
bool(false)
int(115)
int(115)
int(1)
int(0)
bool(true)
string(9) "127.0.0.1"
bool(true)
int(2)
string(2) "nb"
int(115)
int(11)
