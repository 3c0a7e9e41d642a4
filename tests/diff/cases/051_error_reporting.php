<?php
require __DIR__ . '/_lib.inc';

$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$dead = dead_port();

section('@ suppresses the warning but still records the error');
var_dump(@socket_connect($s, '127.0.0.1', $dead));
var_dump(socket_last_error($s), error_get_last()['message'] ?? null);
error_clear_last();

section('error_get_last after a warning');
$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($u, '127.0.0.1', $dead);
$e = error_get_last();
var_dump($e['type'] === E_WARNING, $e['message']);

section('error handler receives the warning');
set_error_handler(function ($no, $str, $file, $line) {
    echo "handler: [$no] $str (line ", $line > 0 ? 'ok' : 'none', ")\n";
    return true;
});
$v = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($v, '127.0.0.1', $dead));
var_dump(socket_bind($v, 'no-such-host.invalid', 0));
var_dump(socket_create(AF_INET, SOCK_STREAM, SOL_UDP));
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_close($p[0]);
var_dump(socket_write($p[1], "x"));
restore_error_handler();

section('error handler that throws');
set_error_handler(function ($no, $str) { throw new ErrorException($str, 0, $no); });
$w = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
try {
    socket_connect($w, '127.0.0.1', $dead);
    echo "not reached\n";
} catch (ErrorException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
var_dump(socket_last_error($w));
try {
    $x = socket_create(AF_INET, SOCK_STREAM, SOL_UDP);
    echo "not reached\n";
} catch (ErrorException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
try {
    $r = [$w]; $wr = null; $ex = null;
    socket_select($r, $wr, $ex, -1);
} catch (ErrorException $e) {
    echo "caught: ", $e->getMessage(), "\n";
    var_dump(count($r));
}
try {
    socket_create_pair(AF_INET, SOCK_STREAM, 0, $pp);
} catch (ErrorException $e) {
    echo "caught: ", $e->getMessage(), "\n";
    var_dump(isset($pp));
}
restore_error_handler();

section('error_reporting(0) hides warnings');
$old = error_reporting(0);
var_dump(socket_connect(socket_create(AF_INET, SOCK_STREAM, SOL_TCP), '127.0.0.1', $dead));
error_reporting($old);
var_dump(socket_last_error());

section('E_DEPRECATED from null args goes to handler too');
set_error_handler(function ($no, $str) { echo "handler: [$no] $str\n"; return true; });
var_dump(socket_strerror(null));
restore_error_handler();

section('exceptions inside the select array copy');
set_error_handler(function ($no, $str) { throw new RuntimeException($str); });
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
$r = ['a' => $q[0], 'b' => $q[1]]; $wr = null; $ex = null;
try { var_dump(socket_select($r, $wr, $ex, 0, -5)); } catch (RuntimeException $e) { echo "caught: ", $e->getMessage(), "\n"; }
var_dump(array_keys($r));
restore_error_handler();
