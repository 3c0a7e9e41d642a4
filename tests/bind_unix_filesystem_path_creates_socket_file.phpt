--TEST--
socket_bind() AF_UNIX to a path creates a socket file; binding an existing path fails EADDRINUSE
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
$path = sk_tmp_path('bindfs');
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(file_exists($path));
var_dump(socket_bind($s, $path));
clearstatcache();
var_dump(file_exists($path), filetype($path));
var_dump(socket_getsockname($s, $name), $name === $path);
$t = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($t, $path));
var_dump(socket_last_error($t));
socket_close($s);
clearstatcache();
var_dump(file_exists($path)); // closing does not unlink
unlink($path);
?>
--CLEAN--
<?php @unlink(sys_get_temp_dir() . '/skng_bindfs_' . getmypid() . '.sock'); ?>
--EXPECTF--
bool(false)
bool(true)
bool(true)
string(6) "socket"
bool(true)
bool(true)

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
int(98)
bool(true)
