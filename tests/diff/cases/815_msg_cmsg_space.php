<?php
// socket_cmsg_space: sizes for every supported level/type, counts, argument errors.
require __DIR__ . '/_lib.inc';
require __DIR__ . '/_msg.inc';
scratch_fds();

section('supported');
foreach ([
    'SCM_RIGHTS' => [SOL_SOCKET, SCM_RIGHTS],
    'SCM_CREDENTIALS' => [SOL_SOCKET, SCM_CREDENTIALS],
    'IPV6_PKTINFO' => [IPPROTO_IPV6, IPV6_PKTINFO],
    'IPV6_HOPLIMIT' => [IPPROTO_IPV6, IPV6_HOPLIMIT],
    'IPV6_TCLASS' => [IPPROTO_IPV6, IPV6_TCLASS],
] as $label => [$level, $type]) {
    foreach ([null, 0, 1, 2, 3, 10, 1000] as $n) {
        t("$label n=" . var_export($n, true), fn() => $n === null ? socket_cmsg_space($level, $type) : socket_cmsg_space($level, $type, $n));
    }
}

section('unsupported level/type');
t('SOL_SOCKET 99', fn() => socket_cmsg_space(SOL_SOCKET, 99));
t('IPPROTO_IP IP_PKTINFO (8)', fn() => socket_cmsg_space(IPPROTO_IP, 8));
t('SO_TIMESTAMP (29)', fn() => socket_cmsg_space(SOL_SOCKET, 29));
t('IPV6 99', fn() => socket_cmsg_space(IPPROTO_IPV6, 99));
t('0 0', fn() => socket_cmsg_space(0, 0));
t('-1 -1', fn() => socket_cmsg_space(-1, -1));
t('huge level', fn() => socket_cmsg_space(PHP_INT_MAX, 1));
t('1<<40 level', fn() => socket_cmsg_space(1 << 40, SCM_RIGHTS));
t('1<<32 | SOL_SOCKET', fn() => socket_cmsg_space((1 << 32) | SOL_SOCKET, SCM_RIGHTS));
t('type 1<<32 | SCM_RIGHTS', fn() => socket_cmsg_space(SOL_SOCKET, (1 << 32) | SCM_RIGHTS));
t('type IPV6_PKTINFO at SOL_SOCKET', fn() => socket_cmsg_space(SOL_SOCKET, IPV6_PKTINFO));
t('SCM_RIGHTS at IPPROTO_IPV6', fn() => socket_cmsg_space(IPPROTO_IPV6, SCM_RIGHTS));

section('counts');
t('negative', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, -1));
t('PHP_INT_MIN', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, PHP_INT_MIN));
t('PHP_INT_MAX', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, PHP_INT_MAX));
t('1<<30', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1 << 30));
t('2147483647', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2147483647));
t('1<<28', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1 << 28));
t('creds 2147483647', fn() => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS, 2147483647));
t('creds 1<<26', fn() => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS, 1 << 26));
t('pktinfo 1<<27', fn() => socket_cmsg_space(IPPROTO_IPV6, IPV6_PKTINFO, 1 << 27));
t('unsupported and negative (order)', fn() => socket_cmsg_space(1, 99, -1));
t('huge level and negative (order)', fn() => socket_cmsg_space(1 << 40, 99, -1));

section('argument types');
t('numeric strings', fn() => socket_cmsg_space('1', '1', '2'));
t('leading space', fn() => socket_cmsg_space(' 1', '1'));
t('trailing space', fn() => socket_cmsg_space('1 ', '1'));
t('float exact', fn() => socket_cmsg_space(1.0, 1.0, 2.0));
t('float fractional', fn() => socket_cmsg_space(1.5, 1));
t('bool', fn() => socket_cmsg_space(true, true, true));
t('null level', fn() => socket_cmsg_space(null, 1));
t('null count', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, null));
t('string level', fn() => socket_cmsg_space('x', 1));
t('array level', fn() => socket_cmsg_space([], 1));
t('too few', fn() => socket_cmsg_space(1));
t('too many', fn() => socket_cmsg_space(1, 1, 1, 1));
t('named args', fn() => socket_cmsg_space(type: SCM_RIGHTS, level: SOL_SOCKET, num: 2));
t('bad named arg', fn() => socket_cmsg_space(level: SOL_SOCKET, type: SCM_RIGHTS, count: 2));
t('NAN count', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, NAN));
t('INF count', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, INF));
t('1e3 string', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, '1e3'));

section('space is enough for what it says');
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
foreach ([1, 2, 5] as $n) {
    t("rights $n", function () use ($p, $n) {
        socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => array_fill(0, $n, FD_A)]]]);
        $m = ['buffer_size' => 1, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, $n)];
        socket_recvmsg($p[1], $m);
        return [count($m['control'][0]['data']), $m['flags']];
    });
}
