<?php
require __DIR__ . '/_lib.inc';

section('close basics');
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('close', fn() => socket_close($s));
t('close twice', fn() => socket_close($s));
var_dump($s);
t('last_error on closed', fn() => socket_last_error($s));
t('clear_error on closed', fn() => socket_clear_error($s));

section('close with pending data / peer sees EOF');
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[0], "data");
t('close writer', fn() => socket_close($p[0]));
t('reader reads data', fn() => socket_read($p[1], 10));
t('reader reads EOF', fn() => socket_read($p[1], 10));

section('close listener with pending connection');
$l = socket_create_listen(0);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', port_of($l));
socket_close($l);
var_dump(wait_readable($c));
t('client read after listener closed (ECONNRESET or EOF)', fn() => socket_read($c, 10));
errs($c);

section('unset and scope end free the socket');
$p2 = unix_path('unset');
$x = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($x, $p2);
socket_listen($x);
unset($x);
$y = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('connect to listener released by unset', fn() => socket_connect($y, $p2));
errs($y);
function scoped() { socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p); return $p[0]; }
$half = scoped();
t('write to peer that went out of scope', fn() => socket_write($half, "x"));
errs($half);

section('close via reference keeps other references closed too');
$s1 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$s2 = $s1;
socket_close($s1);
t('use copy', fn() => socket_getsockname($s2, $a));

section('args');
t('close no args', fn() => socket_close());
t('close null', fn() => socket_close(null));
t('close resource', fn() => socket_close(STDERR));
t('close 2 args', fn() => socket_close($s1, 1));
t('close named', fn() => socket_close(socket: socket_create(AF_INET, SOCK_STREAM, 0)));
var_dump(is_resource(STDERR));
