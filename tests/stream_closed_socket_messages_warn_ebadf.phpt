--TEST--
socket_sendmsg and socket_recvmsg on a Socket whose stream was fclose()d warn EBADF and return false
--DESCRIPTION--
The message array is converted first (its errors come first, as for an open socket), then
the system refuses the descriptor.
Issue 18: php-src's socket_export_stream-4.phpt and socket_import_stream-4.phpt. The bundled
extension gets this by calling the system with the old descriptor number; sockets-ng calls it with
-1, so no file that has taken the number since is touched (stream_fclose_socket_never_touches_the_reused_number.phpt).
--FILE--
<?php
require __DIR__ . '/include/stream_closed.inc';

sk_call_without_stream('socket_sendmsg', fn($s) => socket_sendmsg($s, ['iov' => ['data']], 0));
sk_call_without_stream('socket_recvmsg', function ($s) {
    $message = ['name' => [], 'buffer_size' => 10, 'controllen' => 100];
    $r = socket_recvmsg($s, $message, 0);
    var_dump($message);
    return $r;
});
sk_call_without_stream('socket_recvmsg without controllen', function ($s) {
    $message = ['name' => [], 'buffer_size' => 10, 'controllen' => 0];
    return socket_recvmsg($s, $message, 0);
});
?>
--EXPECTF--
-- socket_sendmsg (exported)

Warning: socket_sendmsg(): Error in sendmsg [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_sendmsg (imported)

Warning: socket_sendmsg(): Error in sendmsg [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_recvmsg (exported)

Warning: socket_recvmsg(): Error in recvmsg [9]: Bad file descriptor in %s on line %d
array(3) {
  ["name"]=>
  array(0) {
  }
  ["buffer_size"]=>
  int(10)
  ["controllen"]=>
  int(100)
}
bool(false)
last error: 0 / 9
-- socket_recvmsg (imported)

Warning: socket_recvmsg(): Error in recvmsg [9]: Bad file descriptor in %s on line %d
array(3) {
  ["name"]=>
  array(0) {
  }
  ["buffer_size"]=>
  int(10)
  ["controllen"]=>
  int(100)
}
bool(false)
last error: 0 / 9
-- socket_recvmsg without controllen (exported)

Warning: socket_recvmsg(): error converting user data (path: msghdr > controllen): controllen cannot be 0 in %s on line %d
bool(false)
last error: 0 / 0
-- socket_recvmsg without controllen (imported)

Warning: socket_recvmsg(): error converting user data (path: msghdr > controllen): controllen cannot be 0 in %s on line %d
bool(false)
last error: 0 / 0
