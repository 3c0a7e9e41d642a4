--TEST--
C interface: Sockets an extension makes (object_init_ex + socket_import_file_descriptor, or filled in directly) work in PHP code
--DESCRIPTION--
As pecl event's EventUtil::createSocket and Swoole's getSocket() do: object_init_ex(socket_ce),
then socket_import_file_descriptor() (family and blocking mode asked of the kernel), or the fields
written directly. PHP code then reads and writes them (PHP_NORMAL_READ too), waits on them with
socket_select (again after their descriptor numbers were reused by new ones), exports a stream
and closes them. A descriptor that is no socket makes socket_import_file_descriptor fail with
the bundled warning, and the Socket, released, closes it. SOCKETS_NG_SELECT=epoll makes ours
wait with its kernel interest set kept between calls (the bundled extension ignores it).
--ENV--
SOCKETS_NG_SELECT=epoll
--SKIPIF--
<?php if (!extension_loaded('sockets_cabi_test')) die('skip needs tests/cabi/run.sh'); ?>
--FILE--
<?php
[$a, $b] = cabi_pair(AF_UNIX, SOCK_STREAM);
var_dump(get_class($a), cabi_is_socket($a));
$f = cabi_fields($a);
var_dump($f['type'] === AF_UNIX, $f['blocking'], $f['error'], $f['zstream']);

socket_write($a, "line one\nline two\nrest");
var_dump(socket_read($b, 100, PHP_NORMAL_READ), socket_read($b, 100, PHP_NORMAL_READ), socket_read($b, 2));
socket_write($a, "\n");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));

// socket_select over extension-made and PHP-made Sockets, several rounds; between rounds some are
// closed and new ones made by the extension get the same descriptor numbers.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $php);
for ($round = 0; $round < 3; $round++) {
    $pairs = [];
    for ($i = 0; $i < 4; $i++) {
        $pairs[] = cabi_pair(AF_UNIX, SOCK_STREAM);
    }
    socket_write($pairs[1][0], "r$round\n");
    socket_write($php[0], "p$round\n");
    for ($pass = 0; $pass < 2; $pass++) {
        $r = ['x0' => $pairs[0][1], 'x1' => $pairs[1][1], 'x2' => $pairs[2][1], 'x3' => $pairs[3][1], 'php' => $php[1]];
        $w = $e = null;
        $n = socket_select($r, $w, $e, 5);
        echo "round $round pass $pass: $n ready: ", implode(',', array_keys($r)), "\n";
    }
    var_dump(socket_read($pairs[1][1], 100, PHP_NORMAL_READ), socket_read($php[1], 100, PHP_NORMAL_READ));
    foreach ($pairs as [$x, $y]) {
        socket_close($x);
        socket_close($y);
    }
}

// Another extension reads the descriptor directly (as an event loop would).
socket_write($a, "to the extension");
var_dump(cabi_read_fd($b, 100));

// A stream exported from an imported Socket.
$stream = socket_export_stream($a);
var_dump(cabi_fields($a)['zstream'] === $stream);
fwrite($stream, "via stream\n");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));

// Non-blocking: the field follows socket_set_nonblock; reads that would block set EAGAIN.
socket_set_nonblock($b);
var_dump(cabi_fields($b)['blocking'], @socket_read($b, 10), socket_last_error($b) === SOCKET_EAGAIN);

// Datagram sockets, and a pair filled in directly as non-blocking (no import call).
[$d1, $d2] = cabi_pair(AF_UNIX, SOCK_DGRAM);
socket_send($d1, "one", 3, 0);
socket_send($d1, "two", 3, 0);
var_dump(socket_recv($d2, $buf, 100, 0), $buf, socket_read($d2, 100));
[$n1, $n2] = cabi_filled_pair(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_getsockname($n1, $path), $path, @socket_read($n2, 10), socket_last_error($n2) === SOCKET_EAGAIN);
$ns = socket_export_stream($n1);
var_dump(stream_get_meta_data($ns)['blocked']);
socket_write($n2, "filled\n");
$r = [$n1]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 5), fgets($ns));
socket_close($n1);
var_dump(cabi_fields($n1)['bsd_socket'], is_resource($ns));

// socket_import_file_descriptor on a pipe: the bundled warning, false, and the descriptor closed.
socket_clear_error();
var_dump(cabi_import_pipe());
var_dump(socket_last_error() === SOCKET_ENOTSOCK);
socket_close($a);
try {
    socket_write($a, "x");
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
string(6) "Socket"
bool(true)
bool(true)
int(1)
int(0)
NULL
string(9) "line one
"
string(9) "line two
"
string(2) "re"
string(3) "st
"
round 0 pass 0: 2 ready: x1,php
round 0 pass 1: 2 ready: x1,php
string(3) "r0
"
string(3) "p0
"
round 1 pass 0: 2 ready: x1,php
round 1 pass 1: 2 ready: x1,php
string(3) "r1
"
string(3) "p1
"
round 2 pass 0: 2 ready: x1,php
round 2 pass 1: 2 ready: x1,php
string(3) "r2
"
string(3) "p2
"
string(16) "to the extension"
bool(true)
string(11) "via stream
"
int(0)
bool(false)
bool(true)
int(3)
string(3) "one"
string(3) "two"
bool(true)
string(0) ""
bool(false)
bool(true)
bool(false)
int(1)
string(7) "filled
"
int(-1)
bool(false)

Warning: cabi_import_pipe(): Unable to obtain socket family [88]: Socket operation on non-socket in %s on line 66
bool(false)
bool(true)
socket_write(): Argument #1 ($socket) has already been closed
