<?php
require __DIR__ . '/_lib.inc';

$l = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
socket_bind($l, '::1', 0);
socket_listen($l, 5);
$P = port_of($l);

section('connect ::1');
$c = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
t('connect', fn() => socket_connect($c, '::1', $P));
var_dump(socket_getpeername($c, $a, $p), $a, $p === $P);
var_dump(socket_getsockname($c, $a, $p), $a, $p > 0);
$s = socket_accept($l);
var_dump(socket_getpeername($s, $a), $a);
var_dump(socket_write($c, "v6"), socket_read($s, 5));

section('addresses');
foreach (['0:0:0:0:0:0:0:1', '[::1]', '127.0.0.1', '::ffff:127.0.0.1', 'localhost', 'no-such-host.invalid', '', '::1%lo'] as $addr) {
    $x = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
    t('connect ' . json_encode($addr), fn() => socket_connect($x, $addr, $P));
    errs($x);
}

section('dual stack: v4-mapped to a v4 listener');
$l4 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l4, '127.0.0.1', 0);
socket_listen($l4);
$x = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
t('connect ::ffff:127.0.0.1 to v4 listener', fn() => socket_connect($x, '::ffff:127.0.0.1', port_of($l4)));
var_dump(socket_getpeername($x, $a), $a);
$acc = socket_accept($l4);
var_dump(socket_getpeername($acc, $a), $a);

section('refused');
$dead = dead_port();
$x = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
t('connect dead', fn() => socket_connect($x, '::1', $dead));
errs($x);

section('port missing');
t('no port', fn() => socket_connect(socket_create(AF_INET6, SOCK_STREAM, 0), '::1'));

section('udp6');
$u = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '::1', 0);
$u2 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
t('udp6 connect', fn() => socket_connect($u2, '::1', port_of($u)));
var_dump(socket_send($u2, "hi6", 3, 0));
var_dump(socket_recvfrom($u, $buf, 10, 0, $from, $fport), $buf, $from, $fport === port_of($u2));
