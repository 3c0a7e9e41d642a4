<?php
require __DIR__ . '/_lib.inc';

$opts = ['SO_REUSEADDR' => SO_REUSEADDR, 'SO_REUSEPORT' => SO_REUSEPORT, 'SO_KEEPALIVE' => SO_KEEPALIVE,
         'SO_BROADCAST' => SO_BROADCAST, 'SO_DONTROUTE' => SO_DONTROUTE, 'SO_OOBINLINE' => SO_OOBINLINE,
         'SO_RCVBUF' => SO_RCVBUF, 'SO_SNDBUF' => SO_SNDBUF, 'SO_RCVLOWAT' => SO_RCVLOWAT, 'SO_SNDLOWAT' => SO_SNDLOWAT,
         'SO_TYPE' => SO_TYPE, 'SO_ERROR' => SO_ERROR, 'SO_DEBUG' => SO_DEBUG];

foreach (['tcp' => [AF_INET, SOCK_STREAM, SOL_TCP], 'udp' => [AF_INET, SOCK_DGRAM, SOL_UDP], 'unix' => [AF_UNIX, SOCK_STREAM, 0]] as $kind => $args) {
    section("defaults on $kind");
    $s = socket_create(...$args);
    foreach ($opts as $n => $o) {
        echo "$n: ";
        var_dump(socket_get_option($s, SOL_SOCKET, $o));
    }
    socket_clear_error($s);
    socket_clear_error();
}

section('set and read back (tcp)');
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach (['SO_REUSEADDR' => SO_REUSEADDR, 'SO_REUSEPORT' => SO_REUSEPORT, 'SO_KEEPALIVE' => SO_KEEPALIVE, 'SO_BROADCAST' => SO_BROADCAST,
          'SO_OOBINLINE' => SO_OOBINLINE, 'SO_DONTROUTE' => SO_DONTROUTE] as $n => $o) {
    foreach ([1, 0, 5, -1, true, false, "1", "0"] as $v) {
        echo "$n = ", var_export($v, true), ": ";
        $r = socket_set_option($s, SOL_SOCKET, $o, $v);
        echo var_export($r, true), " -> ";
        var_dump(socket_get_option($s, SOL_SOCKET, $o));
    }
}

section('buffer sizes');
foreach ([0, 1, 1024, 4096, 65536, 1 << 20, 1 << 30, -1, PHP_INT_MAX] as $v) {
    echo "SO_RCVBUF = $v: ";
    var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVBUF, $v), socket_get_option($s, SOL_SOCKET, SO_RCVBUF));
    echo "SO_SNDBUF = $v: ";
    var_dump(socket_set_option($s, SOL_SOCKET, SO_SNDBUF, $v), socket_get_option($s, SOL_SOCKET, SO_SNDBUF));
}
socket_clear_error($s);
socket_clear_error();

section('low water marks');
foreach ([1, 10, 0, -1] as $v) {
    echo "SO_RCVLOWAT = $v: ";
    var_dump(@socket_set_option($s, SOL_SOCKET, SO_RCVLOWAT, $v), socket_get_option($s, SOL_SOCKET, SO_RCVLOWAT));
    err($s);
    socket_clear_error($s);
}
t('SO_SNDLOWAT set', fn() => socket_set_option($s, SOL_SOCKET, SO_SNDLOWAT, 10));
errs($s);

section('read-only options');
t('set SO_TYPE', fn() => socket_set_option($s, SOL_SOCKET, SO_TYPE, SOCK_DGRAM));
errs($s);
t('set SO_ERROR', fn() => socket_set_option($s, SOL_SOCKET, SO_ERROR, 0));
errs($s);

section('value types');
t('value string "abc"', fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, "abc"));
t('value float 1.9', fn() => socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, 1.9));
var_dump(socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
t('value null', fn() => socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, null));
var_dump(socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
t('value array', fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, [1]));
t('value object', fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, new stdClass));
t('value Socket', fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, $s));
t('value 1<<32 (truncated to int?)', fn() => socket_set_option($s, SOL_SOCKET, SO_RCVBUF, (1 << 32) + 8192));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVBUF));
