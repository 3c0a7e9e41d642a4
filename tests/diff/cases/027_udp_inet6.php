<?php
require __DIR__ . '/_lib.inc';

$srv = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($srv, '::1', 0);
$SP = port_of($srv);
$cli = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);

section('sendto / recvfrom over ::1');
t('sendto ::1', fn() => socket_sendto($cli, "six", 3, 0, '::1', $SP));
wait_readable($srv);
t('recvfrom', function () use ($srv, $cli) { $r = socket_recvfrom($srv, $buf, 100, 0, $from, $port); return [$r, $buf, $from, $port === port_of($cli)]; });
t('recvfrom without port', fn() => socket_recvfrom($srv, $buf, 100, MSG_DONTWAIT, $from));
t('sendto no port', fn() => socket_sendto($cli, "x", 1, 0, '::1'));

section('addresses');
foreach (['0:0:0:0:0:0:0:1', '127.0.0.1', 'localhost', '::ffff:127.0.0.1', '[::1]', 'no-such-host.invalid', ''] as $addr) {
    t('sendto ' . json_encode($addr), fn() => socket_sendto($cli, "a", 1, 0, $addr, $SP));
    errs($cli);
}
while (wait_readable($srv, 100)) { socket_recvfrom($srv, $buf, 100, 0, $from, $port); echo "   got ", $buf, " from ", $from, "\n"; }

section('v4-mapped receive');
$d6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($d6, '::', 0);
$v4 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('v4 sendto dual-stack socket', fn() => socket_sendto($v4, "from4", 5, 0, '127.0.0.1', port_of($d6)));
wait_readable($d6);
t('recvfrom', fn() => [socket_recvfrom($d6, $buf, 100, 0, $from, $port), $buf, $from]);
t('reply to ::ffff:127.0.0.1', fn() => socket_sendto($d6, "back4", 5, 0, '::ffff:127.0.0.1', port_of($v4)));
wait_readable($v4);
t('v4 recvfrom', fn() => [socket_recvfrom($v4, $buf, 100, 0, $from, $port), $buf, $from]);
t('reply to plain 127.0.0.1 from v6 socket', fn() => socket_sendto($d6, "b2", 2, 0, '127.0.0.1', port_of($v4)));
errs($d6);
wait_readable($v4, 200);
t('v4 recvfrom', fn() => [socket_recvfrom($v4, $buf, 100, MSG_DONTWAIT, $from, $port), $buf, $from]);
errs($v4);
