<?php
require __DIR__ . '/_lib.inc';

[$l, $c, $s] = tcp_pair();

section('MSG_PEEK');
socket_write($c, "peekaboo");
wait_readable($s);
t('peek 4', fn() => [socket_recv($s, $buf, 4, MSG_PEEK), $buf]);
t('peek 100', fn() => [socket_recv($s, $buf, 100, MSG_PEEK), $buf]);
t('recv 100', fn() => [socket_recv($s, $buf, 100, 0), $buf]);

section('MSG_WAITALL with all data already there');
socket_write($c, "0123456789");
wait_readable($s);
t('waitall 10', fn() => [socket_recv($s, $buf, 10, MSG_WAITALL), $buf]);

section('MSG_WAITALL gets data from several writes');
socket_write($c, "ab");
socket_write($c, "cd");
socket_write($c, "ef");
t('waitall 6', fn() => [socket_recv($s, $buf, 6, MSG_WAITALL), $buf]);

section('MSG_WAITALL at EOF returns what there is');
[$l2, $c2, $s2] = tcp_pair();
socket_write($c2, "short");
socket_close($c2);
t('waitall 100', fn() => [socket_recv($s2, $buf, 100, MSG_WAITALL), $buf]);

section('MSG_DONTWAIT');
t('dontwait empty', fn() => [socket_recv($s, $buf, 10, MSG_DONTWAIT), $buf]);
errs($s);
t('send DONTWAIT', fn() => socket_send($c, "dw", 2, MSG_DONTWAIT));
wait_readable($s);
t('recv DONTWAIT', fn() => [socket_recv($s, $buf, 10, MSG_DONTWAIT), $buf]);

section('MSG_OOB');
t('send OOB', fn() => socket_send($c, "!", 1, MSG_OOB));
errs($c);
socket_write($c, "normal");
wait_readable($s);
t('recv OOB', fn() => [socket_recv($s, $buf, 10, MSG_OOB), $buf]);
errs($s);
t('recv normal (6 bytes, may come in pieces)', fn() => read_upto($s, 6));
errs($s);

section('MSG_EOR / MSG_EOF / MSG_NOSIGNAL constants and use');
var_dump(MSG_OOB, MSG_PEEK, MSG_DONTROUTE, MSG_EOR, MSG_WAITALL, MSG_DONTWAIT, MSG_EOF, MSG_NOSIGNAL);
t('send DONTROUTE', fn() => socket_send($c, "r", 1, MSG_DONTROUTE));
t('send NOSIGNAL', fn() => socket_send($c, "n", 1, MSG_NOSIGNAL));
wait_readable($s);
t('recv 2 WAITALL', fn() => [socket_recv($s, $buf, 2, MSG_WAITALL), $buf]);

section('invalid flags');
t('send flags -1', fn() => socket_send($c, "x", 1, -1));
errs($c);
t('send flags 0x40000000', fn() => socket_send($c, "x", 1, 0x40000000));
errs($c);
t('recv flags -1', fn() => [socket_recv($s, $buf, 10, -1), $buf]);
errs($s);
t('recv flags PHP_INT_MAX', fn() => [socket_recv($s, $buf, 10, PHP_INT_MAX), $buf]);
errs($s);
t('recv flags "x"', fn() => socket_recv($s, $buf, 10, "x"));

section('recv buffer reference behaviour');
socket_write($c, "ref");
wait_readable($s);
$buf = ['an', 'array'];
t('recv into array var', fn() => [socket_recv($s, $buf, 10, 0), $buf]);
$obj = new stdClass;
$ref = &$obj;
socket_write($c, "obj");
wait_readable($s);
var_dump(socket_recv($s, $ref, 10, 0), $obj);
t('recv literal buffer', fn() => eval('return socket_recv($s, "lit", 10, 0);'));
t('recv 3 args', fn() => socket_recv($s, $buf, 10));
t('recv named', function () use ($c, $s) { socket_write($c, "nm"); wait_readable($s); return [socket_recv(flags: 0, length: 5, data: $b, socket: $s), $b]; });
