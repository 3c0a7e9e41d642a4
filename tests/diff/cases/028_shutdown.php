<?php
require __DIR__ . '/_lib.inc';

section('modes on a connected unix stream pair');
foreach ([0, 1, 2] as $mode) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    [$a, $b] = $p;
    socket_write($b, "pending");
    t("shutdown mode $mode", fn() => socket_shutdown($a, $mode));
    errs($a);
    t('  a reads', fn() => [socket_recv($a, $buf, 100, MSG_DONTWAIT), $buf]);
    errs($a);
    t('  a reads again', fn() => [socket_recv($a, $buf, 100, MSG_DONTWAIT), $buf]);
    errs($a);
    t('  a writes', fn() => socket_write($a, "x"));
    errs($a);
    t('  b reads', fn() => [socket_recv($b, $buf, 100, MSG_DONTWAIT), $buf]);
    errs($b);
    t('  b writes', fn() => socket_write($b, "y"));
    errs($b);
    t('  shutdown same mode again', fn() => socket_shutdown($a, $mode));
    errs($a);
}

section('invalid modes');
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
foreach ([3, -1, 4, 100, PHP_INT_MAX, PHP_INT_MIN] as $mode) {
    t("shutdown mode $mode", fn() => socket_shutdown($p[0], $mode));
    errs($p[0]);
}
t('socket still usable', fn() => [socket_write($p[0], "ok"), socket_read($p[1], 10)]);

section('default mode (2)');
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
t('shutdown default', fn() => socket_shutdown($p[0]));
t('write after', fn() => socket_write($p[0], "x"));
errs($p[0]);
t('peer reads EOF', fn() => socket_read($p[1], 10));

section('unconnected sockets');
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('tcp unconnected', fn() => socket_shutdown($t, 2));
errs($t);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('udp unconnected', fn() => socket_shutdown($u, 2));
errs($u);
$l = socket_create_listen(0);
t('listening socket', fn() => socket_shutdown($l, 2));
errs($l);
t('accept after shutdown of listener', function () use ($l) { socket_set_nonblock($l); return socket_accept($l); });
errs($l);

section('tcp half close');
[$L, $c, $s] = tcp_pair();
t('client shutdown write', fn() => socket_shutdown($c, 1));
var_dump(wait_readable($s));
t('server read EOF', fn() => socket_read($s, 10));
t('server writes', fn() => socket_write($s, "still open"));
wait_readable($c);
t('client reads', fn() => socket_read($c, 100));
t('server shutdown read', fn() => socket_shutdown($s, 0));
t('server read after SHUT_RD', fn() => socket_read($s, 10));
errs($s);
t('client shutdown read', fn() => socket_shutdown($c, 0));
t('client shutdown write again', fn() => socket_shutdown($c, 1));
errs($c);

section('after close / args');
$z = socket_create(AF_INET, SOCK_STREAM, 0);
socket_close($z);
t('closed', fn() => socket_shutdown($z));
t('string mode', fn() => socket_shutdown($p[1], "1"));
t('bad string mode', fn() => socket_shutdown($p[1], "both"));
t('no args', fn() => socket_shutdown());
t('named', fn() => socket_shutdown(mode: 0, socket: $p[1]));
