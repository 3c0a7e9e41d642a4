--TEST--
socket_strerror() maps errno values, resolver codes (-10001..-10004) unknown codes, and rejects values outside the C int range
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
foreach ([0, SOCKET_EAGAIN, SOCKET_EINPROGRESS, SOCKET_ECONNREFUSED, SOCKET_ECONNRESET, SOCKET_EPIPE,
          SOCKET_EADDRINUSE, SOCKET_ENOTCONN, 2, 22] as $c) {
    echo $c, ': ', socket_strerror($c), "\n";
}
foreach ([-10001, -10002, -10003, -10004, -10005, -10099] as $c) {
    echo $c, ': ', socket_strerror($c), "\n";
}
foreach ([-10000, -1, 99999, 2147483647, -2147483648] as $c) {
    echo $c, ': ', socket_strerror($c), "\n";
}
foreach ([PHP_INT_MAX, 2147483648, -2147483649] as $c) {
    try {
        var_dump(socket_strerror($c));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
0: Success
11: Resource temporarily unavailable
115: Operation now in progress
111: Connection refused
104: Connection reset by peer
32: Broken pipe
98: Address already in use
107: Transport endpoint is not connected
2: No such file or directory
22: Invalid argument
-10001: Unknown host
-10002: Host name lookup failure
-10003: Unknown server error
-10004: No address associated with name
-10005: Unknown resolver error
-10099: Unknown resolver error
-10000: Unknown error -10000
-1: Unknown error -1
99999: Unknown error 99999
2147483647: Unknown error 2147483647
-2147483648: Unknown resolver error
socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
