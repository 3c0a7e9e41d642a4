--TEST--
socket_accept() returns a new Socket whose peer is the connecting client
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l, 5);
socket_getsockname($l, $la, $lp);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '127.0.0.1', $lp));
$s = socket_accept($l);
var_dump($s instanceof Socket, $s !== $l);
socket_getsockname($c, $ca, $cp);
var_dump(socket_getpeername($s, $pa, $pp));
var_dump($pa === $ca, $pp === $cp);
socket_getsockname($s, $sa, $sp);
var_dump($sa, $sp === $lp);
var_dump(socket_getpeername($c, $x, $xp), $x, $xp === $lp);
var_dump(socket_send($s, "from server", 11, 0), socket_read($c, 100));
// listener still accepts others
$c2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c2, '127.0.0.1', $lp);
var_dump(socket_accept($l) instanceof Socket);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
int(11)
string(11) "from server"
bool(true)
