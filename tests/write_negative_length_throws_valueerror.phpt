--TEST--
socket_write() and socket_send() with a negative length throw ValueError and send nothing
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
foreach ([-1, PHP_INT_MIN] as $len) {
    try {
        var_dump(socket_write($a, "data", $len));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        var_dump(socket_send($a, "data", $len, 0));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        var_dump(socket_sendto($a, "data", $len, 0, 'x'));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
socket_set_nonblock($b);
var_dump(socket_read($b, 100), socket_last_error($b));
?>
--EXPECT--
socket_write(): Argument #3 ($length) must be greater than or equal to 0
socket_send(): Argument #3 ($length) must be greater than or equal to 0
socket_sendto(): Argument #3 ($length) must be greater than or equal to 0
socket_write(): Argument #3 ($length) must be greater than or equal to 0
socket_send(): Argument #3 ($length) must be greater than or equal to 0
socket_sendto(): Argument #3 ($length) must be greater than or equal to 0
bool(false)
int(11)
