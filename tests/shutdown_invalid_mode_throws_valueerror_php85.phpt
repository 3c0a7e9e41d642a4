--TEST--
socket_shutdown() with a mode other than SHUT_RD, SHUT_WR, SHUT_RDWR throws ValueError (PHP 8.5) and shuts nothing down
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
<?php if (PHP_VERSION_ID < 80500) die('skip PHP 8.5 behaviour: earlier versions warn EINVAL (tests/shutdown_invalid_mode_fails_einval.phpt)'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
foreach ([3, -1, 100, PHP_INT_MAX] as $how) {
    try {
        var_dump(socket_shutdown($p[0], $how));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_last_error($p[0]));
var_dump(socket_write($p[0], "ok"), socket_read($p[1], 10));
var_dump(socket_shutdown($p[0], SHUT_WR), socket_read($p[1], 10));
?>
--EXPECT--
socket_shutdown(): Argument #2 ($mode) must be one of SHUT_RD, SHUT_WR or SHUT_RDWR
socket_shutdown(): Argument #2 ($mode) must be one of SHUT_RD, SHUT_WR or SHUT_RDWR
socket_shutdown(): Argument #2 ($mode) must be one of SHUT_RD, SHUT_WR or SHUT_RDWR
socket_shutdown(): Argument #2 ($mode) must be one of SHUT_RD, SHUT_WR or SHUT_RDWR
int(0)
int(2)
string(2) "ok"
bool(true)
string(0) ""
