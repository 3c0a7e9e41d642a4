--TEST--
C interface: PHP_SOCKET_ERROR, sockets_strerror and SOCKETS_G(last_error) of the bundled header
--DESCRIPTION--
The header's PHP_SOCKET_ERROR macro writes the socket's error field and SOCKETS_G(last_error)
(the module globals, at the bundled layout) and warns with sockets_strerror()'s text, except for
EAGAIN/EWOULDBLOCK/EINPROGRESS; socket_last_error() and socket_clear_error() must see and clear
what it wrote, and SOCKETS_G(last_error) must be what PHP code's failures left there.
--SKIPIF--
<?php if (!extension_loaded('sockets_cabi_test')) die('skip needs tests/cabi/run.sh'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
cabi_error($s, 'my operation failed', SOCKET_ECONNRESET);
var_dump(socket_last_error($s), socket_last_error(), cabi_last_error());
cabi_error($s, 'not worth a warning', SOCKET_EAGAIN);
var_dump(socket_last_error($s) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
socket_clear_error($s);
socket_clear_error();
var_dump(cabi_fields($s)['error'], cabi_last_error());

// Errors PHP code causes are in SOCKETS_G(last_error).
$l = socket_create_listen(0);
socket_getsockname($l, $addr, $port);
socket_close($l);
@socket_connect($s, '127.0.0.1', $port);
var_dump(cabi_last_error() === SOCKET_ECONNREFUSED);
// ... and what the extension writes there is socket_last_error().
var_dump(cabi_last_error(SOCKET_ETIMEDOUT) === SOCKET_ECONNREFUSED, socket_last_error() === SOCKET_ETIMEDOUT);
cabi_set_error($s, SOCKET_EPIPE);
var_dump(socket_last_error($s) === SOCKET_EPIPE);

// sockets_strerror words errors as socket_strerror does: errno values, resolver codes, unknown.
foreach ([0, SOCKET_ECONNREFUSED, SOCKET_EAGAIN, SOCKET_ENOTSOCK, 99999, -10001, -10002, -10004] as $code) {
    $text = cabi_strerror($code);
    printf("%d: %s %s\n", $code, $text === socket_strerror($code) ? 'same' : 'DIFFERENT', $text);
}
// Two calls in a row: the second does not change the first's copy.
$a = cabi_strerror(-10001);
$b = cabi_strerror(SOCKET_EPIPE);
var_dump($a === socket_strerror(-10001), $b === socket_strerror(SOCKET_EPIPE));

$c = cabi_constants();
var_dump($c['PHP_NORMAL_READ'] === PHP_NORMAL_READ, $c['PHP_BINARY_READ'] === PHP_BINARY_READ,
    $c['PHP_SOCKET_EWOULDBLOCK'] === SOCKET_EWOULDBLOCK, $c['PHP_SOCKET_ECONNREFUSED'] === SOCKET_ECONNREFUSED,
    $c['PHP_SOCKET_ENOTSOCK'] === SOCKET_ENOTSOCK, $c['PHP_SOCKET_EINTR'] === SOCKET_EINTR, $c['MSG_WAITALL'] === MSG_WAITALL);
?>
--EXPECTF--

Warning: cabi_error(): my operation failed [104]: Connection reset by peer in %s on line 3
int(104)
int(104)
int(104)
bool(true)
bool(true)
int(0)
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
0: same Success
111: same Connection refused
11: same Resource temporarily unavailable
88: same Socket operation on non-socket
99999: same Unknown error 99999
-10001: same Unknown host
-10002: same Host name lookup failure
-10004: same No address associated with name
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
