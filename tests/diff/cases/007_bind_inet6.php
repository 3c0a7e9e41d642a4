<?php
require __DIR__ . '/_lib.inc';

section('bind ::1');
$s = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
t('bind ::1 port 0', fn() => socket_bind($s, '::1', 0));
var_dump(socket_getsockname($s, $a, $p), $a, $p > 0);
t('bind again', fn() => socket_bind($s, '::1', 0));
errs($s);

section('unbound getsockname');
$u = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_getsockname($u, $a, $p), $a, $p);

section('addresses');
foreach (['::', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1', '127.0.0.1', '0.0.0.0', 'localhost', '[::1]',
          '::1 ', '', 'fe80::1', 'fe80::1%lo', 'fe80::1%1', 'fe80::1%nosuchif', '::1%lo', '2001:db8::1', 'gggg::1',
          'no-such-host.invalid', ':::', "::1\0junk"] as $addr) {
    $x = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
    t('bind ' . json_encode($addr), fn() => socket_bind($x, $addr, 0));
    if (socket_getsockname($x, $got)) {
        echo "   getsockname: ", $got, "\n";
    }
    errs($x);
}

section('v6only and dual stack');
$d = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($d, IPPROTO_IPV6, IPV6_V6ONLY));
var_dump(socket_set_option($d, IPPROTO_IPV6, IPV6_V6ONLY, 1));
var_dump(socket_get_option($d, IPPROTO_IPV6, IPV6_V6ONLY));
var_dump(socket_bind($d, '::1', 0));
t('set V6ONLY after bind', fn() => socket_set_option($d, IPPROTO_IPV6, IPV6_V6ONLY, 0));
errs($d);

section('ports wrap');
$P = dead_port(SOCK_DGRAM);
foreach (['P+65536' => $P + 65536, 'P-65536' => $P - 65536] as $n => $p) {
    $x = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
    t("port $n", fn() => socket_bind($x, '::1', $p));
    $got = port_of($x);
    echo "   port ", $got === $P ? "== P" : ($got > 0 ? "other" : "0"), "\n";
}
