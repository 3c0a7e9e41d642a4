<?php
require __DIR__ . '/_lib.inc';

$sp = unix_path('dsrv');
$cp = unix_path('dcli');
$srv = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($srv, $sp));
$cli = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($cli, $cp));

section('sendto path / recvfrom');
t('sendto', fn() => socket_sendto($cli, "to-server", 9, 0, $sp));
t('recvfrom', function () use ($srv, $cp) { $r = socket_recvfrom($srv, $buf, 100, 0, $from); return [$r, $buf, $from === $cp]; });
t('sendto with port (ignored)', fn() => socket_sendto($srv, "back", 4, 0, $cp, 1234));
t('recvfrom with port var', function () use ($cli, $sp) { $port = 'untouched'; $r = socket_recvfrom($cli, $buf, 100, 0, $from, $port); return [$r, $buf, $from === $sp, $port]; });

section('unbound sender');
$anon = socket_create(AF_UNIX, SOCK_DGRAM, 0);
t('sendto from unbound', fn() => socket_sendto($anon, "anon", 4, 0, $sp));
t('recvfrom: empty from', function () use ($srv) { $r = socket_recvfrom($srv, $buf, 100, 0, $from); return [$r, $buf, $from]; });

section('abstract sender');
$an = abstract_name('dg');
$ab = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($ab, $an);
t('sendto from abstract', fn() => socket_sendto($ab, "abs", 3, 0, $sp));
t('recvfrom: abstract from', function () use ($srv) { $r = socket_recvfrom($srv, $buf, 100, 0, $from); return [$r, $buf, bin2hex($from)]; });
t('sendto abstract', fn() => socket_sendto($srv, "to-abs", 6, 0, $an));
errs($srv);
t('recv (DONTWAIT)', fn() => [socket_recv($ab, $buf, 100, MSG_DONTWAIT), $buf]);
errs($ab);

section('errors');
t('sendto missing path', fn() => socket_sendto($cli, "x", 1, 0, $sp . '.missing'));
errs($cli);
t('sendto "" path', fn() => socket_sendto($cli, "x", 1, 0, ''));
errs($cli);
t('sendto path too long', fn() => socket_sendto($cli, "x", 1, 0, str_repeat('p', 200)));
t('sendto path 108', fn() => socket_sendto($cli, "x", 1, 0, str_repeat('p', 108)));
t('sendto path 107', fn() => socket_sendto($cli, "x", 1, 0, str_repeat('p', 107)));
errs($cli);
t('send unconnected', fn() => socket_send($cli, "x", 1, 0));
errs($cli);
t('sendto to a stream socket path', function () use ($cli) {
    $p = unix_path('strm');
    $st = socket_create(AF_UNIX, SOCK_STREAM, 0);
    socket_bind($st, $p);
    socket_listen($st);
    return socket_sendto($cli, "x", 1, 0, $p);
});
errs($cli);

section('message too long for receiver / big datagram');
t('sendto 100000 bytes', fn() => socket_sendto($cli, str_repeat('b', 100000), 100000, 0, $sp));
errs($cli);
if (wait_readable($srv, 200)) { t('recvfrom 10', fn() => [socket_recvfrom($srv, $buf, 10, 0, $from), $buf]); }

section('shutdown on dgram');
t('shutdown write', fn() => socket_shutdown($cli, 1));
errs($cli);
t('sendto after shutdown', fn() => socket_sendto($cli, "x", 1, 0, $sp));
errs($cli);

section('seqpacket pair keeps boundaries');
socket_create_pair(AF_UNIX, SOCK_SEQPACKET, 0, $q);
socket_write($q[0], "msg-one");
socket_write($q[0], "msg-two-longer");
t('read 3 of msg-one', fn() => socket_read($q[1], 3));
t('read next message', fn() => socket_read($q[1], 100));
socket_close($q[0]);
t('read EOF', fn() => socket_read($q[1], 100));
t('recv EOF', fn() => [socket_recv($q[1], $buf, 100, 0), $buf]);
