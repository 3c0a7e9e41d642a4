--TEST--
socket_select() with a null timeout blocks until a socket becomes readable
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (!function_exists('pcntl_fork')) die('skip pcntl_fork needed');
?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
pcntl_alarm(20);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p1);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p2);
$pid = sk_fork(function () use ($p2) {
    usleep(300000);
    socket_write($p2[1], "wake");
});
$r = ['one' => $p1[0], 'two' => $p2[0]]; $w = $e = null;
$t = microtime(true);
var_dump(socket_select($r, $w, $e, null));
var_dump(microtime(true) - $t >= 0.2, array_keys($r), socket_read($p2[0], 10));
var_dump(sk_wait($pid));
?>
--EXPECT--
int(1)
bool(true)
array(1) {
  [0]=>
  string(3) "two"
}
string(4) "wake"
int(0)
