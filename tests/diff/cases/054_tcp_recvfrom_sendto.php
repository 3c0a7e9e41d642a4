<?php
require __DIR__ . '/_lib.inc';

[$l, $c, $s] = tcp_pair();

section('recvfrom on a TCP stream');
socket_write($c, "stream data");
wait_readable($s);
t('recvfrom', function () use ($s) { $r = socket_recvfrom($s, $buf, 6, 0, $addr, $port); return [$r, $buf, $addr, $port]; });
t('recvfrom peek', function () use ($s) { $r = socket_recvfrom($s, $buf, 100, MSG_PEEK, $addr, $port); return [$r, $buf, $addr, $port]; });
t('recvfrom rest', function () use ($s) { $r = socket_recvfrom($s, $buf, 100, 0, $addr, $port); return [$r, $buf, $addr, $port]; });

section('sendto on a connected TCP socket');
t('sendto same peer', fn() => socket_sendto($c, "to-peer", 7, 0, '127.0.0.1', port_of($l)));
errs($c);
t('sendto other address', fn() => socket_sendto($c, "elsewhere", 9, 0, '127.0.0.2', 9));
errs($c);
t('sendto bad host', fn() => socket_sendto($c, "x", 1, 0, 'no-such-host.invalid', 9));
errs($c);
t('what arrived', fn() => read_upto($s, 16, 1000));
errs($s);

section('sendto on an unconnected TCP socket');
$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('sendto', fn() => socket_sendto($u, "x", 1, 0, '127.0.0.1', port_of($l)));
errs($u);
t('recvfrom unconnected (DONTWAIT)', fn() => socket_recvfrom($u, $buf, 10, MSG_DONTWAIT, $a, $p));
errs($u);
t('read unconnected', fn() => socket_read($u, 10));
errs($u);
t('write unconnected', fn() => socket_write($u, "x"));
errs($u);
t('recv unconnected', fn() => socket_recv($u, $buf, 10, 0));
errs($u);

section('on a listening socket');
t('read listener', fn() => socket_read($l, 10));
errs($l);
t('write listener', fn() => socket_write($l, "x"));
errs($l);
t('recvfrom listener', fn() => socket_recvfrom($l, $buf, 10, MSG_DONTWAIT, $a, $p));
errs($l);
