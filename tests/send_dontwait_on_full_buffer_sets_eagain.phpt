--TEST--
socket_send() with MSG_DONTWAIT on a blocking socket with a full buffer fails with EAGAIN instead of blocking
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
pcntl_alarm(20);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
$chunk = str_repeat('F', 8192);
$total = 0;
$t = microtime(true);
while (($n = socket_send($a, $chunk, strlen($chunk), MSG_DONTWAIT)) !== false) {
    $total += $n;
    if ($total > 64 * 1024 * 1024) { echo "never full\n"; break; }
}
var_dump($total > 0, socket_last_error($a), microtime(true) - $t < 30);
$got = 0;
socket_set_nonblock($b);
while (($r = socket_read($b, 65536)) !== false && $r !== '') { $got += strlen($r); }
var_dump($got === $total);
?>
--EXPECT--
bool(true)
int(11)
bool(true)
bool(true)
