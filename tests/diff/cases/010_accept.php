<?php
require __DIR__ . '/_lib.inc';

section('accept on non-listening');
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('accept unbound', fn() => socket_accept($s));
errs($s);
socket_bind($s, '127.0.0.1', 0);
t('accept bound, not listening', fn() => socket_accept($s));
errs($s);

section('accept on UDP');
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '127.0.0.1', 0);
t('accept udp', fn() => socket_accept($u));
errs($u);

section('non-blocking accept with nothing pending');
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l, 5);
socket_set_nonblock($l);
t('accept nonblock', fn() => socket_accept($l));
errs($l);

section('accept pending connection');
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '127.0.0.1', port_of($l)));
var_dump(wait_readable($l));
$a = t('accept', fn() => socket_accept($l));
err($l);
var_dump(socket_getpeername($a, $addr, $port), $addr, $port === port_of($c));
var_dump(socket_getsockname($a, $addr, $port), $addr, $port === port_of($l));
// accepted socket does not inherit O_NONBLOCK: a read with nothing pending would block, so check with MSG_DONTWAIT
var_dump(socket_recv($a, $buf, 10, MSG_DONTWAIT), $buf);
err($a);
var_dump(socket_write($c, "abc"), socket_read($a, 10));
t('accept again (nothing pending)', fn() => socket_accept($l));
errs($l);

section('unix accept');
$path = unix_path('acc');
$ul = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($ul, $path);
socket_listen($ul);
$uc = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($uc, $path));
$ua = socket_accept($ul);
var_dump($ua instanceof Socket);
var_dump(socket_getpeername($ua, $pa), $pa);
var_dump(socket_getsockname($ua, $sa), $sa === $path);
var_dump(socket_getpeername($uc, $pa), $pa === $path);
var_dump(socket_getsockname($uc, $sa), $sa);

section('many pending');
$cs = [];
for ($i = 0; $i < 5; $i++) {
    $cs[$i] = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_connect($cs[$i], '127.0.0.1', port_of($l));
    socket_write($cs[$i], "client$i");
}
$got = [];
for ($i = 0; $i < 5; $i++) {
    if (!wait_readable($l)) { echo "timeout\n"; break; }
    $x = socket_accept($l);
    wait_readable($x);
    $got[] = socket_read($x, 100);
}
sort($got);
var_dump($got);

section('closed / args');
$z = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($z);
t('accept closed', fn() => socket_accept($z));
t('accept no args', fn() => socket_accept());
t('accept string', fn() => socket_accept("x"));
t('accept 2 args', fn() => socket_accept($l, 1));
