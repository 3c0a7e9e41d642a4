--TEST--
socket_recv() with MSG_WAITALL waits until the full length arrived over several writes
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (!function_exists('pcntl_fork')) die('skip pcntl_fork needed');
?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
pcntl_alarm(20);
[$c, $s] = sk_tcp_pair();
$pid = sk_fork(function () use ($c, $s) {
    socket_close($c);
    foreach (['aaaa', 'bbbb', 'cccc', 'dd'] as $piece) {
        usleep(50000);
        socket_write($s, $piece);
    }
    usleep(50000);
    socket_close($s);
});
socket_close($s);
var_dump(socket_recv($c, $buf, 12, MSG_WAITALL), $buf);
// asking for more than will ever come returns what arrived before EOF
var_dump(socket_recv($c, $buf, 100, MSG_WAITALL), $buf);
var_dump(sk_wait($pid));
?>
--EXPECT--
int(12)
string(12) "aaaabbbbcccc"
int(2)
string(2) "dd"
int(0)
