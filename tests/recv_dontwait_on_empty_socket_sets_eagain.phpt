--TEST--
socket_recv() with MSG_DONTWAIT on an empty blocking socket returns false, buffer NULL, EAGAIN, no warning
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
$buf = 'old';
socket_clear_error();
var_dump(socket_recv($a, $buf, 10, MSG_DONTWAIT), $buf);
var_dump(socket_last_error($a), socket_last_error());
// the socket itself stays blocking
var_dump(socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 200000]));
$t = microtime(true);
var_dump(socket_recv($a, $buf, 10, 0));
var_dump(microtime(true) - $t >= 0.15);
?>
--EXPECT--
bool(false)
NULL
int(11)
int(11)
bool(true)
bool(false)
bool(true)
