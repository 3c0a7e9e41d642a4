<?php
require __DIR__ . '/_lib.inc';

$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l, 5);
$P = port_of($l);

section('EINPROGRESS to a listening port');
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_nonblock($c));
$r = t('connect nonblock', fn() => socket_connect($c, '127.0.0.1', $P));
errs($c);
$rd = null; $wr = [$c]; $ex = null;
var_dump(socket_select($rd, $wr, $ex, 2), count($wr));
t('SO_ERROR', fn() => socket_get_option($c, SOL_SOCKET, SO_ERROR));
t('SO_ERROR again', fn() => socket_get_option($c, SOL_SOCKET, SO_ERROR));
t('connect again after completion', fn() => socket_connect($c, '127.0.0.1', $P));
errs($c);
var_dump(socket_getpeername($c, $a, $p), $a, $p === $P);
var_dump(socket_write($c, "nb"));
$srv = socket_accept($l);
var_dump(wait_readable($srv), socket_read($srv, 10));

section('EINPROGRESS twice before completion check');
$c2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($c2);
t('connect 1', fn() => socket_connect($c2, '127.0.0.1', $P));
$code1 = socket_last_error($c2);
echo "   code1=$code1\n";
$rd = null; $wr = [$c2]; $ex = null;
socket_select($rd, $wr, $ex, 2);
t('connect 2', fn() => socket_connect($c2, '127.0.0.1', $P));
errs($c2);

section('nonblocking connect refused');
$dead = dead_port();
$c3 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($c3);
$r3 = @socket_connect($c3, '127.0.0.1', $dead);
$e3 = socket_last_error($c3);
// either refused right away or EINPROGRESS then SO_ERROR: normalise to the final error
if ($r3 === false && $e3 === SOCKET_EINPROGRESS) {
    $rd = null; $wr = [$c3]; $ex = null;
    socket_select($rd, $wr, $ex, 2);
    $e3 = socket_get_option($c3, SOL_SOCKET, SO_ERROR);
}
var_dump($r3, $e3, socket_strerror($e3));
socket_clear_error();

section('nonblocking unix connect');
$path = unix_path('nbc');
$ul = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($ul, $path);
socket_listen($ul, 1);
$uc = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_set_nonblock($uc);
t('unix nonblock connect', fn() => socket_connect($uc, $path));
errs($uc);
$uc2 = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_set_nonblock($uc2);
t('unix nonblock connect missing path', fn() => socket_connect($uc2, $path . '-missing'));
errs($uc2);

section('constants');
var_dump(SOCKET_EINPROGRESS, SOCKET_EALREADY, SOCKET_EISCONN, SOCKET_EAGAIN, SOCKET_EWOULDBLOCK, SOCKET_ECONNREFUSED);
