<?php
require __DIR__ . '/_lib.inc';

section('initial state');
var_dump(socket_last_error());
$a = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_last_error($a), socket_last_error($b));

section('failure on a sets a and global, not b');
@socket_connect($a, '127.0.0.1', dead_port());
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());

section('success does not reset');
socket_bind($b, '127.0.0.1', 0);
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());

section('failure on b overwrites global');
@socket_bind($b, '127.0.0.1', 0);
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());

section('clear a only');
socket_clear_error($a);
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());

section('clear global only');
socket_clear_error();
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());

section('socket_create failure sets global only');
@socket_create(AF_INET, SOCK_STREAM, SOL_UDP);
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());
socket_clear_error();

section('socket_create_pair failure sets global');
@socket_create_pair(AF_INET, SOCK_STREAM, 0, $p);
var_dump(socket_last_error());
socket_clear_error();

section('create_listen failure sets global');
$l = socket_create_listen(0);
@socket_create_listen(port_of($l));
var_dump(socket_last_error());
socket_clear_error();

section('accept failure sets global only');
$x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_accept($x);
var_dump(socket_last_error($x), socket_last_error());
socket_clear_error();

section('select timing out leaves errors alone');
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pp);
$r = [$pp[0]]; $w = null; $e = null;
var_dump(socket_select($r, $w, $e, 0));
var_dump(socket_last_error($pp[0]), socket_last_error());

section('host lookup failure');
@socket_connect($a, 'no-such-host.invalid', 80);
var_dump(socket_last_error($a), socket_last_error());
socket_clear_error($a); socket_clear_error();

section('set_option / get_option failure');
@socket_set_option($a, -1, -1, 1);
var_dump(socket_last_error($a), socket_last_error());
socket_clear_error($a); socket_clear_error();
@socket_get_option($a, -1, -1);
var_dump(socket_last_error($a), socket_last_error());
socket_clear_error($a); socket_clear_error();

section('EAGAIN is recorded but not warned');
socket_set_nonblock($pp[1]);
var_dump(socket_read($pp[1], 1));
var_dump(socket_last_error($pp[1]), socket_last_error());

section('ValueError does not touch errors');
socket_clear_error($pp[1]); socket_clear_error();
try { socket_write($pp[1], "x", -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(socket_last_error($pp[1]), socket_last_error());

section('errors survive socket close of another socket');
@socket_bind($b, '127.0.0.1', 0);
socket_close($a);
var_dump(socket_last_error($b), socket_last_error());

section('arguments');
t('last_error null', fn() => socket_last_error(null));
t('clear_error null', fn() => socket_clear_error(null));
t('last_error string', fn() => socket_last_error("x"));
t('last_error 2 args', fn() => socket_last_error($b, 1));
t('clear_error 2 args', fn() => socket_clear_error($b, 1));
t('named', fn() => socket_last_error(socket: $b));
t('clear_error returns', fn() => socket_clear_error($b));
var_dump(socket_last_error($b));
