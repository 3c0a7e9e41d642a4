<?php
// socket_atmark() (PHP 8.3): whether the next byte is at the urgent mark of a TCP stream, and its
// errors. PHP 8.2's bundled extension has no socket_atmark, so on 8.2 there is nothing to compare:
// sockets-ng has it there too, pinned by tests/atmark_tcp_out_of_band_mark.phpt.
require __DIR__ . '/_lib.inc';
if (PHP_VERSION_ID < 80300) {
    echo "socket_atmark: compared on PHP 8.3 and later only\n";
    exit;
}

echo new ReflectionFunction('socket_atmark');

section('urgent data on a TCP connection');
[$l, $c, $s] = tcp_pair();
t('nothing sent yet', fn() => socket_atmark($s));
socket_send($c, 'ab', 2, 0);
socket_send($c, '!', 1, MSG_OOB);
// The urgent byte makes the receiver "exceptional" for select once it has arrived.
$r = null; $w = null; $e = [$s];
t('select sees the urgent data', fn() => socket_select($r, $w, $e, 2));
t('before the mark', fn() => socket_atmark($s));
t('read up to the mark', fn() => socket_recv($s, $buf, 2, MSG_WAITALL) . " bytes: $buf");
t('at the mark', fn() => socket_atmark($s));
t('the urgent byte', fn() => socket_recv($s, $buf, 1, MSG_OOB) . " byte: $buf");
t('after reading it', fn() => socket_atmark($s));
errs($s);

section('sockets without a mark');
t('unconnected TCP', fn() => socket_atmark(socket_create(AF_INET, SOCK_STREAM, SOL_TCP)));
err();
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('UDP', fn() => socket_atmark($u));
errs($u);
$pair = [];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
t('AF_UNIX stream', fn() => socket_atmark($pair[0]));
errs($pair[0]);

section('arguments');
$closed = socket_create(AF_INET, SOCK_STREAM, 0);
socket_close($closed);
t('closed socket', fn() => socket_atmark($closed));
t('int', fn() => socket_atmark(1));
t('null', fn() => socket_atmark(null));
t('no argument', fn() => socket_atmark());
t('two arguments', fn() => socket_atmark($u, 1));
