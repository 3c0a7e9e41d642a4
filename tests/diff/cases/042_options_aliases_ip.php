<?php
require __DIR__ . '/_lib.inc';

$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);

section('socket_getopt / socket_setopt are aliases');
t('setopt', fn() => socket_setopt($s, SOL_SOCKET, SO_KEEPALIVE, 1));
t('getopt', fn() => socket_getopt($s, SOL_SOCKET, SO_KEEPALIVE));
t('get_option agrees', fn() => socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
t('setopt linger', fn() => socket_setopt($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 3]));
t('getopt linger', fn() => socket_getopt($s, SOL_SOCKET, SO_LINGER));
t('setopt linger missing key', fn() => socket_setopt($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1]));
t('setopt timeo missing key', fn() => socket_setopt($s, SOL_SOCKET, SO_RCVTIMEO, ['usec' => 1]));
t('getopt invalid', fn() => socket_getopt($s, SOL_SOCKET, 9999));
errs($s);
t('getopt no args', fn() => socket_getopt());
t('setopt string level', fn() => socket_setopt($s, "x", 1, 1));
t('getopt named', fn() => socket_getopt(socket: $s, level: SOL_SOCKET, option: SO_TYPE));
$f1 = new ReflectionFunction('socket_getopt');
$f2 = new ReflectionFunction('socket_setopt');
var_dump($f1->getName(), $f1->getNumberOfParameters(), $f2->getName(), $f2->getNumberOfParameters());
var_dump(array_map(fn($p) => $p->getName(), $f2->getParameters()));

section('multicast options on UDP');
t('IP_MULTICAST_TTL get', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_TTL));
t('IP_MULTICAST_TTL set 5', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, 5));
t('IP_MULTICAST_TTL get', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_TTL));
t('IP_MULTICAST_TTL set 256', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, 256));
t('IP_MULTICAST_TTL set -1', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, -1));
t('IP_MULTICAST_LOOP get', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_LOOP));
t('IP_MULTICAST_LOOP set 0', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_LOOP, 0));
t('IP_MULTICAST_LOOP get', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_LOOP));
t('IP_MULTICAST_LOOP set 2', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_LOOP, 2));
t('IP_MULTICAST_LOOP set "x"', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_LOOP, "x"));
t('IP_MULTICAST_IF get', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
errs($u);

section('SO_BROADCAST on UDP and sendto broadcast');
t('set', fn() => socket_set_option($u, SOL_SOCKET, SO_BROADCAST, 1));
t('get', fn() => socket_get_option($u, SOL_SOCKET, SO_BROADCAST));
