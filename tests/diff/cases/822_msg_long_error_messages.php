<?php
// Conversion errors quote the offending value whole, however long (issue 10 item 9: ours cut the
// message at about 511 bytes). Long non-numeric strings, a 600-character host name, a long
// interface name; sendmsg, recvmsg and socket_set_option's IPV6_PKTINFO.
require __DIR__ . '/_lib.inc';
require __DIR__ . '/_msg.inc';

$in = socket_create(AF_INET, SOCK_DGRAM, 0);
$in6 = socket_create(AF_INET6, SOCK_DGRAM, 0);
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
$long = fn(string $unit, int $n) => str_repeat($unit, $n);

t('port: 700 characters', fn() => socket_sendmsg($in, ['name' => ['addr' => '127.0.0.1', 'port' => $long('p', 700)], 'iov' => ['x']]));
t('port: 5000 characters', fn() => socket_sendmsg($in, ['name' => ['addr' => '127.0.0.1', 'port' => $long('q', 5000)], 'iov' => ['x']]));
t('pid: 800 characters', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => $long('9x', 400)]]]]));
t('buffer_size: 1000 characters', function () use ($b, $long) { $m = ['buffer_size' => $long('b', 1000), 'controllen' => 1]; return socket_recvmsg($b, $m); });
t('IPv4 host: 600 characters', fn() => socket_sendmsg($in, ['name' => ['addr' => $long('a', 600), 'port' => 1], 'iov' => ['x']]));
t('IPv6 host: 600 characters', fn() => socket_sendmsg($in6, ['name' => ['addr' => $long('h', 600), 'port' => 1], 'iov' => ['x']]));
t('interface name: 600 characters', fn() => socket_sendmsg($in6, ['iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => $long('i', 600)]]]]));
t('set_option IPV6_PKTINFO, interface name: 600 characters', fn() => socket_set_option($in6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => $long('j', 600)]));
