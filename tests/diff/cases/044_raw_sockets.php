<?php
require __DIR__ . '/_lib.inc';
// We run as root here, so raw sockets can be created (bundled and ours alike).

section('create');
$icmp = getprotobyname('icmp');
var_dump($icmp);
$r = t('AF_INET SOCK_RAW icmp', fn() => socket_create(AF_INET, SOCK_RAW, $icmp));
t('SO_TYPE', fn() => socket_get_option($r, SOL_SOCKET, SO_TYPE));
t('AF_INET SOCK_RAW 0', fn() => socket_create(AF_INET, SOCK_RAW, 0));
err();
socket_clear_error();
t('AF_INET6 SOCK_RAW ipv6-icmp', fn() => get_class(socket_create(AF_INET6, SOCK_RAW, getprotobyname('ipv6-icmp'))));
t('AF_INET SOCK_RAW udp', fn() => get_class(socket_create(AF_INET, SOCK_RAW, SOL_UDP)));

section('ping 127.0.0.1 with a hand-made ICMP echo');
function checksum(string $d): int
{
    if (strlen($d) % 2) $d .= "\0";
    $sum = array_sum(unpack('n*', $d));
    while ($sum >> 16) $sum = ($sum & 0xffff) + ($sum >> 16);
    return ~$sum & 0xffff;
}
$payload = "sockets-ng";
$pkt = pack('CCnnn', 8, 0, 0, 0x1234, 1) . $payload;
$pkt = pack('CCnnn', 8, 0, checksum($pkt), 0x1234, 1) . $payload;
t('sendto', fn() => socket_sendto($r, $pkt, strlen($pkt), 0, '127.0.0.1', 0));
t('sendto with no port', fn() => socket_sendto($r, $pkt, strlen($pkt), 0, '127.0.0.1'));
$got = [];
for ($i = 0; $i < 10 && wait_readable($r, 1000); $i++) {
    $n = socket_recvfrom($r, $buf, 1500, 0, $from, $port);
    $ihl = (ord($buf[0]) & 0x0f) * 4;
    $type = ord($buf[$ihl]);
    $got[] = ['len' => $n, 'from' => $from, 'port' => $port, 'icmp_type' => $type, 'payload' => substr($buf, $ihl + 8)];
    if (count($got) >= 2 && $type === 0) break;
}
usort($got, fn($a, $b) => $a['icmp_type'] <=> $b['icmp_type']);
var_dump(count($got) > 0);
var_dump($got[0] ?? null);

section('options on raw sockets');
t('IP_TTL-ish get', fn() => socket_get_option($r, IPPROTO_IP, 2));
t('bind raw to 127.0.0.1', fn() => socket_bind($r, '127.0.0.1'));
t('getsockname', function () use ($r) { $ok = socket_getsockname($r, $a, $p); return [$ok, $a, $p]; });
t('listen raw', fn() => socket_listen($r));
errs($r);
t('connect raw', fn() => socket_connect($r, '127.0.0.1', 0));
t('getpeername', function () use ($r) { $ok = socket_getpeername($r, $a, $p); return [$ok, $a, $p]; });
t('shutdown raw', fn() => socket_shutdown($r, 2));
errs($r);
