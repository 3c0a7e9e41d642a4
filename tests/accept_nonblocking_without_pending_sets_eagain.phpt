--TEST--
socket_accept() on a non-blocking listener with no pending connection returns false silently with EAGAIN
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $a, $p);
var_dump(socket_set_nonblock($l));
socket_clear_error();
$t = microtime(true);
var_dump(socket_accept($l));
var_dump(socket_last_error(), microtime(true) - $t < 10);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $p);
$r = [$l]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 30));
var_dump(socket_accept($l) instanceof Socket);
var_dump(socket_accept($l));
var_dump(socket_last_error());
?>
--EXPECT--
bool(true)
bool(false)
int(11)
bool(true)
int(1)
bool(true)
bool(false)
int(11)
