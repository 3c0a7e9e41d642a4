--TEST--
sockets.legacy_iovec=1: socket_writev sends every buffer in order in one call, socket_readv scatters one read over the buffers; failures are false with the usual warning and last error
--SKIPIF--
<?php require __DIR__ . '/include/legacy.inc'; legacy_skip_unless_ours(); ?>
--INI--
sockets.legacy_iovec=1
--FILE--
<?php
$pair = [];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;

echo "-- writev gathers\n";
$out = socket_iovec_alloc(4, 0, 0, 0, 0);
socket_iovec_set($out, 0, "GET ");
socket_iovec_set($out, 2, "/index ");     // buffer 1 stays empty
socket_iovec_set($out, 3, "HTTP/1.0\r\n");
var_dump(socket_writev($a, $out));
socket_set_nonblock($b);
var_dump(socket_read($b, 100));

echo "-- readv scatters\n";
socket_write($a, "abcdefghij");
$in = socket_iovec_alloc(3, 3, 0, 5);
var_dump(socket_readv($b, $in));
var_dump(socket_iovec_fetch($in, 0), socket_iovec_fetch($in, 1), socket_iovec_fetch($in, 2));
// The two bytes the buffers had no room for are still queued.
var_dump(socket_read($b, 100));

echo "-- a short read fills the first buffers; the rest keep what they held\n";
socket_iovec_set($in, 2, "12345");
socket_write($a, "XY");
var_dump(socket_readv($b, $in));
var_dump(socket_iovec_fetch($in, 0), socket_iovec_fetch($in, 2));
socket_write($a, "pqrs");
var_dump(socket_readv($b, $in));
var_dump(socket_iovec_fetch($in, 0), socket_iovec_fetch($in, 2));

echo "-- readv on a non-blocking socket with nothing queued: false, EAGAIN, no warning\n";
var_dump(socket_readv($b, $in), socket_last_error($b) === SOCKET_EAGAIN);

echo "-- 1024 one-byte buffers (IOV_MAX) both ways\n";
$many = socket_iovec_alloc(1024, ...array_fill(0, 1024, 1));
for ($i = 0; $i < 1024; $i++) {
    socket_iovec_set($many, $i, chr(65 + $i % 26));
}
socket_set_block($b);
var_dump(socket_writev($a, $many));
$back = socket_iovec_alloc(1024, ...array_fill(0, 1024, 1));
var_dump(socket_readv($b, $back));
$ok = true;
for ($i = 0; $i < 1024; $i++) {
    $ok = $ok && socket_iovec_fetch($back, $i) === chr(65 + $i % 26);
}
var_dump($ok);

echo "-- a UDP datagram lands across the buffers\n";
$u1 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u1, '127.0.0.1', 0);
socket_getsockname($u1, $addr, $port);
$u2 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_connect($u2, '127.0.0.1', $port);
$dg = socket_iovec_alloc(2, 0, 0);
socket_iovec_set($dg, 0, "datagram-");
socket_iovec_set($dg, 1, "part two");
var_dump(socket_writev($u2, $dg));
$rd = socket_iovec_alloc(2, 4, 20);
var_dump(socket_readv($u1, $rd), socket_iovec_fetch($rd, 0), rtrim(socket_iovec_fetch($rd, 1), "\0"));

echo "-- end of stream: true, buffers unchanged\n";
socket_close($a);
socket_iovec_set($in, 0, "old");
var_dump(socket_readv($b, $in), socket_iovec_fetch($in, 0));

echo "-- writev to a closed peer: false, EPIPE, warning\n";
var_dump(socket_writev($b, $out), socket_last_error($b) === SOCKET_EPIPE, socket_last_error() === SOCKET_EPIPE);

echo "-- readv on a socket that is not connected: false, ENOTCONN\n";
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_readv($t, $in), socket_last_error($t) === SOCKET_ENOTCONN);
?>
--EXPECTF--
-- writev gathers
bool(true)
string(21) "GET /index HTTP/1.0
"
-- readv scatters
bool(true)
string(3) "abc"
string(0) ""
string(5) "defgh"
string(2) "ij"
-- a short read fills the first buffers; the rest keep what they held
bool(true)
string(3) "XYc"
string(5) "12345"
bool(true)
string(3) "pqr"
string(5) "s2345"
-- readv on a non-blocking socket with nothing queued: false, EAGAIN, no warning
bool(false)
bool(true)
-- 1024 one-byte buffers (IOV_MAX) both ways
bool(true)
bool(true)
bool(true)
-- a UDP datagram lands across the buffers
bool(true)
bool(true)
string(4) "data"
string(13) "gram-part two"
-- end of stream: true, buffers unchanged
bool(true)
string(3) "old"
-- writev to a closed peer: false, EPIPE, warning

Warning: socket_writev(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
bool(true)
bool(true)
-- readv on a socket that is not connected: false, ENOTCONN

Warning: socket_readv(): unable to read from socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
bool(true)
