--TEST--
socket_set_nonblock()/socket_set_block() toggle O_NONBLOCK: reads fail fast with EAGAIN, then block again
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
pcntl_alarm(20);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
var_dump(socket_set_nonblock($a));
var_dump(socket_set_nonblock($a)); // idempotent
$t = microtime(true);
var_dump(socket_read($a, 10), socket_last_error($a), microtime(true) - $t < 10);
var_dump(socket_set_block($a));
var_dump(socket_set_block($a));
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 300000]);
$t = microtime(true);
var_dump(socket_read($a, 10));
var_dump(microtime(true) - $t >= 0.25);
// accepted sockets start blocking even if the listener is non-blocking (before PHP 8.5; 8.5 makes
// them non-blocking like the listener: tests/accept_flags_follow_php_version.phpt)
$l = socket_create_listen(0);
socket_getsockname($l, $h, $port);
socket_set_nonblock($l);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$r = [$l]; $w = $e = null;
socket_select($r, $w, $e, 30);
$s = socket_accept($l);
if (PHP_VERSION_ID >= 80500) {
    socket_set_block($s);
}
socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 200000]);
$t = microtime(true);
var_dump(socket_read($s, 10), microtime(true) - $t >= 0.15);
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
int(11)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
