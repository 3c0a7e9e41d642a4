<?php
require __DIR__ . '/_lib.inc';

$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_set_nonblock($s); // nothing below may block
$bad = ['null' => null, 'int' => 5, 'string' => 'sock', 'array' => [], 'stdClass' => new stdClass, 'resource' => STDOUT,
        'closure' => fn() => 1, 'float' => 1.5, 'bool' => true];

section('non-Socket first argument');
$calls = [
    'socket_bind' => fn($x) => socket_bind($x, '127.0.0.1', 0),
    'socket_listen' => fn($x) => socket_listen($x),
    'socket_accept' => fn($x) => socket_accept($x),
    'socket_connect' => fn($x) => socket_connect($x, '127.0.0.1', 1),
    'socket_read' => fn($x) => socket_read($x, 1),
    'socket_write' => fn($x) => socket_write($x, 'x'),
    'socket_recv' => fn($x) => socket_recv($x, $b, 1, 0),
    'socket_send' => fn($x) => socket_send($x, 'x', 1, 0),
    'socket_recvfrom' => fn($x) => socket_recvfrom($x, $b, 1, 0, $a, $p),
    'socket_sendto' => fn($x) => socket_sendto($x, 'x', 1, 0, '127.0.0.1', 1),
    'socket_shutdown' => fn($x) => socket_shutdown($x),
    'socket_close' => fn($x) => socket_close($x),
    'socket_set_block' => fn($x) => socket_set_block($x),
    'socket_set_nonblock' => fn($x) => socket_set_nonblock($x),
    'socket_getsockname' => fn($x) => socket_getsockname($x, $a),
    'socket_getpeername' => fn($x) => socket_getpeername($x, $a),
    'socket_get_option' => fn($x) => socket_get_option($x, SOL_SOCKET, SO_TYPE),
    'socket_set_option' => fn($x) => socket_set_option($x, SOL_SOCKET, SO_REUSEADDR, 1),
    'socket_last_error' => fn($x) => socket_last_error($x),
    'socket_clear_error' => fn($x) => socket_clear_error($x),
];
foreach ($calls as $fn => $call) {
    foreach (['null', 'string', 'stdClass', 'resource', 'closure'] as $k) {
        t("$fn($k)", fn() => $call($bad[$k]));
    }
}

section('int parameters given other types');
$intcalls = [
    'socket_create domain' => fn($v) => socket_create($v, SOCK_STREAM, 0),
    'socket_create_listen port' => fn($v) => socket_create_listen($v),
    'socket_bind port' => fn($v) => socket_bind(socket_create(AF_INET, SOCK_DGRAM, 0), '127.0.0.1', $v),
    'socket_listen backlog' => fn($v) => socket_listen(socket_create(AF_INET, SOCK_STREAM, 0), $v),
    'socket_read length' => fn($v) => socket_read($GLOBALS['s'], $v),
    'socket_recv flags' => fn($v) => socket_recv($GLOBALS['s'], $b, 10, $v),
    'socket_send length' => fn($v) => socket_send($GLOBALS['s'], 'x', $v, 0),
    'socket_sendto port' => fn($v) => socket_sendto($GLOBALS['s'], 'x', 1, 0, '127.0.0.1', $v),
    'socket_shutdown mode' => fn($v) => socket_shutdown($GLOBALS['s'], $v),
    'socket_strerror code' => fn($v) => socket_strerror($v),
    'socket_get_option level' => fn($v) => socket_get_option($GLOBALS['s'], $v, SO_TYPE),
    'socket_select seconds' => function ($v) { $r = [$GLOBALS['s']]; $w = $e = null; return socket_select($r, $w, $e, $v); },
];
foreach ($intcalls as $n => $call) {
    foreach (['array' => [], 'stdClass' => new stdClass, 'string' => 'abc', 'numeric-leading' => '12abc', 'float-string' => '0.5', 'resource' => STDIN] as $k => $v) {
        t("$n <- $k", fn() => $call($v));
    }
}

section('string parameters given other types');
$strcalls = [
    'socket_bind address' => fn($v) => socket_bind(socket_create(AF_INET, SOCK_DGRAM, 0), $v, 0),
    'socket_connect address' => fn($v) => socket_connect(socket_create(AF_INET, SOCK_DGRAM, 0), $v, 9),
    'socket_write data' => fn($v) => socket_write(socket_create(AF_INET, SOCK_DGRAM, 0), $v),
    'socket_send data' => fn($v) => socket_send(socket_create(AF_INET, SOCK_DGRAM, 0), $v, 1, 0),
    'socket_sendto address' => fn($v) => socket_sendto(socket_create(AF_INET, SOCK_DGRAM, 0), 'x', 1, 0, $v, 9),
];
foreach ($strcalls as $n => $call) {
    foreach (['array' => [], 'stdClass' => new stdClass, 'resource' => STDIN, 'Socket' => $s] as $k => $v) {
        t("$n <- $k", fn() => $call($v));
    }
}
