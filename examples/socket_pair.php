<?php
/*
 * socket_pair.php - socket_create_pair(): two connected, indistinguishable sockets (typically used for
 * inter-process communication); write "ABCdef123\n" on one end and read it on the other.
 *
 * Source: seed 004 (Chinese tutorial "PHP的Socket网络编程", section "socket_create_pair()"; the same
 * example is in the PHP manual). No network, no port: an AF_UNIX stream pair.
 *
 * What was modernised: failures stop the script with exit code 1 (the seed went on with an invalid
 * pair) and the error lines end with a newline.
 *
 * Usage: php socket_pair.php      prints: string(10) "ABCdef123\n" (with a real newline)
 */

error_reporting(E_ALL);

$sockets = array();

/* Setup socket pair */
if (socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $sockets) === false) {
    echo "socket_create_pair failed. Reason: " . socket_strerror(socket_last_error()) . "\n";
    exit(1);
}

/* Send and Receive Data */
if (socket_write($sockets[0], "ABCdef123\n", strlen("ABCdef123\n")) === false) {
    echo "socket_write() failed. Reason: " . socket_strerror(socket_last_error($sockets[0])) . "\n";
    exit(1);
}
if (($data = socket_read($sockets[1], strlen("ABCdef123\n"), PHP_BINARY_READ)) === false) {
    echo "socket_read() failed. Reason: " . socket_strerror(socket_last_error($sockets[1])) . "\n";
    exit(1);
}
var_dump($data);

/* Close sockets */
socket_close($sockets[0]);
socket_close($sockets[1]);
