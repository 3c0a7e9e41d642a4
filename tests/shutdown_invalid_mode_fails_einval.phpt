--TEST--
socket_shutdown() with a mode other than 0, 1, 2 warns EINVAL (before PHP 8.5)
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
<?php if (PHP_VERSION_ID >= 80500) die('skip PHP 8.5 throws instead: tests/shutdown_invalid_mode_throws_valueerror_php85.phpt'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
foreach ([3, -1, 100] as $how) {
    var_dump(socket_shutdown($p[0], $how));
}
var_dump(socket_last_error($p[0]));
var_dump(socket_write($p[0], "ok"), socket_read($p[1], 10));
?>
--EXPECTF--
Warning: socket_shutdown(): Unable to shutdown socket [22]: Invalid argument in %s on line %d
bool(false)

Warning: socket_shutdown(): Unable to shutdown socket [22]: Invalid argument in %s on line %d
bool(false)

Warning: socket_shutdown(): Unable to shutdown socket [22]: Invalid argument in %s on line %d
bool(false)
int(22)
int(2)
string(2) "ok"
