--TEST--
AF_UNIX stream server on a path: client's getpeername is the path, server side's peer name is empty
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
$path = sk_tmp_path('ustream');
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($l, $path), socket_listen($l));
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c, $path));
$s = socket_accept($l);
var_dump(socket_getpeername($c, $p), $p === $path);
var_dump(socket_getpeername($s, $q), $q);
var_dump(socket_getsockname($s, $n), $n === $path);
var_dump(socket_getsockname($c, $m), $m);
var_dump(socket_getpeername($c, $p2, $port), $port);
var_dump(socket_write($c, "unix stream"), socket_read($s, 100));
unlink($path);
?>
--CLEAN--
<?php @unlink(sys_get_temp_dir() . '/skng_ustream_' . getmypid() . '.sock'); ?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(0) ""
bool(true)
bool(true)
bool(true)
string(0) ""
bool(true)
NULL
int(11)
string(11) "unix stream"
