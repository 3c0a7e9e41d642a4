--TEST--
read, write, recv, send, recvfrom, sendto on a Socket whose stream was fclose()d warn EBADF and return false
--DESCRIPTION--
Both read modes of socket_read; the by-reference arguments of socket_recv and socket_recvfrom
are left as the bundled extension leaves them.
Issue 18: php-src's socket_export_stream-4.phpt and socket_import_stream-4.phpt. The bundled
extension gets this by calling the system with the old descriptor number; sockets-ng calls it with
-1, so no file that has taken the number since is touched (stream_fclose_socket_never_touches_the_reused_number.phpt).
--FILE--
<?php
require __DIR__ . '/include/stream_closed.inc';

sk_call_without_stream('socket_write', fn($s) => socket_write($s, 'data'));
sk_call_without_stream('socket_read binary', fn($s) => socket_read($s, 10));
sk_call_without_stream('socket_read normal', fn($s) => socket_read($s, 10, PHP_NORMAL_READ));
sk_call_without_stream('socket_send', fn($s) => socket_send($s, 'data', 4, 0));
sk_call_without_stream('socket_sendto', fn($s) => socket_sendto($s, 'data', 4, 0, '127.0.0.1', 9));
sk_call_without_stream('socket_recv', function ($s) {
    $data = 'before';
    $r = socket_recv($s, $data, 10, 0);
    var_dump($data);
    return $r;
});
sk_call_without_stream('socket_recvfrom', function ($s) {
    $data = 'before'; $addr = 'addr before'; $port = 1;
    $r = socket_recvfrom($s, $data, 10, 0, $addr, $port);
    var_dump($data, $addr, $port);
    return $r;
});
?>
--EXPECTF--
-- socket_write (exported)

Warning: socket_write(): unable to write to socket [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_write (imported)

Warning: socket_write(): unable to write to socket [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_read binary (exported)

Warning: socket_read(): unable to read from socket [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_read binary (imported)

Warning: socket_read(): unable to read from socket [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_read normal (exported)

Warning: socket_read(): unable to read from socket [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_read normal (imported)

Warning: socket_read(): unable to read from socket [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_send (exported)

Warning: socket_send(): Unable to write to socket [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_send (imported)

Warning: socket_send(): Unable to write to socket [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_sendto (exported)

Warning: socket_sendto(): Unable to write to socket [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_sendto (imported)

Warning: socket_sendto(): Unable to write to socket [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_recv (exported)

Warning: socket_recv(): Unable to read from socket [9]: Bad file descriptor in %s on line %d
NULL
bool(false)
last error: 9 / 9
-- socket_recv (imported)

Warning: socket_recv(): Unable to read from socket [9]: Bad file descriptor in %s on line %d
NULL
bool(false)
last error: 9 / 9
-- socket_recvfrom (exported)

Warning: socket_recvfrom(): Unable to recvfrom [9]: Bad file descriptor in %s on line %d
string(6) "before"
string(11) "addr before"
int(1)
bool(false)
last error: 9 / 9
-- socket_recvfrom (imported)

Warning: socket_recvfrom(): Unable to recvfrom [9]: Bad file descriptor in %s on line %d
string(6) "before"
string(11) "addr before"
int(1)
bool(false)
last error: 9 / 9
