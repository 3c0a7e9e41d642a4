<?php
// The empty abstract name and the 108-byte one are fixed names, one each for the network namespace.
// diff: one side at a time
require __DIR__ . '/_lib.inc';

section('filesystem path');
$path = unix_path('bind');
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('bind path', fn() => socket_bind($s, $path));
var_dump(file_exists($path), filetype($path));
var_dump(socket_getsockname($s, $a), $a === $path);
t('bind same socket again', fn() => socket_bind($s, $path));
errs($s);
$s2 = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('bind existing path (other socket)', fn() => socket_bind($s2, $path));
errs($s2);
t('port argument ignored', fn() => socket_bind($s2, $path . 'x', 1234));
var_dump(socket_getsockname($s2, $a, $port), $a === $path . 'x', $port);
@unlink($path . 'x');
$dg = socket_create(AF_UNIX, SOCK_DGRAM, 0);
t('dgram on path used by stream socket', fn() => socket_bind($dg, $path));
errs($dg);

section('paths that fail');
$x = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('dir does not exist', fn() => socket_bind($x, sys_get_temp_dir() . '/sng-no-such-dir-' . getmypid() . '/s.sock'));
errs($x);
t('path is existing dir', fn() => socket_bind($x, sys_get_temp_dir()));
errs($x);
t('regular file exists', function () use ($x) {
    $f = unix_path('regular');
    file_put_contents($f, 'x');
    return socket_bind($x, $f);
});
errs($x);

section('lengths');
$base = sys_get_temp_dir() . '/';
foreach ([106, 107, 108, 109, 200, 5000] as $len) {
    $x = socket_create(AF_UNIX, SOCK_STREAM, 0);
    // The pid keeps the two runs of this case (bundled and ours, at once) off each other's path.
    $own = $base . getmypid() . '-';
    $p = $own . str_repeat('s', $len - strlen($own));
    @unlink($p);
    t("path length $len", fn() => socket_bind($x, $p));
    if (file_exists($p)) {
        echo "   created; getsockname: ";
        socket_getsockname($x, $got);
        var_dump(strlen($got), $got === $p);
        @unlink($p);
    }
    errs($x);
}

section('empty and abstract');
$e = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('bind ""', fn() => socket_bind($e, ''));
var_dump(socket_getsockname($e, $got), strlen($got) > 0, strlen($got) > 0 ? ord($got[0]) : null);
errs($e);
$ab = abstract_name('abs');
$a1 = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('bind abstract', fn() => socket_bind($a1, $ab));
var_dump(socket_getsockname($a1, $got), $got === $ab, strlen($got) === strlen($ab));
$a2 = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('bind same abstract', fn() => socket_bind($a2, $ab));
errs($a2);
$a3 = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('bind "\\0" only', fn() => socket_bind($a3, "\0"));
var_dump(socket_getsockname($a3, $got), bin2hex($got));
errs($a3);
socket_close($a3);
$a4 = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('abstract 107 bytes', fn() => socket_bind($a4, "\0" . substr(getmypid() . str_repeat('z', 200), 0, 106)));
var_dump(socket_getsockname($a4, $got), strlen($got));
errs($a4);
$a5 = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('abstract 108 bytes', fn() => socket_bind($a5, "\0" . str_repeat('y', 107)));
errs($a5);
$a6 = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('name with embedded NUL (not abstract)', fn() => socket_bind($a6, $path . "n\0tail"));
var_dump(file_exists($path . 'n'));
if (socket_getsockname($a6, $got)) var_dump($got === $path . 'n', strlen($got) - strlen($path));
@unlink($path . 'n');

section('unbound getsockname');
$ub = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_getsockname($ub, $got, $port), $got, $port);
$ubd = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_getsockname($ubd, $got), $got);

section('closing does not unlink');
socket_close($s);
var_dump(file_exists($path));
