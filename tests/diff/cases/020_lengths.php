<?php
require __DIR__ . '/_lib.inc';

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($b);

function drain($s) { $r = @socket_recv($s, $buf, 1000, MSG_DONTWAIT); socket_clear_error($s); socket_clear_error(); return $buf; }

section('socket_write lengths');
foreach (['null' => null, '0' => 0, '1' => 1, '3' => 3, '5 (=strlen)' => 5, '6 (> strlen)' => 6, '1000' => 1000,
          'PHP_INT_MAX' => PHP_INT_MAX, '-1' => -1, 'PHP_INT_MIN' => PHP_INT_MIN] as $n => $len) {
    t("write len $n", fn() => socket_write($a, "hello", $len));
    var_dump(drain($b));
}
t('write empty string', fn() => socket_write($a, ""));
t('write empty string len 5', fn() => socket_write($a, "", 5));
t('write len "2"', fn() => socket_write($a, "hello", "2"));
var_dump(drain($b));
t('write len "x"', fn() => socket_write($a, "hello", "x"));
t('write int data', fn() => socket_write($a, 12345));
var_dump(drain($b));
t('write float data', fn() => socket_write($a, 1.5));
var_dump(drain($b));
t('write bool data', fn() => socket_write($a, true));
var_dump(drain($b));
t('write null data', fn() => socket_write($a, null));
t('write array data', fn() => socket_write($a, []));
t('write Stringable', fn() => socket_write($a, new class { function __toString(): string { return "obj"; } }));
var_dump(drain($b));
t('write named', fn() => socket_write(data: "named", socket: $a, length: 2));
var_dump(drain($b));

section('socket_send lengths');
foreach (['0' => 0, '1' => 1, '5' => 5, '6' => 6, 'PHP_INT_MAX' => PHP_INT_MAX, '-1' => -1, 'PHP_INT_MIN' => PHP_INT_MIN] as $n => $len) {
    t("send len $n", fn() => socket_send($a, "hello", $len, 0));
    var_dump(drain($b));
}
t('send len null', fn() => socket_send($a, "hello", null, 0));
var_dump(drain($b));
t('send flags null', fn() => socket_send($a, "hello", 5, null));
var_dump(drain($b));
t('send no flags arg', fn() => socket_send($a, "hello", 5));
t('send empty', fn() => socket_send($a, "", 0, 0));

section('socket_recv lengths');
foreach (['0' => 0, '1' => 1, '-1' => -1, 'PHP_INT_MIN' => PHP_INT_MIN, '0x7fffffff' => 0x7fffffff, '0x80000000' => 0x80000000] as $n => $len) {
    socket_write($a, "abc");
    t("recv len $n", function () use ($b, $len) { $buf = 'preset'; $r = socket_recv($b, $buf, $len, 0); return [$r, $buf]; });
    errs($b);
    var_dump(drain($b));
}

section('socket_recvfrom lengths');
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $d);
socket_set_nonblock($d[1]);
foreach (['0' => 0, '1' => 1, '-1' => -1, '0x7fffffff' => 0x7fffffff] as $n => $len) {
    socket_write($d[0], "dgram");
    t("recvfrom len $n", function () use ($d, $len) { $buf = 'preset'; $r = socket_recvfrom($d[1], $buf, $len, 0, $from); return [$r, $buf, $from]; });
    errs($d[1]);
    var_dump(drain($d[1]));
}

section('socket_sendto lengths');
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '127.0.0.1', 0);
socket_set_nonblock($u);
$su = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
foreach (['0' => 0, '2' => 2, '5' => 5, '9' => 9, 'PHP_INT_MAX' => PHP_INT_MAX, '-1' => -1] as $n => $len) {
    t("sendto len $n", fn() => socket_sendto($su, "hello", $len, 0, '127.0.0.1', port_of($u)));
    if (wait_readable($u, 200)) { socket_recvfrom($u, $buf, 100, 0, $from, $port); var_dump($buf); } else { echo "   (nothing arrived)\n"; }
}
