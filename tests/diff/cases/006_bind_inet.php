<?php
require __DIR__ . '/_lib.inc';

section('bind 127.0.0.1:0');
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('bind', fn() => socket_bind($s, '127.0.0.1', 0));
socket_getsockname($s, $a, $p);
var_dump($a, $p > 0);
t('bind again (already bound)', fn() => socket_bind($s, '127.0.0.1', 0));
errs($s);

section('default port arg');
$s2 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('bind without port', fn() => socket_bind($s2, '127.0.0.1'));
socket_getsockname($s2, $a, $p);
var_dump($a, $p > 0);

section('address in use');
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
$s3 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('bind used port', fn() => socket_bind($s3, '127.0.0.1', port_of($l)));
errs($s3);
t('bind used port on 0.0.0.0', fn() => socket_bind($s3, '0.0.0.0', port_of($l)));
errs($s3);
$s4 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($s4, SOL_SOCKET, SO_REUSEADDR, 1);
t('bind used port with SO_REUSEADDR (listener active)', fn() => socket_bind($s4, '127.0.0.1', port_of($l)));
errs($s4);
$s5 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($s5, SOL_SOCKET, SO_REUSEPORT, 1);
t('bind used port with SO_REUSEPORT only on the new one', fn() => socket_bind($s5, '127.0.0.1', port_of($l)));
errs($s5);
// The UDP port must be free for TCP too, or the TCP bind below fails for another reason (a TCP
// connection of an earlier test in TIME_WAIT on the same ephemeral number made this case flaky):
// take a port TCP can bind, then bind UDP to it (retrying with another port if UDP holds it).
for ($try = 0; $try < 50; $try++) {
    $probe = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_bind($probe, '127.0.0.1', 0);
    $u1 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
    $ok = @socket_bind($u1, '127.0.0.1', port_of($probe));
    socket_close($probe);
    if ($ok) break;
    socket_close($u1);
}
socket_clear_error();
$u2 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('UDP bind used port', fn() => socket_bind($u2, '127.0.0.1', port_of($u1)));
errs($u2);
$tcp = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('TCP bind port used only by UDP', fn() => socket_bind($tcp, '127.0.0.1', port_of($u1)));
errs($tcp);

section('addresses');
foreach (['0.0.0.0', '127.0.0.1', '127.1.2.3', 'localhost', '127.1', '0x7f.1', '2130706433', '1.2.3.4', '255.255.255.255',
          '999.1.1.1', 'abc', '', ' ', '127.0.0.1 ', '::1', '::', '::ffff:127.0.0.1', '[127.0.0.1]',
          'no-such-host.invalid', "127.0.0.1\0junk"] as $addr) {
    $x = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
    t('bind ' . json_encode($addr), fn() => socket_bind($x, $addr, 0));
    if (socket_getsockname($x, $got)) {
        echo "   bound to ", $got, "\n";
    }
    errs($x);
}

section('ports');
$P = dead_port(SOCK_DGRAM);
foreach (['-1 (65535, not bound: 1.2.3.4 fails first)' => -1] as $n => $p) {
    $x = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
    t("port $n", fn() => socket_bind($x, '1.2.3.4', $p));
    errs($x);
}
foreach (['P+65536' => $P + 65536, 'P-65536' => $P - 65536, 'PHP_INT_MIN+P' => PHP_INT_MIN + $P, '65536' => 65536] as $n => $p) {
    $x = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
    t("port $n", fn() => socket_bind($x, '127.0.0.1', $p));
    $got = port_of($x);
    echo "   port ", $got === $P ? "== P" : ($got > 0 ? "other" : "0"), "\n";
}

section('types');
$x = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('port "0"', fn() => socket_bind($x, '127.0.0.1', "0"));
$x = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('port "abc"', fn() => socket_bind($x, '127.0.0.1', "abc"));
t('port null', fn() => socket_bind($x, '127.0.0.1', null));
t('address int', fn() => socket_bind($x, 0, 0));
t('address array', fn() => socket_bind($x, [], 0));
t('address null', fn() => socket_bind($x, null, 0));
t('socket null', fn() => socket_bind(null, '127.0.0.1', 0));
t('socket string', fn() => socket_bind('sock', '127.0.0.1', 0));
t('socket stdClass', fn() => socket_bind(new stdClass, '127.0.0.1', 0));
t('socket stream resource', fn() => socket_bind(STDIN, '127.0.0.1', 0));
t('one arg', fn() => socket_bind($x));
t('four args', fn() => socket_bind($x, '127.0.0.1', 0, 1));
$x = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('named', fn() => socket_bind(port: 0, address: '127.0.0.1', socket: $x));
