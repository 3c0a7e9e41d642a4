<?php
require __DIR__ . '/_lib.inc';

$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);

section('invalid level');
foreach ([-1, 2, 255, 12345, PHP_INT_MAX, PHP_INT_MIN] as $lvl) {
    t("get level $lvl", fn() => socket_get_option($s, $lvl, SO_REUSEADDR));
    errs($s);
    t("set level $lvl", fn() => socket_set_option($s, $lvl, SO_REUSEADDR, 1));
    errs($s);
}

section('invalid option');
foreach ([-1, 0, 999, 12345, PHP_INT_MAX] as $opt) {
    t("get SOL_SOCKET opt $opt", fn() => socket_get_option($s, SOL_SOCKET, $opt));
    errs($s);
    t("set SOL_SOCKET opt $opt", fn() => socket_set_option($s, SOL_SOCKET, $opt, 1));
    errs($s);
    t("get SOL_TCP opt $opt", fn() => socket_get_option($s, SOL_TCP, $opt));
    errs($s);
}

section('IP level on a TCP socket');
t('IP_MULTICAST_TTL get', fn() => socket_get_option($s, IPPROTO_IP, IP_MULTICAST_TTL));
errs($s);
t('IP_MULTICAST_LOOP get', fn() => socket_get_option($s, IPPROTO_IP, IP_MULTICAST_LOOP));
errs($s);
t('IPV6 level on v4 socket', fn() => socket_get_option($s, IPPROTO_IPV6, IPV6_V6ONLY));
errs($s);
t('IP level opt 1 (IP_TOS)', fn() => socket_get_option($s, IPPROTO_IP, 1));
errs($s);
t('IP_TOS set 0x10', fn() => socket_set_option($s, IPPROTO_IP, 1, 0x10));
t('IP_TOS get', fn() => socket_get_option($s, IPPROTO_IP, 1));
t('IP_TTL get', fn() => socket_get_option($s, IPPROTO_IP, 2));

section('argument types');
t('level string', fn() => socket_get_option($s, "SOL_SOCKET", SO_TYPE));
t('level numeric string', fn() => socket_get_option($s, "1", "3"));
t('option null', fn() => socket_get_option($s, SOL_SOCKET, null));
t('option float', fn() => socket_get_option($s, SOL_SOCKET, 3.0));
t('get 2 args', fn() => socket_get_option($s, SOL_SOCKET));
t('get 4 args', fn() => socket_get_option($s, SOL_SOCKET, SO_TYPE, 1));
t('set 3 args', fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR));
t('set 5 args', fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 1, 1));
t('get named', fn() => socket_get_option(option: SO_TYPE, level: SOL_SOCKET, socket: $s));
t('set named', fn() => socket_set_option(value: 1, option: SO_REUSEADDR, level: SOL_SOCKET, socket: $s));
t('set wrong socket type', fn() => socket_set_option(new stdClass, SOL_SOCKET, SO_REUSEADDR, 1));
t('get wrong socket type', fn() => socket_get_option(null, SOL_SOCKET, SO_TYPE));
