--TEST--
AF_UNIX bind/connect reject addresses of 108 bytes or more with ValueError; 107 bytes work
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
foreach ([108, 109, 4096] as $len) {
    try {
        var_dump(socket_bind($s, str_repeat('a', $len)));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        var_dump(socket_connect($s, str_repeat('a', $len)));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
// longest accepted: 107 bytes
$dir = sys_get_temp_dir() . '/';
$path = $dir . 'skng_len_' . getmypid() . '_';
$path .= str_repeat('x', 107 - strlen($path));
var_dump(strlen($path));
@unlink($path);
var_dump(socket_bind($s, $path));
var_dump(socket_getsockname($s, $name), $name === $path);
var_dump(socket_listen($s));
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c, $path));
unlink($path);
?>
--CLEAN--
<?php
foreach (glob(sys_get_temp_dir() . '/skng_len_' . getmypid() . '_*') as $f) @unlink($f);
?>
--EXPECT--
socket_bind(): Argument #2 ($address) must be less than 108
socket_connect(): Argument #2 ($address) must be less than 108
socket_bind(): Argument #2 ($address) must be less than 108
socket_connect(): Argument #2 ($address) must be less than 108
socket_bind(): Argument #2 ($address) must be less than 108
socket_connect(): Argument #2 ($address) must be less than 108
int(107)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
