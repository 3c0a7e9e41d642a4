--TEST--
socket_close, socket_export_stream, socket_last_error, socket_clear_error on a Socket whose stream was fclose()d
--DESCRIPTION--
socket_export_stream gives back the closed stream resource; socket_close throws the TypeError
of that dead resource and leaves the Socket closed (an Error from then on); socket_last_error and
socket_clear_error work as on an open Socket.
Issue 18: php-src's socket_export_stream-4.phpt and socket_import_stream-4.phpt. The bundled
extension gets this by calling the system with the old descriptor number; sockets-ng calls it with
-1, so no file that has taken the number since is touched (stream_fclose_socket_never_touches_the_reused_number.phpt).
--FILE--
<?php
require __DIR__ . '/include/stream_closed.inc';

sk_call_without_stream('socket_export_stream', function ($s) {
    $stream = socket_export_stream($s);
    var_dump(get_resource_type($stream));
    return is_resource($stream);
});
sk_call_without_stream('socket_last_error after a failure, then socket_clear_error', function ($s) {
    @socket_listen($s);
    var_dump(socket_last_error($s));
    socket_clear_error($s);
    return socket_last_error($s);
});
foreach (['exported', 'imported'] as $how) {
    echo "-- socket_close ($how)\n";
    $s = sk_socket_without_stream($how);
    foreach (['socket_close', 'socket_set_block', 'socket_last_error', 'socket_close'] as $function) {
        try {
            var_dump($function($s));
        } catch (Throwable $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
}
?>
--EXPECTF--
-- socket_export_stream (exported)
string(7) "Unknown"
bool(false)
last error: 0 / 0
-- socket_export_stream (imported)
string(7) "Unknown"
bool(false)
last error: 0 / 0
-- socket_last_error after a failure, then socket_clear_error (exported)
int(9)
int(0)
last error: 0 / 9
-- socket_last_error after a failure, then socket_clear_error (imported)
int(9)
int(0)
last error: 0 / 9
-- socket_close (exported)
TypeError: socket_close(): supplied resource is not a valid stream resource
Error: socket_set_block(): Argument #1 ($socket) has already been closed
Error: socket_last_error(): Argument #1 ($socket) has already been closed
Error: socket_close(): Argument #1 ($socket) has already been closed
-- socket_close (imported)
TypeError: socket_close(): supplied resource is not a valid stream resource
Error: socket_set_block(): Argument #1 ($socket) has already been closed
Error: socket_last_error(): Argument #1 ($socket) has already been closed
Error: socket_close(): Argument #1 ($socket) has already been closed
