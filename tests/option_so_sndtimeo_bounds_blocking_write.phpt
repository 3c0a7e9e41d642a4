--TEST--
SO_SNDTIMEO makes a blocking write on a full buffer give up: partial count or false with EAGAIN, no hang
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
pcntl_alarm(20);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
var_dump(socket_set_option($a, SOL_SOCKET, SO_SNDTIMEO, ['sec' => 0, 'usec' => 200000]));
$big = str_repeat('S', 4 * 1024 * 1024);
$t = microtime(true);
$n = socket_write($a, $big);
var_dump(is_int($n) && $n > 0 && $n < strlen($big));
$n2 = socket_write($a, $big);
var_dump($n2, socket_last_error($a));
var_dump(microtime(true) - $t < 30);
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
int(11)
bool(true)
