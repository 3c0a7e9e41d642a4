<?php
require __DIR__ . '/_lib.inc';

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

section('basic');
var_dump(socket_write($a, "0123456789"));
t('read 4', fn() => socket_read($b, 4));
t('read 4 explicit binary', fn() => socket_read($b, 4, PHP_BINARY_READ));
t('read 100 (only 2 left)', fn() => socket_read($b, 100));

section('lengths');
socket_write($a, "abcdef");
t('len 0', fn() => socket_read($b, 0));
errs($b);
t('len -1', fn() => socket_read($b, -1));
errs($b);
t('len PHP_INT_MIN', fn() => socket_read($b, PHP_INT_MIN));
t('len 1', fn() => socket_read($b, 1));
t('len 1 again', fn() => socket_read($b, 1));
t('len "2"', fn() => socket_read($b, "2"));
t('len 2.0', fn() => socket_read($b, 2.0));
t('len "x"', fn() => socket_read($b, "x"));
t('len null', fn() => socket_read($b, null));
errs($b);
socket_write($a, "Z");
t('len 1.5', fn() => socket_read($b, 1.5));

section('binary data');
$bin = '';
for ($i = 0; $i < 256; $i++) $bin .= chr($i);
var_dump(socket_write($a, $bin));
$got = '';
while (strlen($got) < 256 && wait_readable($b)) {
    $got .= socket_read($b, 1000);
}
var_dump(strlen($got), $got === $bin);

section('large transfer');
$big = str_repeat("0123456789abcdef", 4096); // 64 KiB
socket_set_nonblock($a);
$sent = 0;
$got = '';
for ($i = 0; $i < 10000 && strlen($got) < strlen($big); $i++) {
    if ($sent < strlen($big)) {
        $n = @socket_write($a, substr($big, $sent));
        if ($n !== false) $sent += $n;
    }
    if (wait_readable($b, 100)) $got .= socket_read($b, 8192);
}
var_dump($sent, strlen($got), $got === $big);
socket_set_block($a);
socket_clear_error($a);

section('dgram read truncates');
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $d);
socket_write($d[0], "datagram-one");
socket_write($d[0], "two");
t('read 4 of 12-byte datagram', fn() => socket_read($d[1], 4));
t('next read gets next datagram', fn() => socket_read($d[1], 100));
socket_write($d[0], "");
t('empty datagram', fn() => socket_read($d[1], 100));

section('mode arg types');
socket_write($a, "xyz");
t('mode string', fn() => socket_read($b, 1, "2"));
t('mode bad string', fn() => socket_read($b, 1, "binary"));
t('mode null', fn() => socket_read($b, 1, null));
t('no args', fn() => socket_read());
t('one arg', fn() => socket_read($b));
t('4 args', fn() => socket_read($b, 1, PHP_BINARY_READ, 1));
t('named', fn() => socket_read(length: 1, socket: $b));
var_dump(PHP_BINARY_READ, PHP_NORMAL_READ);
