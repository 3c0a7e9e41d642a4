<?php
// An option is a (level, option) pair: the option numbers that have special handling at one
// level (SO_LINGER = 13, SO_RCVTIMEO = 20, SO_SNDTIMEO = 21, SO_BINDTODEVICE = 25, SO_MEMINFO = 55,
// TCP_CONGESTION = 13, IP_MULTICAST_IF/TTL/LOOP = 32-34, IPV6_MULTICAST_IF/HOPS/LOOP = 17-19,
// IPV6_PKTINFO = 50, MCAST_* = 42-47) are plain integer options at every other level
// (IP_RECVTOS = 13, IP_MINTTL = 21, IPV6_RECVERR = 25, ...).
require __DIR__ . '/_lib.inc';

$levels = ['SOL_SOCKET' => SOL_SOCKET, 'IPPROTO_IP' => IPPROTO_IP, 'IPPROTO_IPV6' => IPPROTO_IPV6,
           'SOL_TCP' => SOL_TCP, 'SOL_UDP' => SOL_UDP];
$special = [
    SOL_SOCKET => [SO_LINGER, SO_RCVTIMEO, SO_SNDTIMEO, SO_BINDTODEVICE, SO_MEMINFO],
    SOL_TCP => [TCP_CONGESTION],
    IPPROTO_IP => [IP_MULTICAST_IF, IP_MULTICAST_TTL, IP_MULTICAST_LOOP, MCAST_JOIN_GROUP, MCAST_BLOCK_SOURCE,
                   MCAST_UNBLOCK_SOURCE, MCAST_LEAVE_GROUP, MCAST_JOIN_SOURCE_GROUP, MCAST_LEAVE_SOURCE_GROUP],
    IPPROTO_IPV6 => [IPV6_MULTICAST_IF, IPV6_MULTICAST_HOPS, IPV6_MULTICAST_LOOP, IPV6_PKTINFO, MCAST_JOIN_GROUP,
                     MCAST_LEAVE_GROUP],
];
$numbers = array_values(array_unique(array_merge(...array_values($special))));
sort($numbers);

// Left out: SOL_TCP/33 and IPPROTO_IPV6/55 (IPV6_RTHDR on a socket), whose getsockopt answers with
// fewer bytes than an int, so the bundled extension returns uninitialised memory there.
function is_special(array $special, int $level, int $option): bool
{
    return in_array($option, $special[$level] ?? [], true) || ($level === SOL_TCP && $option === 33)
        || ($level === IPPROTO_IPV6 && $option === 55);
}

function fresh(string $kind): Socket
{
    return match ($kind) {
        'tcp4' => socket_create(AF_INET, SOCK_STREAM, SOL_TCP),
        'udp4' => socket_create(AF_INET, SOCK_DGRAM, SOL_UDP),
        'udp6' => socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP),
    };
}

// Getting: a special number at a level where it is not special reads an int, never an array.
foreach (['tcp4', 'udp4', 'udp6'] as $kind) {
    $s = fresh($kind);
    foreach ($levels as $ln => $level) {
        foreach ($numbers as $o) {
            if (is_special($special, $level, $o)) {
                continue;
            }
            t("$kind get $ln/$o", fn() => socket_get_option($s, $level, $o));
        }
    }
    errs($s);
}

// Setting: the value is an int there; an array, a string or a number is converted as one.
$values = ['int 1' => 1, 'int 0' => 0, 'string "2"' => "2", 'linger array' => ['l_onoff' => 1, 'l_linger' => 1],
           'empty array' => [], 'timeval array' => ['sec' => 1, 'usec' => 0]];
foreach (['tcp4', 'udp4', 'udp6'] as $kind) {
    foreach ($levels as $ln => $level) {
        foreach ($numbers as $o) {
            if (is_special($special, $level, $o)) {
                continue;
            }
            foreach ($values as $vn => $v) {
                $s = fresh($kind);
                t("$kind set $ln/$o = $vn", fn() => socket_set_option($s, $level, $o, $v));
                t("$kind   read back", fn() => socket_get_option($s, $level, $o));
                errs($s);
            }
        }
    }
}
