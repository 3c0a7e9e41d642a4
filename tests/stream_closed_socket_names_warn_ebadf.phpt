--TEST--
socket_getsockname and socket_getpeername on a Socket whose stream was fclose()d warn EBADF and return false
--DESCRIPTION--
The address and port arguments are left as the bundled extension leaves them.
Issue 18: php-src's socket_export_stream-4.phpt and socket_import_stream-4.phpt. The bundled
extension gets this by calling the system with the old descriptor number; sockets-ng calls it with
-1, so no file that has taken the number since is touched (stream_fclose_socket_never_touches_the_reused_number.phpt).
--FILE--
<?php
require __DIR__ . '/include/stream_closed.inc';

foreach (['socket_getsockname', 'socket_getpeername'] as $function) {
    sk_call_without_stream($function, function ($s) use ($function) {
        $addr = 'addr before'; $port = 1;
        $r = $function($s, $addr, $port);
        var_dump($addr, $port);
        return $r;
    });
}
?>
--EXPECTF--
-- socket_getsockname (exported)

Warning: socket_getsockname(): unable to retrieve socket name [9]: Bad file descriptor in %s on line %d
string(11) "addr before"
int(1)
bool(false)
last error: 9 / 9
-- socket_getsockname (imported)

Warning: socket_getsockname(): unable to retrieve socket name [9]: Bad file descriptor in %s on line %d
string(11) "addr before"
int(1)
bool(false)
last error: 9 / 9
-- socket_getpeername (exported)

Warning: socket_getpeername(): unable to retrieve peer name [9]: Bad file descriptor in %s on line %d
string(11) "addr before"
int(1)
bool(false)
last error: 9 / 9
-- socket_getpeername (imported)

Warning: socket_getpeername(): unable to retrieve peer name [9]: Bad file descriptor in %s on line %d
string(11) "addr before"
int(1)
bool(false)
last error: 9 / 9
