<?php
require __DIR__ . '/_lib.inc';

section('valid pairs');
foreach (['SOCK_STREAM' => SOCK_STREAM, 'SOCK_DGRAM' => SOCK_DGRAM, 'SOCK_SEQPACKET' => SOCK_SEQPACKET] as $n => $ty) {
    $pair = 'garbage';
    echo "$n: ";
    var_dump(socket_create_pair(AF_UNIX, $ty, 0, $pair));
    var_dump(is_array($pair), count($pair), array_keys($pair));
    var_dump($pair[0] instanceof Socket, $pair[1] instanceof Socket);
    var_dump(socket_get_option($pair[0], SOL_SOCKET, SO_TYPE) === $ty);
    var_dump(socket_write($pair[0], "ping"), socket_read($pair[1], 100));
    var_dump(socket_write($pair[1], "pong"), socket_read($pair[0], 100));
    var_dump(socket_getsockname($pair[0], $a), $a);
    var_dump(socket_getpeername($pair[0], $a2), $a2);
}

section('existing array replaced');
$pair = ['x' => 1, 5 => 2, 7, 8, 9];
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair));
var_dump(array_keys($pair));
$pair = null;
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair), count($pair));
$obj = new stdClass;
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $obj), is_array($obj));
unset($undef);
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $undef), count($undef));

section('failing pairs');
foreach ([[AF_INET, SOCK_STREAM, 0], [AF_INET6, SOCK_DGRAM, 0], [AF_UNIX, SOCK_STREAM, SOL_TCP],
          [AF_UNIX, SOCK_RAW, 0], [AF_UNIX, SOCK_RDM, 0], [AF_UNIX, 0, 0], [AF_UNIX, -1, 0]] as [$d, $ty, $p]) {
    $pair = 'keep';
    t("domain $d type $ty proto $p", function () use ($d, $ty, $p, &$pair) { return socket_create_pair($d, $ty, $p, $pair); });
    var_dump(is_array($pair) ? count($pair) : $pair);

    err();
    socket_clear_error();
}

section('invalid values');
$pair = 'keep';
t('domain 999', fn() => socket_create_pair(999, SOCK_STREAM, 0, $pair));
t('domain -1', fn() => socket_create_pair(-1, SOCK_STREAM, 0, $pair));
t('type 999', fn() => socket_create_pair(AF_UNIX, 999, 0, $pair));
t('type 11', fn() => socket_create_pair(AF_UNIX, 11, 0, $pair));
t('type 10', fn() => socket_create_pair(AF_UNIX, 10, 0, $pair));
var_dump($pair);
t('string domain', fn() => socket_create_pair("x", SOCK_STREAM, 0, $pair));
t('literal for by-ref', fn() => eval('return socket_create_pair(AF_UNIX, SOCK_STREAM, 0, []);'));
t('3 args', fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, 0));
t('named', function () { $r = socket_create_pair(pair: $p, domain: AF_UNIX, type: SOCK_STREAM, protocol: 0); return [$r, count($p)]; });

section('pair EOF');
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
socket_close($pair[0]);
var_dump(socket_read($pair[1], 10));
var_dump(socket_recv($pair[1], $buf, 10, 0), $buf);
var_dump(socket_write($pair[1], "x"));
err($pair[1]);
