<?php
// The argument checks that differ between PHP versions (8.5 added most of them, 8.6 changed a few
// words): ports, shutdown modes, socket_create's domains, socket_addrinfo_lookup's hints, option
// value types, multicast on a non-INET socket, UDP_SEGMENT. Each PHP compares its own bundled
// extension with ours; the phpt tests *_php85.phpt / *_php86.phpt pin the 8.5 and 8.6 outputs.
// Ports -1 and 65536 wrap to the fixed 65535 and 0 on 8.2-8.4.
// diff: one side at a time
require __DIR__ . '/_lib.inc';

section('ports');
$path = unix_path('072');
foreach ([-1, 65536] as $port) {
    t("bind inet $port", fn() => socket_bind(socket_create(AF_INET, SOCK_STREAM, SOL_TCP), '127.0.0.1', $port));
    t("bind unix $port", fn() => socket_bind(socket_create(AF_UNIX, SOCK_STREAM, 0), $path, $port));
    t("create_listen $port", fn() => socket_create_listen($port) instanceof Socket);
    t("sendto unix $port", fn() => socket_sendto(socket_create(AF_UNIX, SOCK_DGRAM, 0), 'x', 1, 0, $path . '-none', $port));
    t("sendto negative length $port", fn() => socket_sendto(socket_create(AF_INET, SOCK_DGRAM, SOL_UDP), 'x', -1, 0, '127.0.0.1', $port));
}
@unlink($path);

section('shutdown modes');
foreach ([0, 1, 2, 3, -1] as $how) {
    t("shutdown $how", function () use ($how) { socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p); return socket_shutdown($p[0], $how); });
}

section('domains');
foreach ([-1, 3, 17, 1000] as $d) {
    t("create $d", fn() => socket_create($d, SOCK_STREAM, 0));
    t("create_pair $d", fn() => socket_create_pair($d, SOCK_STREAM, 0, $pair));
}

section('addrinfo hints');
foreach (['ai_flags', 'ai_socktype', 'ai_protocol', 'ai_family'] as $k) {
    foreach ([-1, 0, 1, 2, 10, 2147483648, '3', 'x', null, true, [], 1.5] as $v) {
        t("$k " . str_replace("\n", '', var_export($v, true)), fn() => is_array(socket_addrinfo_lookup('127.0.0.1', null, [$k => $v])));
    }
}
t('numeric key', fn() => is_array(socket_addrinfo_lookup('127.0.0.1', null, [0 => 1])));
t('unknown key', fn() => is_array(socket_addrinfo_lookup('127.0.0.1', null, ['ai_addr' => 1])));

section('option value types');
$tcp = fn() => socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach (['lo', '', 1, null, []] as $v) {
    $label = str_replace("\n", '', var_export($v, true));
    t("SO_BINDTODEVICE $label", fn() => socket_set_option($tcp(), SOL_SOCKET, SO_BINDTODEVICE, $v));
    t("TCP_CONGESTION $label", fn() => socket_set_option($tcp(), SOL_TCP, TCP_CONGESTION, $v));
}
foreach ([MCAST_JOIN_GROUP, MCAST_LEAVE_GROUP, MCAST_BLOCK_SOURCE, MCAST_UNBLOCK_SOURCE, MCAST_JOIN_SOURCE_GROUP, MCAST_LEAVE_SOURCE_GROUP] as $o) {
    t("MCAST $o string", fn() => socket_set_option(socket_create(AF_INET, SOCK_DGRAM, SOL_UDP), IPPROTO_IP, $o, '224.0.0.23'));
    t("MCAST $o on AF_UNIX", fn() => socket_set_option(socket_create(AF_UNIX, SOCK_DGRAM, 0), IPPROTO_IP, $o, ['group' => '224.0.0.23', 'source' => '127.0.0.1', 'interface' => 'lo']));
}
if (PHP_VERSION_ID >= 80500) {   // the constant is 8.5's (ours has it on every PHP)
    foreach ([-1, 0, 1400, 65535, 65536] as $v) {
        t("UDP_SEGMENT $v", fn() => socket_set_option(socket_create(AF_INET, SOCK_DGRAM, SOL_UDP), SOL_UDP, UDP_SEGMENT, $v));
    }
}
