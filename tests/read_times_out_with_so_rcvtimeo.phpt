--TEST--
A blocking socket_read()/socket_recv() with SO_RCVTIMEO returns false with EAGAIN after the timeout, without warning
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
pcntl_alarm(20);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
var_dump(socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 300000]));
$t = microtime(true);
var_dump(socket_read($a, 10));
$dt = microtime(true) - $t;
var_dump($dt >= 0.25 && $dt < 30, socket_last_error($a));
$t = microtime(true);
var_dump(socket_recv($a, $buf, 10, 0), $buf);
$dt = microtime(true) - $t;
var_dump($dt >= 0.25 && $dt < 30, socket_last_error($a));
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
int(11)
bool(false)
NULL
bool(true)
int(11)
