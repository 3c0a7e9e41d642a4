<?php
require __DIR__ . '/_lib.inc';

$z = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($z);
$ok = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$buf = 'x'; $addr = 'x'; $port = 1;

t('socket_bind', fn() => socket_bind($z, '127.0.0.1', 0));
t('socket_listen', fn() => socket_listen($z));
t('socket_accept', fn() => socket_accept($z));
t('socket_connect', fn() => socket_connect($z, '127.0.0.1', 1));
t('socket_read', fn() => socket_read($z, 1));
t('socket_read len 0', fn() => socket_read($z, 0));
t('socket_write', fn() => socket_write($z, 'x'));
t('socket_write len -1', fn() => socket_write($z, 'x', -1));
t('socket_recv', fn() => socket_recv($z, $buf, 1, 0));
t('socket_send', fn() => socket_send($z, 'x', 1, 0));
t('socket_recvfrom', fn() => socket_recvfrom($z, $buf, 1, 0, $addr, $port));
t('socket_sendto', fn() => socket_sendto($z, 'x', 1, 0, '127.0.0.1', 1));
t('socket_shutdown', fn() => socket_shutdown($z));
t('socket_close', fn() => socket_close($z));
t('socket_set_block', fn() => socket_set_block($z));
t('socket_set_nonblock', fn() => socket_set_nonblock($z));
t('socket_getsockname', fn() => socket_getsockname($z, $addr));
t('socket_getpeername', fn() => socket_getpeername($z, $addr));
t('socket_get_option', fn() => socket_get_option($z, SOL_SOCKET, SO_TYPE));
t('socket_getopt', fn() => socket_getopt($z, SOL_SOCKET, SO_TYPE));
t('socket_set_option', fn() => socket_set_option($z, SOL_SOCKET, SO_REUSEADDR, 1));
t('socket_setopt', fn() => socket_setopt($z, SOL_SOCKET, SO_REUSEADDR, 1));
t('socket_set_option invalid level', fn() => socket_set_option($z, -12345, 1, 1));
t('socket_last_error', fn() => socket_last_error($z));
t('socket_clear_error', fn() => socket_clear_error($z));
var_dump($buf, $addr, $port);

section('select with a closed socket');
foreach (['read' => 0, 'write' => 1, 'except' => 2] as $n => $i) {
    $arrs = [[$ok], [$ok], [$ok]];
    $arrs[$i] = [$ok, 'k' => $z];
    [$r, $w, $e] = $arrs;
    t("closed in $n", fn() => socket_select($r, $w, $e, 0));
    var_dump(count($r), count($w), count($e));
}
t('only closed', function () use ($z) { $r = [$z]; $w = null; $e = null; return socket_select($r, $w, $e, 0); });

section('closed socket in create_pair result var is replaced');
$pair = [$z];
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair), $pair[0] instanceof Socket);
t('pair[0] usable', fn() => socket_write($pair[0], "x"));

section('the check comes before other argument checks');
t('read len -1', fn() => socket_read($z, -1));
t('connect AF_INET null port', fn() => socket_connect($z, '127.0.0.1'));
t('sendto null port', fn() => socket_sendto($z, 'x', 1, 0, '127.0.0.1'));
t('get_option invalid', fn() => socket_get_option($z, SOL_SOCKET, -1));
t('set_option linger not array', fn() => socket_set_option($z, SOL_SOCKET, SO_LINGER, 1));
t('bind unix long', fn() => socket_bind($z, str_repeat('x', 300)));
