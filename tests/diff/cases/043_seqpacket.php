<?php
require __DIR__ . '/_lib.inc';

section('AF_UNIX SOCK_SEQPACKET listener');
$path = unix_path('seq');
$l = socket_create(AF_UNIX, SOCK_SEQPACKET, 0);
var_dump(socket_bind($l, $path), socket_listen($l, 5));
$c = socket_create(AF_UNIX, SOCK_SEQPACKET, 0);
t('connect', fn() => socket_connect($c, $path));
$s = t('accept', fn() => socket_accept($l));
t('SO_TYPE', fn() => socket_get_option($s, SOL_SOCKET, SO_TYPE));

section('message boundaries');
var_dump(socket_write($c, "one"), socket_write($c, "two-two"), socket_send($c, "three", 5, 0), socket_write($c, ""));
t('read 100', fn() => socket_read($s, 100));
t('read 3 of 7 (rest dropped)', fn() => socket_read($s, 3));
t('recv', fn() => [socket_recv($s, $buf, 100, 0), $buf]);
t('empty message', fn() => [socket_recv($s, $buf, 100, MSG_DONTWAIT), $buf]);
errs($s);
t('nothing left', fn() => [socket_recv($s, $buf, 100, MSG_DONTWAIT), $buf]);
errs($s);

section('recvfrom/sendto on seqpacket');
t('sendto (address ignored or error)', fn() => socket_sendto($c, "st", 2, 0, $path));
errs($c);
t('recvfrom', fn() => [socket_recvfrom($s, $buf, 100, MSG_DONTWAIT, $from), $buf, $from]);
errs($s);

section('MSG_PEEK / MSG_WAITALL');
socket_write($c, "peeked");
t('peek', fn() => [socket_recv($s, $buf, 3, MSG_PEEK), $buf]);
t('recv', fn() => [socket_recv($s, $buf, 100, 0), $buf]);

section('normal read on seqpacket');
socket_write($c, "line\nmore");
socket_write($c, "\n");
t('normal read (1 byte per message)', fn() => json_encode(socket_read($s, 100, PHP_NORMAL_READ)));

section('shutdown / close');
socket_shutdown($c, 1);
t('read EOF after shutdown', fn() => socket_read($s, 100));
t('write back', fn() => socket_write($s, "back"));
t('client reads', fn() => socket_read($c, 100));
socket_close($s);
t('client write after close', fn() => socket_write($c, "x"));
errs($c);

section('abstract seqpacket');
$an = abstract_name('seq');
$al = socket_create(AF_UNIX, SOCK_SEQPACKET, 0);
var_dump(socket_bind($al, $an), socket_listen($al));
$ac = socket_create(AF_UNIX, SOCK_SEQPACKET, 0);
t('connect abstract', fn() => socket_connect($ac, $an));
$as = socket_accept($al);
var_dump(socket_write($ac, "abs"), socket_read($as, 10));

section('seqpacket on inet');
t('AF_INET SOCK_SEQPACKET', fn() => socket_create(AF_INET, SOCK_SEQPACKET, 0));
