--TEST--
socket_sendto() AF_UNIX with an over-long path: the bundled extension truncates it and fails with ENOENT
--DESCRIPTION--
Unlike bind/connect, the bundled socket_sendto() does not reject addresses longer than sun_path;
it copies at most 108 bytes, so the result is a plain ENOENT warning.
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded');
// PHP 8.4 refuses the path with a ValueError: tests/sendto_unix_path_too_long_php84.phpt.
if (PHP_VERSION_ID >= 80400) die('skip PHP 8.2 and 8.3 behaviour'); ?>
--FILE--
<?php
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_sendto($u, "x", 1, 0, '/nonexistent-skng/' . str_repeat('p', 200)));
var_dump(socket_last_error($u));
?>
--EXPECTF--
Warning: socket_sendto(): Unable to write to socket [2]: No such file or directory in %s on line %d
bool(false)
int(2)
