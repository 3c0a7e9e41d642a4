<?php
require __DIR__ . '/_lib.inc';

section('listen on unbound TCP (autobind)');
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('listen', fn() => socket_listen($s));
socket_getsockname($s, $a, $p);
var_dump($a, $p > 0);
t('listen again', fn() => socket_listen($s, 10));
errs($s);

section('listen on UDP');
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('listen udp', fn() => socket_listen($u));
errs($u);
socket_bind($u, '127.0.0.1', 0);
t('listen bound udp', fn() => socket_listen($u, 5));
errs($u);

section('listen on unix');
$x = socket_create(AF_UNIX, SOCK_STREAM, 0);
t('listen unbound unix stream', fn() => socket_listen($x));
errs($x);
$xd = socket_create(AF_UNIX, SOCK_DGRAM, 0);
t('listen unix dgram', fn() => socket_listen($xd));
errs($xd);
$xs = socket_create(AF_UNIX, SOCK_SEQPACKET, 0);
socket_bind($xs, abstract_name('seq'));
t('listen unix seqpacket', fn() => socket_listen($xs));
errs($xs);

section('listen on connected socket');
[$l, $c, $srv] = tcp_pair();
t('listen client side', fn() => socket_listen($c));
errs($c);
t('listen accepted side', fn() => socket_listen($srv));
errs($srv);

section('backlogs');
foreach ([0, -1, 1, 5, SOMAXCONN, 1 << 20, PHP_INT_MAX, PHP_INT_MIN] as $b) {
    $y = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_bind($y, '127.0.0.1', 0);
    t("backlog $b", fn() => socket_listen($y, $b));
}
var_dump(SOMAXCONN);

section('after shutdown / close');
$z = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($z);
t('listen closed', fn() => socket_listen($z));

section('arg errors');
$y = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('backlog string', fn() => socket_listen($y, "x"));
t('backlog null', fn() => socket_listen($y, null));
t('no args', fn() => socket_listen());
t('bad socket', fn() => socket_listen(1));
t('named', fn() => socket_listen(backlog: 2, socket: $y));
