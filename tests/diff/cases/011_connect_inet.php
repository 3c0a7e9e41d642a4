<?php
require __DIR__ . '/_lib.inc';

$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l, 20);
$P = port_of($l);

section('connect ok');
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('connect 127.0.0.1', fn() => socket_connect($c, '127.0.0.1', $P));
var_dump(socket_getpeername($c, $a, $p), $a, $p === $P);
t('connect again (already connected)', fn() => socket_connect($c, '127.0.0.1', $P));
errs($c);
$c2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('connect localhost', fn() => socket_connect($c2, 'localhost', $P));
$c3 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('connect 127.1', fn() => socket_connect($c3, '127.1', $P));
$c4 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('connect 0.0.0.0 (means local)', fn() => socket_connect($c4, '0.0.0.0', $P));
errs($c4);

section('refused');
$dead = dead_port();
$r = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('connect dead port', fn() => socket_connect($r, '127.0.0.1', $dead));
errs($r);
t('connect again after refused', fn() => socket_connect($r, '127.0.0.1', $P));
errs($r);

section('port argument');
$x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('no port', fn() => socket_connect($x, '127.0.0.1'));
t('null port', fn() => socket_connect($x, '127.0.0.1', null));
t('port wraps P+65536', fn() => socket_connect($x, '127.0.0.1', $P + 65536));
$x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('port wraps P-65536', fn() => socket_connect($x, '127.0.0.1', $P - 65536));
$x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('port 0', fn() => socket_connect($x, '127.0.0.1', 0));
errs($x);
$x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('port 65536 (=0)', fn() => socket_connect($x, '127.0.0.1', 65536));
errs($x);
$x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('port string', fn() => socket_connect($x, '127.0.0.1', "$P"));
$x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('port bad string', fn() => socket_connect($x, '127.0.0.1', "http"));

section('bad addresses');
foreach (['', 'abc', '999.0.0.1', '::1', '[127.0.0.1]', 'no-such-host.invalid', '127.0.0.1:80', '0x7f.1'] as $addr) {
    $x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    t('connect ' . json_encode($addr), fn() => socket_connect($x, $addr, $P));
    errs($x);
}

section('udp connect');
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('udp connect dead port', fn() => socket_connect($u, '127.0.0.1', $dead));
var_dump(socket_getpeername($u, $a, $p), $a, $p === $dead);
t('send to dead (may queue ICMP error)', fn() => socket_send($u, 'x', 1, 0));
var_dump(wait_readable($u));
t('recv after ICMP', fn() => socket_recv($u, $buf, 10, MSG_DONTWAIT));
errs($u);
t('udp re-connect', fn() => socket_connect($u, '127.0.0.1', $P));

section('connect on listening / closed / args');
t('connect listening socket', fn() => socket_connect($l, '127.0.0.1', $P));
errs($l);
$z = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($z);
t('connect closed', fn() => socket_connect($z, '127.0.0.1', $P));
t('no args', fn() => socket_connect());
t('one arg', fn() => socket_connect($l));
t('4 args', fn() => socket_connect($l, '127.0.0.1', 1, 2));
t('array addr', fn() => socket_connect($l, ['127.0.0.1'], 1));
t('named', fn() => socket_connect(port: $P, socket: socket_create(AF_INET, SOCK_STREAM, 0), address: '127.0.0.1'));
