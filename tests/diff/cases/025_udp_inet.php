<?php
require __DIR__ . '/_lib.inc';

$srv = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($srv, '127.0.0.1', 0);
$SP = port_of($srv);
$cli = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($cli, '127.0.0.1', 0);
$CP = port_of($cli);

section('sendto / recvfrom');
t('sendto', fn() => socket_sendto($cli, "hello udp", 9, 0, '127.0.0.1', $SP));
var_dump(wait_readable($srv));
t('recvfrom', function () use ($srv, $CP) {
    $r = socket_recvfrom($srv, $buf, 100, 0, $from, $port);
    return [$r, $buf, $from, $port === $CP];
});
t('sendto back', fn() => socket_sendto($srv, "reply", 5, 0, '127.0.0.1', $CP));
wait_readable($cli);
t('recv (unconnected)', fn() => [socket_recv($cli, $buf, 100, 0), $buf]);

section('datagram boundaries and truncation');
socket_sendto($cli, "first", 5, 0, '127.0.0.1', $SP);
socket_sendto($cli, "second-datagram", 15, 0, '127.0.0.1', $SP);
socket_sendto($cli, "", 0, 0, '127.0.0.1', $SP);
wait_readable($srv);
t('recvfrom 100', fn() => [socket_recvfrom($srv, $buf, 100, 0, $from, $port), $buf]);
t('recvfrom 6 of 15 (rest discarded)', fn() => [socket_recvfrom($srv, $buf, 6, 0, $from, $port), $buf]);
t('recvfrom empty datagram', fn() => [socket_recvfrom($srv, $buf, 100, 0, $from, $port), $buf, $from]);

section('MSG_PEEK on datagrams');
socket_sendto($cli, "peek-me", 7, 0, '127.0.0.1', $SP);
wait_readable($srv);
t('peek 4', fn() => [socket_recvfrom($srv, $buf, 4, MSG_PEEK, $from, $port), $buf]);
t('read', fn() => [socket_recvfrom($srv, $buf, 100, 0, $from, $port), $buf]);

section('recvfrom argument handling');
t('recvfrom without port on AF_INET', fn() => socket_recvfrom($srv, $buf, 10, MSG_DONTWAIT, $from));
t('recvfrom without address', fn() => socket_recvfrom($srv, $buf, 10, MSG_DONTWAIT));
t('recvfrom nonblock, nothing', function () use ($srv) { $from = 'keep'; $port = 'keep'; $r = socket_recvfrom($srv, $buf, 10, MSG_DONTWAIT, $from, $port); return [$r, $buf, $from, $port]; });
errs($srv);
t('recvfrom with port on unix', function () {
    socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
    socket_write($p[0], "u");
    $port = 'keep';
    $r = socket_recvfrom($p[1], $buf, 10, 0, $from, $port);
    return [$r, $buf, $from, $port];
});

section('sendto argument handling');
t('sendto no port', fn() => socket_sendto($cli, "x", 1, 0, '127.0.0.1'));
t('sendto null port', fn() => socket_sendto($cli, "x", 1, 0, '127.0.0.1', null));
t('sendto bad host', fn() => socket_sendto($cli, "x", 1, 0, 'no-such-host.invalid', $SP));
errs($cli);
t('sendto "" host', fn() => socket_sendto($cli, "x", 1, 0, '', $SP));
errs($cli);
t('sendto ipv6 address on v4 socket', fn() => socket_sendto($cli, "x", 1, 0, '::1', $SP));
errs($cli);
t('sendto port 0', fn() => socket_sendto($cli, "x", 1, 0, '127.0.0.1', 0));
errs($cli);
t('sendto localhost', fn() => socket_sendto($cli, "lh", 2, 0, 'localhost', $SP));
wait_readable($srv);
t('recv', fn() => [socket_recvfrom($srv, $buf, 10, 0, $from, $port), $buf]);
// PHP 8.5 and later refuse the port (ValueError) and send nothing: then there is nothing to receive.
if (is_int(t('sendto port wraps (SP + 65536)', fn() => socket_sendto($cli, "wrap", 4, 0, '127.0.0.1', $SP + 65536)))) {
    wait_readable($srv);
    t('recv', fn() => [socket_recvfrom($srv, $buf, 10, 0, $from, $port), $buf]);
}
t('sendto too big (70000 bytes)', fn() => socket_sendto($cli, str_repeat('z', 70000), 70000, 0, '127.0.0.1', $SP));
errs($cli);
t('sendto 65507 bytes (max UDP payload)', fn() => socket_sendto($cli, str_repeat('m', 65507), 65507, 0, '127.0.0.1', $SP));
errs($cli);
if (wait_readable($srv, 500)) { socket_recvfrom($srv, $buf, 70000, 0, $from, $port); var_dump(strlen($buf)); }
t('sendto 5 args', fn() => socket_sendto($cli, "x", 1, 0));

section('sendto on connected UDP socket');
$cc = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_connect($cc, '127.0.0.1', $SP);
t('send (connected)', fn() => socket_send($cc, "conn", 4, 0));
t('write (connected)', fn() => socket_write($cc, "wr"));
t('sendto other address while connected', fn() => socket_sendto($cc, "other", 5, 0, '127.0.0.1', $CP));
errs($cc);
wait_readable($srv);
t('recv', fn() => [socket_recvfrom($srv, $buf, 10, 0, $from, $port), $buf]);
t('recv', fn() => [socket_recvfrom($srv, $buf, 10, 0, $from, $port), $buf]);
wait_readable($cli, 200);
t('cli got other?', fn() => [socket_recvfrom($cli, $buf, 10, MSG_DONTWAIT, $from, $port), $buf]);
errs($cli);

section('send on unconnected UDP');
$un = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('send unconnected', fn() => socket_send($un, "x", 1, 0));
errs($un);
t('write unconnected', fn() => socket_write($un, "x"));
errs($un);
t('read unbound nonblock', fn() => socket_recv($un, $buf, 1, MSG_DONTWAIT));
errs($un);
