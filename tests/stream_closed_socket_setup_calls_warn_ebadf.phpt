--TEST--
bind, connect, listen, accept, shutdown, set_block, set_nonblock on a Socket whose stream was fclose()d warn EBADF and return false
--DESCRIPTION--
Each fails as for a descriptor that is no longer open: the function's own warning with
[9] Bad file descriptor, false, and 9 as the Socket's and the global last error.
Issue 18: php-src's socket_export_stream-4.phpt and socket_import_stream-4.phpt. The bundled
extension gets this by calling the system with the old descriptor number; sockets-ng calls it with
-1, so no file that has taken the number since is touched (stream_fclose_socket_never_touches_the_reused_number.phpt).
--FILE--
<?php
require __DIR__ . '/include/stream_closed.inc';

sk_call_without_stream('socket_bind', fn($s) => socket_bind($s, '127.0.0.1', 0));
sk_call_without_stream('socket_connect', fn($s) => socket_connect($s, '127.0.0.1', 9));
sk_call_without_stream('socket_listen', fn($s) => socket_listen($s, 5));
sk_call_without_stream('socket_accept', fn($s) => socket_accept($s));
sk_call_without_stream('socket_shutdown', fn($s) => socket_shutdown($s, 2));
sk_call_without_stream('socket_set_block', fn($s) => socket_set_block($s));
sk_call_without_stream('socket_set_nonblock', fn($s) => socket_set_nonblock($s));
?>
--EXPECTF--
-- socket_bind (exported)

Warning: socket_bind(): Unable to bind address [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_bind (imported)

Warning: socket_bind(): Unable to bind address [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_connect (exported)

Warning: socket_connect(): unable to connect [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_connect (imported)

Warning: socket_connect(): unable to connect [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_listen (exported)

Warning: socket_listen(): unable to listen on socket [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_listen (imported)

Warning: socket_listen(): unable to listen on socket [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_accept (exported)

Warning: socket_accept(): unable to accept incoming connection [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 0 / 9
-- socket_accept (imported)

Warning: socket_accept(): unable to accept incoming connection [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 0 / 9
-- socket_shutdown (exported)

Warning: socket_shutdown(): Unable to shutdown socket [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_shutdown (imported)

Warning: socket_shutdown(): Unable to shutdown socket [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_set_block (exported)

Warning: socket_set_block(): unable to set blocking mode [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_set_block (imported)

Warning: socket_set_block(): unable to set blocking mode [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_set_nonblock (exported)

Warning: socket_set_nonblock(): unable to set nonblocking mode [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_set_nonblock (imported)

Warning: socket_set_nonblock(): unable to set nonblocking mode [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
