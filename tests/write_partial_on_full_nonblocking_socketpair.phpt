--TEST--
Non-blocking socket_write() on a full buffer does partial writes then fails with EAGAIN silently; counts add up and data arrives intact
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
pcntl_alarm(120);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($a);
// Lines collected and joined once: appending each to a growing string is quadratic under
// USE_ZEND_ALLOC=0 with ASan (every realloc copies).
$lines = [];
for ($i = 0, $size = 0; $size < 4 * 1024 * 1024; $i++) {
    $lines[] = $line = sprintf("%08d:", $i) . str_repeat(chr(65 + $i % 26), 55) . "\n";
    $size += strlen($line);
}
$data = implode('', $lines);
unset($lines);
$len = strlen($data);

// 1. one huge write only partially succeeds
$n = socket_write($a, $data);
var_dump(is_int($n) && $n > 0 && $n < $len);
$sent = $n;
// 2. keep writing until EAGAIN
$writes = 0;
while (true) {
    $r = socket_write($a, substr($data, $sent, 65536));
    if ($r === false) break;
    $sent += $r;
    $writes++;
    if ($writes > 100000) { echo "never filled\n"; break; }
}
var_dump(socket_last_error($a), socket_strerror(socket_last_error($a)));
// writable set is now empty
$rd = null; $w = [$a]; $e = null;
var_dump(socket_select($rd, $w, $e, 0), $w);
// socket_send() on the full non-blocking socket agrees
var_dump(socket_send($a, "x", 1, 0), socket_last_error($a));

// 3. drain and keep writing until everything is through
$got = '';
$deadline = microtime(true) + 100;
while (strlen($got) < $len && microtime(true) < $deadline) {
    $rd = [$b]; $w = $sent < $len ? [$a] : []; $e = null;
    if (socket_select($rd, $w, $e, 1) === false) { echo "select failed\n"; break; }
    if ($rd) {
        $chunk = socket_read($b, 100000);
        if ($chunk === false || $chunk === '') { echo "read failed\n"; break; }
        $got .= $chunk;
    }
    if ($w) {
        $r = socket_write($a, substr($data, $sent, 300000));
        if ($r === false) { if (socket_last_error($a) !== SOCKET_EAGAIN) { echo "write failed\n"; break; } }
        else $sent += $r;
    }
}
var_dump($sent === $len, strlen($got) === $len, $got === $data);
?>
--EXPECT--
bool(true)
int(11)
string(32) "Resource temporarily unavailable"
int(0)
array(0) {
}
bool(false)
int(11)
bool(true)
bool(true)
bool(true)
