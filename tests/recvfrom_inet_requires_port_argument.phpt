--TEST--
socket_recvfrom() on AF_INET/AF_INET6 needs the port argument; socket_sendto() needs a port
--DESCRIPTION--
PHP 8.6 words the ArgumentCountError "socket_recvfrom() expects exactly 6 arguments when argument #1
($socket) is of type AF_INET or AF_INET6"; earlier versions "Wrong parameter count for socket_recvfrom()".
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
foreach ([AF_INET => '127.0.0.1', AF_INET6 => '::1'] as $d => $h) {
    $s = socket_create($d, SOCK_DGRAM, SOL_UDP);
    socket_bind($s, $h, 0);
    socket_getsockname($s, $x, $port);
    socket_sendto($s, "msg", 3, 0, $h, $port);
    try {
        var_dump(socket_recvfrom($s, $buf, 10, 0, $from));
    } catch (ArgumentCountError $e) {
        $want = PHP_VERSION_ID >= 80600
            ? 'socket_recvfrom() expects exactly 6 arguments when argument #1 ($socket) is of type AF_INET or AF_INET6'
            : 'Wrong parameter count for socket_recvfrom()';
        echo get_class($e), ': ', $e->getMessage() === $want ? "this PHP's words" : $e->getMessage(), "\n";
    }
    try {
        var_dump(socket_sendto($s, "msg", 3, 0, $h));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        var_dump(socket_sendto($s, "msg", 3, 0, $h, null));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
ArgumentCountError: this PHP's words
socket_sendto(): Argument #6 ($port) cannot be null when the socket type is AF_INET
socket_sendto(): Argument #6 ($port) cannot be null when the socket type is AF_INET
ArgumentCountError: this PHP's words
socket_sendto(): Argument #6 ($port) cannot be null when the socket type is AF_INET6
socket_sendto(): Argument #6 ($port) cannot be null when the socket type is AF_INET6
