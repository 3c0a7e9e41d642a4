--TEST--
sockets.legacy_names=1: failures are negative errno values (resolver failures -10000 - h_errno) without warnings, strerror() gives their text; impossible arguments are ValueError/TypeError; only descriptors the request made are usable
--SKIPIF--
<?php require __DIR__ . '/include/legacy.inc'; legacy_skip_unless_ours();
if (preg_match('~/(ld-musl-[^/\s]+|libc\.musl-[^/\s]+|[^/\s]+-linux-musl/libc\.so)$~m', (string) @file_get_contents('/proc/self/maps'))) die("skip musl: an unknown host is -10001 only where the resolver sets h_errno, which musl's gethostbyname_r does not (-10000 there, under the bundled extension too: bind_unresolvable_host_sets_resolver_error fails alike under both, part phpt-musl)"); ?>
--INI--
sockets.legacy_names=1
--FILE--
<?php
require __DIR__ . '/include/legacy.inc';
function t(callable $f): void
{
    try {
        $r = $f();
        echo is_int($r) && $r < 0 ? "$r " . strerror($r) : var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

echo "-- socket()\n";
t(fn() => socket(12345, SOCK_STREAM, 0));
t(fn() => socket(AF_INET, 12345, 0));
t(fn() => socket(AF_INET, SOCK_STREAM, SOL_UDP));
t(fn() => socket(AF_INET, SOCK_STREAM, PHP_INT_MAX));
t(fn() => socket("inet", SOCK_STREAM, 0));

echo "-- bind()\n";
$port = legacy_free_tcp_port();
$a = socket(AF_INET, SOCK_STREAM, 0);
t(fn() => bind($a, '127.0.0.1', $port));
$b = socket(AF_INET, SOCK_STREAM, 0);
listen($a, 1);
t(fn() => bind($b, '127.0.0.1', $port));
t(fn() => bind($b, 'no-such-host.invalid', 0));
t(fn() => bind($b, '192.0.2.1', 0));
t(fn() => bind($b, '127.0.0.1', 65536));
t(fn() => bind($b, '127.0.0.1', -1));
t(fn() => bind($b, "127.0.0.1\0.example", 0));
t(fn() => bind($a, '127.0.0.1', 0));
$u = socket(AF_UNIX, SOCK_STREAM, 0);
t(fn() => bind($u, str_repeat('x', 200)));
$v6 = socket(AF_INET6, SOCK_STREAM, 0);
t(fn() => bind($v6, '127.0.0.1', 0));   // resolved as ::ffff:127.0.0.1, as socket_bind does
t(fn() => bind($v6, 'no-such-host.invalid', 0));

echo "-- listen(), accept_connect(), connect()\n";
t(fn() => listen($b, PHP_INT_MAX));
t(fn() => accept_connect($b));
$nb = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
bind($nb, '127.0.0.1', 0);
listen($nb, 1);
t(fn() => accept_connect($nb));
$c = socket(AF_INET, SOCK_STREAM, 0);
$refused = legacy_free_tcp_port();
t(fn() => connect($c, '127.0.0.1', $refused));
t(fn() => connect($c, 'no-such-host.invalid', 80));
$cu = socket(AF_UNIX, SOCK_STREAM, 0);
t(fn() => connect($cu, sys_get_temp_dir() . '/no-such-socket-' . getmypid()));
$udp = socket(AF_INET, SOCK_DGRAM, 0);
t(fn() => listen($udp, 1));
t(fn() => connect($udp, '127.0.0.1', 9));     // UDP: only sets the default peer
echo "-- AF_UNIX paths go through the same core as socket_bind/socket_connect\n";
$path = sys_get_temp_dir() . '/legacy_php40_' . getmypid() . '.sock';
$us = socket(AF_UNIX, SOCK_STREAM, 0);
t(fn() => bind($us, $path));
t(fn() => listen($us, 1));
t(fn() => connect($cu, $path));
$ua = accept_connect($us);
t(fn() => write($cu, "over unix\n", 100));
$buf = '';
var_dump(read($ua, $buf, 100), $buf);
@unlink($path);

echo "-- read(), write()\n";
$buf = 'old';
$r = read($b, $buf, 10);          // not in t(): an arrow function would take $buf by value
var_dump($r, strerror($r), $buf);
t(fn() => read($b, $buf, 0));
t(fn() => read($b, $buf, -1));
t(fn() => write($b, "x", 1));
t(fn() => write($b, "x", -1));
// A peer that went away: EPIPE, and no SIGPIPE kills the script.
$port2 = legacy_free_tcp_port();
$l = socket(AF_INET, SOCK_STREAM, 0);
bind($l, '127.0.0.1', $port2);
listen($l, 1);
$w = socket(AF_INET, SOCK_STREAM, 0);
connect($w, '127.0.0.1', $port2);
$peer = accept_connect($l);
close($peer);
usleep(50000);
write($w, "first", 5);          // answered with a reset
usleep(50000);
t(fn() => write($w, "second", 6));
t(fn() => read($w, $buf, 10, true));   // the reset was reported by the write: end of stream

echo "-- setsockopt(), sendto()\n";
t(fn() => setsockopt($b, SOL_SOCKET, 12345, 1));
t(fn() => setsockopt($b, 12345, 1, 1));
t(fn() => setsockopt($b, SOL_SOCKET, SO_REUSEADDR, PHP_INT_MAX));
t(fn() => setsockopt($b, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 1]));
$d = socket(AF_INET, SOCK_DGRAM, 0);
t(fn() => sendto($d, "x", 1, 0, '127.255.255.255', 9));   // a broadcast address without SO_BROADCAST
t(fn() => sendto($d, "x", 1, 0, 'no-such-host.invalid', 9));
t(fn() => sendto($d, "x", -1, 0, '127.0.0.1', 9));
t(fn() => sendto($d, "x", 1, PHP_INT_MAX, '127.0.0.1', 9));
t(fn() => sendto($d, "x", 1, 0, '127.0.0.1', 70000));
t(fn() => sendto($b, "x", 1, 0, '127.0.0.1', 9));

echo "-- descriptors the request did not make are refused (-EBADF): STDOUT is not written\n";
t(fn() => write(1, "must not appear\n", 16));
t(fn() => write(2, "must not appear\n", 16));
t(fn() => read(0, $buf, 10));
t(fn() => close(0));
t(fn() => listen(-1, 1));
t(fn() => accept_connect(PHP_INT_MAX));
t(fn() => connect(PHP_INT_MIN, '127.0.0.1', 80));
t(fn() => bind(1, '127.0.0.1', 0));
t(fn() => setsockopt(1, SOL_SOCKET, SO_REUSEADDR, 1));
t(fn() => sendto(1, "x", 1, 0, '127.0.0.1', 9));

echo "-- strerror()\n";
foreach ([0, -1, -104, -111, -10001, -10002, -10003, -10004, -10000, -10005, 5, PHP_INT_MAX, PHP_INT_MIN] as $e) {
    echo "$e: ", strerror($e), "\n";
}
t(fn() => strerror("x"));
?>
--CLEAN--
<?php @unlink(sys_get_temp_dir() . '/legacy_php40_' . getmypid() . '.sock'); ?>
--EXPECT--
-- socket()
-97 Address family not supported by protocol
-22 Invalid argument
-93 Protocol not supported
ValueError: socket(): Argument #3 ($protocol) must be between -2147483648 and 2147483647
TypeError: socket(): Argument #1 ($domain) must be of type int, string given
-- bind()
0
-98 Address already in use
-10001 Unknown host
-99 Cannot assign requested address
ValueError: bind(): Argument #3 ($port) must be between 0 and 65535
ValueError: bind(): Argument #3 ($port) must be between 0 and 65535
ValueError: bind(): Argument #2 ($address) must not contain any null bytes
-22 Invalid argument
-36 File name too long
0
-10001 Unknown host
-- listen(), accept_connect(), connect()
ValueError: listen(): Argument #2 ($backlog) must be between -2147483648 and 2147483647
-22 Invalid argument
-11 Resource temporarily unavailable
-111 Connection refused
-10001 Unknown host
-2 No such file or directory
-95 Operation not supported
0
-- AF_UNIX paths go through the same core as socket_bind/socket_connect
0
0
0
10
int(10)
string(10) "over unix
"
-- read(), write()
int(-107)
string(35) "Transport endpoint is not connected"
string(0) ""
ValueError: read(): Argument #3 ($length) must be greater than 0
ValueError: read(): Argument #3 ($length) must be greater than 0
-32 Broken pipe
ValueError: write(): Argument #3 ($length) must be greater than or equal to 0
-32 Broken pipe
0
-- setsockopt(), sendto()
-92 Protocol not available
-92 Protocol not available
ValueError: setsockopt(): Argument #4 ($value) must be between -2147483648 and 2147483647
TypeError: setsockopt(): Argument #4 ($value) must be of type int, array given
-13 Permission denied
-10001 Unknown host
ValueError: sendto(): Argument #3 ($length) must be greater than or equal to 0
ValueError: sendto(): Argument #4 ($flags) must be between -2147483648 and 2147483647
ValueError: sendto(): Argument #6 ($port) must be between 0 and 65535
-32 Broken pipe
-- descriptors the request did not make are refused (-EBADF): STDOUT is not written
-9 Bad file descriptor
-9 Bad file descriptor
-9 Bad file descriptor
-9 Bad file descriptor
-9 Bad file descriptor
-9 Bad file descriptor
-9 Bad file descriptor
-9 Bad file descriptor
-9 Bad file descriptor
-9 Bad file descriptor
-- strerror()
0: Success
-1: Operation not permitted
-104: Connection reset by peer
-111: Connection refused
-10001: Unknown host
-10002: Host name lookup failure
-10003: Unknown server error
-10004: No address associated with name
-10000: Unknown error 10000
-10005: Unknown resolver error
5: Unknown error -5
9223372036854775807: Unknown error -9223372036854775807
-9223372036854775808: Unknown resolver error
TypeError: strerror(): Argument #1 ($error) must be of type int, string given
