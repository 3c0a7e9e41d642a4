<?php
require __DIR__ . '/_lib.inc';

$path = unix_path('cu');
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($l, $path);
socket_listen($l, 5);

section('stream path');
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('connect path', fn() => socket_connect($c, $path));
t('connect with port (ignored)', fn() => socket_connect(socket_create(AF_UNIX, SOCK_STREAM, 0), $path, 99));
t('connect again', fn() => socket_connect($c, $path));
errs($c);
$c2 = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('missing path', fn() => socket_connect($c2, $path . '.missing'));
errs($c2);
t('empty path', fn() => socket_connect($c2, ''));
errs($c2);
t('path 108', fn() => socket_connect($c2, str_repeat('/', 108)));
t('path 300', fn() => socket_connect($c2, str_repeat('a', 300)));
t('regular file', function () use ($c2) {
    $f = unix_path('regfile');
    file_put_contents($f, '');
    return socket_connect($c2, $f);
});
errs($c2);
t('directory', fn() => socket_connect($c2, sys_get_temp_dir()));
errs($c2);

section('wrong socket type on path');
$d = socket_create(AF_UNIX, SOCK_DGRAM, 0);
t('dgram to stream listener', fn() => socket_connect($d, $path));
errs($d);
$sq = socket_create(AF_UNIX, SOCK_SEQPACKET, 0);
t('seqpacket to stream listener', fn() => socket_connect($sq, $path));
errs($sq);

section('abstract');
$an = abstract_name('cu');
$al = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($al, $an);
socket_listen($al);
$ac = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('connect abstract', fn() => socket_connect($ac, $an));
$as = socket_accept($al);
var_dump(socket_write($ac, "abs"), socket_read($as, 10));
var_dump(socket_getpeername($ac, $pn), strlen($pn));
$ac2 = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('connect missing abstract', fn() => socket_connect($ac2, $an . 'x'));
errs($ac2);

section('dgram unix connect');
$dp = unix_path('dg');
$ds = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($ds, $dp);
$dc = socket_create(AF_UNIX, SOCK_DGRAM, 0);
t('dgram connect', fn() => socket_connect($dc, $dp));
var_dump(socket_send($dc, "dgram!", 6, 0));
var_dump(socket_recvfrom($ds, $buf, 100, 0, $from), $buf, $from);
var_dump(socket_getpeername($dc, $pn), $pn === $dp);

section('listener closed then connect');
$p2 = unix_path('gone');
$g = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($g, $p2);
socket_listen($g);
socket_close($g);
$gc = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('connect to stale path', fn() => socket_connect($gc, $p2));
errs($gc);
