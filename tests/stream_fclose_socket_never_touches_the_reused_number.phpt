--TEST--
A Socket whose stream was fclose()d never touches the file that takes its old descriptor number
--DESCRIPTION--
A Socket and the stream it was exported to (socket_export_stream) or imported from
(socket_import_stream) share one descriptor, which the stream owns. After fclose() the number is
free, and the next file opened takes it (the lowest free number). Every socket_* call on the Socket
must then fail as for a descriptor that is no longer open (EBADF, the bundled extension's warnings:
stream_closed_socket_*.phpt), without acting on that other file: nothing written into it, its
options and its connection left alone, it is not polled nor sent by SCM_RIGHTS.
Differs from the bundled extension on purpose: the bundled Socket keeps the old number, so its
socket_write writes into the other file, socket_shutdown shuts it down, socket_select polls it.
Also: socket_close() closes an exported stream (fwrite's TypeError is worded by the PHP version).
--SKIPIF--
<?php
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension acts on the file that reuses the number');
?>
--FILE--
<?php
require __DIR__ . '/include/stream_closed.inc';

socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $channel);
foreach (['exported', 'imported'] as $how) {
    echo "-- $how\n";
    $sock = sk_socket_without_stream($how);
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $other);   // $other[0] takes the old number

    var_dump(socket_write($sock, 'INTO-THE-OTHER'));
    var_dump(socket_sendto($sock, 'INTO-THE-OTHER', 14, 0, '127.0.0.1', 9));
    var_dump(socket_set_option($sock, SOL_SOCKET, SO_KEEPALIVE, 1));
    var_dump(socket_shutdown($sock, 2));
    var_dump(socket_atmark($sock));
    var_dump(socket_wsaprotocol_info_export($sock, getmypid()));
    $r = [$sock]; $w = [$sock]; $e = null;
    var_dump(socket_select($r, $w, $e, 0));
    var_dump(socket_sendmsg($channel[0], ['iov' => ['x'],
        'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$sock]]]], 0));
    try {
        socket_close($sock);
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }

    echo "the other file:\n";
    var_dump(socket_get_option($other[0], SOL_SOCKET, SO_KEEPALIVE));
    socket_set_nonblock($other[1]);
    var_dump(@socket_read($other[1], 100));   // nothing was written into it
    var_dump(socket_write($other[0], 'still open'), socket_read($other[1], 100));
    var_dump(socket_write($other[1], 'both ways'), socket_read($other[0], 100));
    socket_set_nonblock($channel[1]);
    $m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
    var_dump(@socket_recvmsg($channel[1], $m, 0));   // nothing was sent
}

echo "-- socket_close() then the stream\n";
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$stream = socket_export_stream($pair[0]);
socket_close($pair[0]);
var_dump($stream);
try {
    fwrite($stream, 'x');
} catch (TypeError $e) {
    // PHP 8.5 names the argument (php-src pull request 18078); earlier versions do not.
    $words = PHP_VERSION_ID >= 80500
        ? 'fwrite(): Argument #1 ($stream) must be an open stream resource'
        : 'fwrite(): supplied resource is not a valid stream resource';
    echo 'TypeError: ', $e->getMessage() === $words ? 'as this PHP version words it' : $e->getMessage(), "\n";
}
var_dump(socket_read($pair[1], 10));   // the peer sees the end: the descriptor is really closed
?>
--EXPECTF--
-- exported

Warning: socket_write(): unable to write to socket [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_sendto(): Unable to write to socket [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_set_option(): Unable to set socket option [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_shutdown(): Unable to shutdown socket [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_atmark(): Unable to apply sockmark [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_wsaprotocol_info_export(): Unable to export WSA protocol info [9]: cannot duplicate the socket: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_select(): Unable to select [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_sendmsg(): Error in sendmsg [9]: Bad file descriptor in %s on line %d
bool(false)
TypeError: socket_close(): supplied resource is not a valid stream resource
the other file:
int(0)
bool(false)
int(10)
string(10) "still open"
int(9)
string(9) "both ways"
bool(false)
-- imported

Warning: socket_write(): unable to write to socket [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_sendto(): Unable to write to socket [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_set_option(): Unable to set socket option [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_shutdown(): Unable to shutdown socket [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_atmark(): Unable to apply sockmark [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_wsaprotocol_info_export(): Unable to export WSA protocol info [9]: cannot duplicate the socket: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_select(): Unable to select [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_sendmsg(): Error in sendmsg [9]: Bad file descriptor in %s on line %d
bool(false)
TypeError: socket_close(): supplied resource is not a valid stream resource
the other file:
int(0)
bool(false)
int(10)
string(10) "still open"
int(9)
string(9) "both ways"
bool(false)
-- socket_close() then the stream
resource(%d) of type (Unknown)
TypeError: as this PHP version words it
string(0) ""
