--TEST--
socket_connect() on AF_INET/AF_INET6 without a port throws ValueError; AF_UNIX ignores the port
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
foreach ([AF_INET => '127.0.0.1', AF_INET6 => '::1'] as $d => $h) {
    $s = socket_create($d, SOCK_STREAM, 0);
    try {
        var_dump(socket_connect($s, $h));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        var_dump(socket_connect($s, $h, null));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
require __DIR__ . '/include/sockets.inc';
$path = sk_tmp_path('cport');
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($l, $path);
socket_listen($l);
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($u, $path, 1234));
unlink($path);
?>
--CLEAN--
<?php @unlink(sys_get_temp_dir() . '/skng_cport_' . getmypid() . '.sock'); ?>
--EXPECT--
socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET
socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET
socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET6
socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET6
bool(true)
