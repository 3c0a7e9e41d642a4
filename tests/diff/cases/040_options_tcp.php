<?php
require __DIR__ . '/_lib.inc';

$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$opts = ['TCP_NODELAY' => TCP_NODELAY, 'TCP_KEEPIDLE' => TCP_KEEPIDLE, 'TCP_KEEPINTVL' => TCP_KEEPINTVL,
         'TCP_KEEPCNT' => TCP_KEEPCNT, 'TCP_DEFER_ACCEPT' => TCP_DEFER_ACCEPT, 'TCP_NOTSENT_LOWAT' => TCP_NOTSENT_LOWAT];

section('defaults');
foreach ($opts as $n => $o) {
    t("get $n", fn() => socket_get_option($s, SOL_TCP, $o));
}
t('get TCP_CONGESTION', fn() => socket_get_option($s, SOL_TCP, TCP_CONGESTION));
errs($s);

section('set and read back');
foreach ([1, 0, 7, 60, 32767, 32768, -1, 0x7fffffff] as $v) {
    foreach ($opts as $n => $o) {
        echo "$n = $v: ";
        $r = @socket_set_option($s, SOL_TCP, $o, $v);
        echo var_export($r, true), ' err=', socket_last_error($s), ' -> ';
        var_dump(socket_get_option($s, SOL_TCP, $o));
        socket_clear_error($s);
    }
}
socket_clear_error();

section('TCP_CONGESTION');
t('set "reno"', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, "reno"));
errs($s);
t('get', fn() => socket_get_option($s, SOL_TCP, TCP_CONGESTION));
t('set "no-such-algo"', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, "no-such-algo"));
errs($s);
t('set int', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, 5));
errs($s);

section('levels given by number and by getprotobyname');
t('level 6 (IPPROTO_TCP)', fn() => socket_get_option($s, 6, TCP_NODELAY));
t('level getprotobyname(tcp)', fn() => socket_get_option($s, getprotobyname('tcp'), TCP_NODELAY));

section('TCP options on other socket types');
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('udp TCP_NODELAY get', fn() => socket_get_option($u, SOL_TCP, TCP_NODELAY));
errs($u);
t('udp TCP_NODELAY set', fn() => socket_set_option($u, SOL_TCP, TCP_NODELAY, 1));
errs($u);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
t('unix TCP_NODELAY get', fn() => socket_get_option($p[0], SOL_TCP, TCP_NODELAY));
errs($p[0]);
t('unix TCP_NODELAY set', fn() => socket_set_option($p[0], SOL_TCP, TCP_NODELAY, 1));
errs($p[0]);

section('v6 socket');
$s6 = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
t('v6 TCP_NODELAY set', fn() => socket_set_option($s6, SOL_TCP, TCP_NODELAY, 1));
t('v6 TCP_NODELAY get', fn() => socket_get_option($s6, SOL_TCP, TCP_NODELAY));
t('v6 IPV6_V6ONLY get', fn() => socket_get_option($s6, IPPROTO_IPV6, IPV6_V6ONLY));
t('v6 IPV6_UNICAST_HOPS get', fn() => socket_get_option($s6, IPPROTO_IPV6, IPV6_UNICAST_HOPS));
t('v6 IPV6_UNICAST_HOPS set 10', fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_UNICAST_HOPS, 10));
t('v6 IPV6_UNICAST_HOPS get', fn() => socket_get_option($s6, IPPROTO_IPV6, IPV6_UNICAST_HOPS));
t('v6 IPV6_UNICAST_HOPS set 300', fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_UNICAST_HOPS, 300));
errs($s6);
