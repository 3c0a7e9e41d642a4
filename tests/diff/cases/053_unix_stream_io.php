<?php
require __DIR__ . '/_lib.inc';

$path = unix_path('io');
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($l, $path), socket_listen($l, 3));
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c, $path));
$s = socket_accept($l);

section('echo round trips');
foreach (['short', str_repeat('M', 1000), "bin\0ary\xff\x00", ''] as $msg) {
    $n = socket_write($c, $msg);
    echo "wrote $n\n";
    if ($n > 0) {
        wait_readable($s);
        $got = socket_read($s, 100000);
        var_dump($got === $msg);
        socket_write($s, strrev($got));
        wait_readable($c);
        var_dump(socket_read($c, 100000) === strrev($msg));
    }
}

section('send / recv with flags');
var_dump(socket_send($c, "flagged", 7, MSG_DONTWAIT));
var_dump(socket_recv($s, $buf, 100, MSG_PEEK), $buf);
var_dump(socket_recv($s, $buf, 3, 0), $buf);
var_dump(socket_recv($s, $buf, 100, MSG_DONTWAIT), $buf);

section('recvfrom/sendto on a connected unix stream');
t('sendto with a path', fn() => socket_sendto($c, "st", 2, 0, $path));
errs($c);
t('sendto with the empty path', fn() => socket_sendto($c, "st", 2, 0, ''));
errs($c);
wait_readable($s, 200);
t('recvfrom', function () use ($s) { $from = 'keep'; $r = socket_recvfrom($s, $buf, 100, MSG_DONTWAIT, $from); return [$r, $buf, $from]; });
errs($s);

section('second client while first connected');
$c2 = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c2, $path));
$s2 = socket_accept($l);
socket_write($c2, "second");
wait_readable($s2);
var_dump(socket_read($s2, 100));

section('unlinking the path while connected');
unlink($path);
var_dump(socket_write($c, "still"));
wait_readable($s);
var_dump(socket_read($s, 100));
$c3 = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('new connect after unlink', fn() => socket_connect($c3, $path));
errs($c3);
