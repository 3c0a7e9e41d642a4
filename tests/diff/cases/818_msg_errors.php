<?php
// Error paths: closed sockets, EAGAIN, EPIPE, where last_error is recorded, MSG_TRUNC/MSG_CTRUNC,
// buffer_size 0 / default, controllen too small, unsupported received cmsg types.
require __DIR__ . '/_lib.inc';
require __DIR__ . '/_msg.inc';
scratch_fds();

section('closed sockets');
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
socket_close($a);
t('sendmsg on closed', fn() => socket_sendmsg($a, ['iov' => ['x']]));
t('recvmsg on closed', function () use ($a) { $m = ['buffer_size' => 1, 'controllen' => 1]; return socket_recvmsg($a, $m); });
t('sendmsg to closed peer (dgram)', fn() => socket_sendmsg($b, ['iov' => ['x']]));
errs($b);

section('EAGAIN');
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($b);
socket_clear_error();
t('recv nonblocking empty', fn() => rcv($b, ['buffer_size' => 5, 'controllen' => 1]));
errs($b);
t('recv MSG_DONTWAIT on blocking socket', fn() => rcv($a, ['buffer_size' => 5, 'controllen' => 1], MSG_DONTWAIT));
errs($a);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
socket_set_nonblock($q[0]);
t('send until full', function () use ($q) {
    $n = 0;
    while (($r = @socket_sendmsg($q[0], ['iov' => [str_repeat('x', 65536)]])) !== false) {
        if (++$n > 10000) break;
    }
    return [$n > 0, socket_last_error($q[0]), socket_last_error()];
});
socket_clear_error($q[0]);
socket_clear_error();
t('send on full (warning)', fn() => socket_sendmsg($q[0], ['iov' => ['y']]));
errs($q[0]);
t('peek a little from the full side', fn() => rcv($q[1], ['buffer_size' => 5, 'controllen' => 1], MSG_PEEK));

section('EPIPE');
socket_close($q[1]);
t('send after peer closed, MSG_NOSIGNAL', fn() => socket_sendmsg($q[0], ['iov' => ['x']], MSG_NOSIGNAL));
errs($q[0]);
t('recv after close', fn() => rcv($q[0], ['buffer_size' => 5, 'controllen' => 1], MSG_DONTWAIT));
errs($q[0]);

section('last_error: conversion errors do not set it');
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($b);
t('set an error first', fn() => rcv($b, ['buffer_size' => 5, 'controllen' => 1]));
t('conversion error', fn() => rcv($b, ['buffer_size' => 'x', 'controllen' => 1]));
errs($b);
t('controllen 0', fn() => rcv($b, ['buffer_size' => 5, 'controllen' => 0]));
errs($b);
t('sendmsg conversion error', fn() => socket_sendmsg($a, ['iov' => 1]));
errs($a);
t('host lookup failure sets both', function () {
    $c = socket_create(AF_INET, SOCK_DGRAM, 0);
    socket_clear_error();
    $r = socket_sendmsg($c, ['name' => ['addr' => 'nohost.invalid', 'port' => 1], 'iov' => []]);
    return [$r, socket_last_error(), socket_last_error($c)];
});
socket_clear_error();
t('sendmsg error on one socket, other untouched', function () use ($a, $b) {
    $c = socket_create(AF_INET, SOCK_DGRAM, 0);
    socket_sendmsg($c, ['iov' => ['x']]);
    return [socket_last_error($c), socket_last_error(), socket_last_error($a), socket_last_error($b)];
});
socket_clear_error();

section('MSG_TRUNC / MSG_CTRUNC');
t('data truncated', function () use ($a, $b) {
    socket_sendmsg($a, ['iov' => ['abcdef']]);
    return rcv($b, ['buffer_size' => 2, 'controllen' => 1]);
});
t('control truncated', function () use ($a, $b) {
    socket_sendmsg($a, ['iov' => ['r'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [FD_A, FD_B, STDIN]]]]);
    return rcv($b, ['buffer_size' => 5, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)]);
});
t('control fully dropped', function () use ($a, $b) {
    socket_sendmsg($a, ['iov' => ['r'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [FD_A]]]]);
    return rcv($b, ['buffer_size' => 5, 'controllen' => 1]);
});
t('both truncated', function () use ($a, $b) {
    socket_sendmsg($a, ['iov' => ['abcdef'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [FD_A, FD_B]]]]);
    return rcv($b, ['buffer_size' => 1, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)]);
});
drain($b);

section('buffer_size 0 and default');
t('buffer_size 0', function () use ($a, $b) {
    socket_sendmsg($a, ['iov' => ['abc']]);
    return rcv($b, ['buffer_size' => 0, 'controllen' => 1]);
});
t('default buffer_size with a big datagram', function () use ($a, $b) {
    socket_sendmsg($a, ['iov' => [str_repeat('z', 20000)]]);
    $m = ['controllen' => 1];
    $r = socket_recvmsg($b, $m);
    return [$r, strlen($m['iov'][0] ?? ''), count($m['iov']), $m['flags']];
});
t('buffer_size over the limit', fn() => rcv($b, ['buffer_size' => 104857601, 'controllen' => 1]));
t('buffer_size at the limit', fn() => rcv($b, ['buffer_size' => 104857600, 'controllen' => 1]));
errs($b);
t('controllen huge', fn() => rcv($b, ['buffer_size' => 10, 'controllen' => PHP_INT_MAX]));
t('controllen 1<<31', fn() => rcv($b, ['buffer_size' => 10, 'controllen' => 1 << 31]));
t('controllen 2^32-1', function () use ($a, $b) {
    socket_sendmsg($a, ['iov' => ['y']]);
    return rcv($b, ['buffer_size' => 5, 'controllen' => (1 << 32) - 1]);
});
t('controllen negative', fn() => rcv($b, ['buffer_size' => 10, 'controllen' => -1]));
drain($b);

section('controllen too small for credentials');
$pa = abstract_name('818a');
$pb = abstract_name('818b');
$u1 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($u1, $pa);
$u2 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($u2, $pb);
socket_set_nonblock($u2);
socket_set_option($u2, SOL_SOCKET, SO_PASSCRED, 1);
foreach ([1, 16, 20, 27, 28, 32] as $cl) {
    t("controllen $cl", function () use ($u1, $u2, $pb, $cl) {
        socket_sendmsg($u1, ['name' => ['path' => $pb], 'iov' => ['x']]);
        $m = ['buffer_size' => 10, 'controllen' => $cl];
        $r = socket_recvmsg($u2, $m);
        if (is_array($m) && isset($m['control'][0]['data']['pid'])) {
            $m['control'][0]['data']['pid'] = $m['control'][0]['data']['pid'] === getmypid() ? 'mine' : 'other';
        }
        var_dump($m);
        return $r;
    });
    errs($u2);
}
drain($u2);

section('unsupported received cmsg types');
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($s, '127.0.0.1', 0);
socket_set_nonblock($s);
$c = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$to = ['addr' => '127.0.0.1', 'port' => port_of($s)];
t('IP_PKTINFO on', fn() => socket_set_option($s, IPPROTO_IP, 8, 1));
socket_sendmsg($c, ['name' => $to, 'iov' => ['abc']]);
t('recv with IP_PKTINFO', fn() => rcv($s, ['buffer_size' => 10, 'controllen' => 100]));
errs($s);
t('datagram consumed', fn() => rcv($s, ['buffer_size' => 10, 'controllen' => 100]));
socket_sendmsg($c, ['name' => $to, 'iov' => ['abc']]);
t('recv with IP_PKTINFO but controllen 1', fn() => rcv($s, ['buffer_size' => 10, 'controllen' => 1]));
t('IP_PKTINFO off', fn() => socket_set_option($s, IPPROTO_IP, 8, 0));
t('SO_TIMESTAMP on', fn() => socket_set_option($s, SOL_SOCKET, 29, 1));
socket_sendmsg($c, ['name' => $to, 'iov' => ['abc']]);
t('recv with SO_TIMESTAMP', fn() => rcv($s, ['buffer_size' => 10, 'controllen' => 100]));
errs($s);
t('SO_TIMESTAMP off', fn() => socket_set_option($s, SOL_SOCKET, 29, 0));
socket_sendmsg($c, ['name' => $to, 'iov' => ['abc']]);
t('recv after off', function () use ($s) { $m = ['buffer_size' => 10, 'controllen' => 100]; $r = socket_recvmsg($s, $m); return [$r, $m['iov'], $m['control']]; });
