--TEST--
socket_connect() AF_UNIX to a missing path warns ENOENT; to a non-socket file ECONNREFUSED; to an empty address EINVAL
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$missing = sys_get_temp_dir() . '/skng_missing_' . getmypid() . '.sock';
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($s, $missing));
var_dump(socket_last_error($s));
$file = sys_get_temp_dir() . '/skng_plain_' . getmypid() . '.txt';
file_put_contents($file, 'x');
$s2 = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($s2, $file));
var_dump(socket_last_error($s2));
unlink($file);
$s3 = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($s3, ''));
var_dump(socket_last_error($s3));
?>
--CLEAN--
<?php @unlink(sys_get_temp_dir() . '/skng_plain_' . getmypid() . '.txt'); ?>
--EXPECTF--
Warning: socket_connect(): unable to connect [2]: No such file or directory in %s on line %d
bool(false)
int(2)

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)
int(111)

Warning: socket_connect(): unable to connect [22]: Invalid argument in %s on line %d
bool(false)
int(22)
