--TEST--
PHP 8.4: socket_sendto() on AF_UNIX refuses a path of 108 bytes or more with a ValueError
--SKIPIF--
<?php if (PHP_VERSION_ID < 80400) die('skip PHP 8.4 behaviour (8.2 cuts the path silently: diff case 026)'); ?>
--FILE--
<?php
$s = socket_create(AF_UNIX, SOCK_DGRAM, 0);
foreach ([str_repeat('a', 107), str_repeat('a', 108), "\0" . str_repeat('a', 110), "ab\0" . str_repeat('a', 110)] as $path) {
    try {
        var_dump(@socket_sendto($s, "x", 1, 0, $path), socket_last_error($s) === SOCKET_ENOENT);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    socket_sendto($s, "x", -1, 0, str_repeat('a', 200));
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(false)
bool(true)
socket_sendto(): Argument #5 ($address) must be less than 108
socket_sendto(): Argument #5 ($address) must be less than 108
socket_sendto(): Argument #5 ($address) must be less than 108
socket_sendto(): Argument #3 ($length) must be greater than or equal to 0
