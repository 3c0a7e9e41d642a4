--TEST--
socket_select given a Socket whose stream was fclose()d warns "Unable to select [9]" and leaves the arrays alone
--DESCRIPTION--
In any of the three arrays, alone or beside a ready socket: select(2) refuses the whole call
when one descriptor is not open. The arrays keep what they had; the global last error is 9.
Elements that are not Sockets are still a TypeError, wherever they are.
Issue 18: php-src's socket_export_stream-4.phpt and socket_import_stream-4.phpt. The bundled
extension gets this by calling the system with the old descriptor number; sockets-ng calls it with
-1, so no file that has taken the number since is touched (stream_fclose_socket_never_touches_the_reused_number.phpt).
--FILE--
<?php
require __DIR__ . '/include/stream_closed.inc';

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $ready);
socket_write($ready[1], 'x');
foreach ([0 => 'read', 1 => 'write', 2 => 'except'] as $which => $name) {
    sk_call_without_stream("socket_select $name", function ($s) use ($which, $ready) {
        $arrays = [null, null, null];
        $arrays[$which] = [$ready[0], $s];
        [$r, $w, $e] = $arrays;
        $n = socket_select($r, $w, $e, 0);
        var_dump(count([$r, $w, $e][$which]));
        return $n;
    });
}
sk_call_without_stream('socket_select with a non-Socket after it', function ($s) {
    $r = [$s, 'not a socket']; $w = null; $e = null;
    return socket_select($r, $w, $e, 0);
});
?>
--EXPECTF--
-- socket_select read (exported)

Warning: socket_select(): Unable to select [9]: Bad file descriptor in %s on line %d
int(2)
bool(false)
last error: 0 / 9
-- socket_select read (imported)

Warning: socket_select(): Unable to select [9]: Bad file descriptor in %s on line %d
int(2)
bool(false)
last error: 0 / 9
-- socket_select write (exported)

Warning: socket_select(): Unable to select [9]: Bad file descriptor in %s on line %d
int(2)
bool(false)
last error: 0 / 9
-- socket_select write (imported)

Warning: socket_select(): Unable to select [9]: Bad file descriptor in %s on line %d
int(2)
bool(false)
last error: 0 / 9
-- socket_select except (exported)

Warning: socket_select(): Unable to select [9]: Bad file descriptor in %s on line %d
int(2)
bool(false)
last error: 0 / 9
-- socket_select except (imported)

Warning: socket_select(): Unable to select [9]: Bad file descriptor in %s on line %d
int(2)
bool(false)
last error: 0 / 9
-- socket_select with a non-Socket after it (exported)
TypeError: socket_select(): Argument #1 ($read) must only have elements of type Socket, string given
last error: 0 / 0
-- socket_select with a non-Socket after it (imported)
TypeError: socket_select(): Argument #1 ($read) must only have elements of type Socket, string given
last error: 0 / 0
