<?php
require __DIR__ . '/_lib.inc';

section('inet');
$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('getsockname unbound', function () use ($u) { $a = 'x'; $p = 'x'; $r = socket_getsockname($u, $a, $p); return [$r, $a, $p]; });
t('getpeername unconnected', function () use ($u) { $a = 'keep'; $p = 'keep'; $r = socket_getpeername($u, $a, $p); return [$r, $a, $p]; });
errs($u);
[$l, $c, $s] = tcp_pair();
t('getsockname listener', function () use ($l) { $r = socket_getsockname($l, $a, $p); return [$r, $a, $p > 0]; });
t('getpeername listener', fn() => socket_getpeername($l, $a));
errs($l);
t('getsockname client, address only', function () use ($c) { $r = socket_getsockname($c, $a); return [$r, $a]; });
t('getpeername client', function () use ($c, $l) { $r = socket_getpeername($c, $a, $p); return [$r, $a, $p === port_of($l)]; });
t('getpeername server', function () use ($s, $c) { $r = socket_getpeername($s, $a, $p); return [$r, $a, $p === port_of($c)]; });
$x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($x, '127.0.0.2', 0);
t('getsockname 127.0.0.2', function () use ($x) { socket_getsockname($x, $a); return $a; });

section('inet6');
$u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
t('getsockname unbound v6', function () use ($u6) { $r = socket_getsockname($u6, $a, $p); return [$r, $a, $p]; });
t('getpeername unconnected v6', fn() => socket_getpeername($u6, $a));
errs($u6);
[$l6, $c6, $s6] = tcp6_pair();
t('getsockname v6 client', function () use ($c6) { $r = socket_getsockname($c6, $a, $p); return [$r, $a, $p > 0]; });
t('getpeername v6 server', function () use ($s6) { $r = socket_getpeername($s6, $a, $p); return [$r, $a, $p > 0]; });
$m = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($m, '::ffff:127.0.0.1', 0);
t('getsockname v4-mapped', function () use ($m) { socket_getsockname($m, $a); return $a; });

section('unix');
$path = unix_path('names');
$ul = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($ul, $path);
socket_listen($ul);
$uc = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('getpeername unconnected unix', fn() => socket_getpeername($uc, $a));
errs($uc);
t('getsockname unbound unix', function () use ($uc) { $p = 'untouched'; $r = socket_getsockname($uc, $a, $p); return [$r, $a, $p]; });
socket_connect($uc, $path);
$ua = socket_accept($ul);
t('getsockname listener', function () use ($ul, $path) { $r = socket_getsockname($ul, $a); return [$r, $a === $path]; });
t('getpeername client', function () use ($uc, $path) { $p = 'untouched'; $r = socket_getpeername($uc, $a, $p); return [$r, $a === $path, $p]; });
t('getsockname client (unbound)', function () use ($uc) { $r = socket_getsockname($uc, $a); return [$r, $a]; });
t('getpeername accepted (peer unbound)', function () use ($ua) { $r = socket_getpeername($ua, $a); return [$r, $a]; });
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pp);
t('pair names', function () use ($pp) { return [socket_getsockname($pp[0], $a), $a, socket_getpeername($pp[0], $b), $b]; });

section('arguments');
t('no address var', fn() => socket_getsockname($c));
t('literal address', fn() => eval('return socket_getsockname($GLOBALS["c"], "x");'));
t('named', function () use ($c) { $r = socket_getpeername(address: $a, socket: $c); return [$r, $a]; });
t('4 args', fn() => socket_getsockname($c, $a, $p, 1));
t('string socket', fn() => socket_getpeername("s", $a));
