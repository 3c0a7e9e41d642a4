--TEST--
socket_get_option, socket_set_option and their aliases on a Socket whose stream was fclose()d warn EBADF and return false
--DESCRIPTION--
Plain int options and those with their own conversion (SO_LINGER, SO_RCVTIMEO, a multicast
group): the value is converted, then the system refuses the descriptor.
Issue 18: php-src's socket_export_stream-4.phpt and socket_import_stream-4.phpt. The bundled
extension gets this by calling the system with the old descriptor number; sockets-ng calls it with
-1, so no file that has taken the number since is touched (stream_fclose_socket_never_touches_the_reused_number.phpt).
--FILE--
<?php
require __DIR__ . '/include/stream_closed.inc';

sk_call_without_stream('socket_get_option SO_TYPE', fn($s) => socket_get_option($s, SOL_SOCKET, SO_TYPE));
sk_call_without_stream('socket_get_option SO_LINGER', fn($s) => socket_get_option($s, SOL_SOCKET, SO_LINGER));
sk_call_without_stream('socket_get_option SO_RCVTIMEO', fn($s) => socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
sk_call_without_stream('socket_getopt', fn($s) => socket_getopt($s, SOL_SOCKET, SO_REUSEADDR));
sk_call_without_stream('socket_set_option SO_REUSEADDR', fn($s) => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 1));
sk_call_without_stream('socket_set_option SO_LINGER', fn($s) => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 1]));
sk_call_without_stream('socket_set_option SO_RCVTIMEO', fn($s) => socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 1, 'usec' => 0]));
sk_call_without_stream('socket_set_option MCAST_JOIN_GROUP', fn($s) => socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.1', 'interface' => 0]));
sk_call_without_stream('socket_setopt', fn($s) => socket_setopt($s, SOL_SOCKET, SO_REUSEADDR, 1));
?>
--EXPECTF--
-- socket_get_option SO_TYPE (exported)

Warning: socket_get_option(): Unable to retrieve socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_get_option SO_TYPE (imported)

Warning: socket_get_option(): Unable to retrieve socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_get_option SO_LINGER (exported)

Warning: socket_get_option(): Unable to retrieve socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_get_option SO_LINGER (imported)

Warning: socket_get_option(): Unable to retrieve socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_get_option SO_RCVTIMEO (exported)

Warning: socket_get_option(): Unable to retrieve socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_get_option SO_RCVTIMEO (imported)

Warning: socket_get_option(): Unable to retrieve socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_getopt (exported)

Warning: socket_getopt(): Unable to retrieve socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_getopt (imported)

Warning: socket_getopt(): Unable to retrieve socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_set_option SO_REUSEADDR (exported)

Warning: socket_set_option(): Unable to set socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_set_option SO_REUSEADDR (imported)

Warning: socket_set_option(): Unable to set socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_set_option SO_LINGER (exported)

Warning: socket_set_option(): Unable to set socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_set_option SO_LINGER (imported)

Warning: socket_set_option(): Unable to set socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_set_option SO_RCVTIMEO (exported)

Warning: socket_set_option(): Unable to set socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_set_option SO_RCVTIMEO (imported)

Warning: socket_set_option(): Unable to set socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_set_option MCAST_JOIN_GROUP (exported)

Warning: socket_set_option(): Unable to set socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_set_option MCAST_JOIN_GROUP (imported)

Warning: socket_set_option(): Unable to set socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_setopt (exported)

Warning: socket_setopt(): Unable to set socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
-- socket_setopt (imported)

Warning: socket_setopt(): Unable to set socket option [9]: Bad file descriptor in %s on line %d
bool(false)
last error: 9 / 9
