<?php
require __DIR__ . '/_lib.inc';

section('basic');
$l = t('port 0', fn() => socket_create_listen(0));
var_dump(port_of($l) > 0);
socket_getsockname($l, $addr);
var_dump($addr);
var_dump(socket_get_option($l, SOL_SOCKET, SO_TYPE) === SOCK_STREAM);
var_dump(socket_get_option($l, SOL_SOCKET, SO_REUSEADDR));
var_dump(socket_get_option($l, SOL_SOCKET, 30)); // SO_ACCEPTCONN (no constant in 8.2)
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '127.0.0.1', port_of($l)));
$a = socket_accept($l);
var_dump($a instanceof Socket);
var_dump(socket_write($c, "hello"), socket_read($a, 10));
socket_close($a); socket_close($c);

section('port in use');
$p = port_of($l);
$l2 = t('same port again', fn() => socket_create_listen($p));
err();
socket_clear_error();
socket_close($l);

section('backlogs');
foreach ([0, 1, -1, 128, 100000, PHP_INT_MAX, PHP_INT_MIN] as $b) {
    $x = t("backlog $b", fn() => socket_create_listen(0, $b) instanceof Socket);
}
t('default backlog', fn() => socket_create_listen(0) instanceof Socket);

section('out-of-range ports wrap to 16 bits (never a fixed port: P is a free ephemeral port)');
$P = dead_port();
foreach (['65536' => 65536, 'P+65536' => $P + 65536, 'P-65536' => $P - 65536, 'P+0x7fff0000' => $P + 0x7fff0000,
          'PHP_INT_MIN+P' => PHP_INT_MIN + $P, '(PHP_INT_MAX-0xffff)+P' => (PHP_INT_MAX - 0xffff) + $P] as $n => $p) {
    t("port $n", function () use ($p, $P) {
        $s = socket_create_listen($p);
        if ($s instanceof Socket) {
            $port = port_of($s);
            return "Socket, port " . ($port === $P ? "== P" : ($port > 0 ? "other" : "0"));
        }
        return $s;
    });
    err();
    socket_clear_error();
}

section('arg types');
t('string port', fn() => socket_create_listen("0") instanceof Socket);
t('bad string port', fn() => socket_create_listen("x"));
t('array port', fn() => socket_create_listen([]));
t('null port', fn() => socket_create_listen(null) instanceof Socket);
t('float port', fn() => socket_create_listen(1.5));
t('no args', fn() => socket_create_listen());
t('too many', fn() => socket_create_listen(0, 1, 2));
t('named', fn() => socket_create_listen(backlog: 3, port: 0) instanceof Socket);
t('string backlog', fn() => socket_create_listen(0, "abc"));
