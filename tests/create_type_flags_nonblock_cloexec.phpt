--TEST--
SOCK_NONBLOCK and SOCK_CLOEXEC in socket_create()'s and socket_create_pair()'s type set those flags
--DESCRIPTION--
PHP 8.4 accepts the two flags OR'ed into the type; sockets-ng accepts them on PHP 8.2 too. The
descriptor's flags are read from /proc/self/fdinfo. A type that is no socket type once the flags are
masked off is still a ValueError, in the words of the PHP running (8.4 names the flags).
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (phpversion('sockets') === PHP_VERSION && PHP_VERSION_ID < 80400) die('skip the bundled extension has SOCK_NONBLOCK/SOCK_CLOEXEC since PHP 8.4');
if (!is_dir('/proc/self/fdinfo')) die('skip needs /proc');
?>
--FILE--
<?php
function socket_fds(): array
{
    $fds = [];
    foreach (scandir('/proc/self/fd') as $fd) {
        if (str_starts_with((string) @readlink("/proc/self/fd/$fd"), 'socket:')) {
            $fds[] = $fd;
        }
    }
    return $fds;
}
function flags_of_new(array $before): string
{
    $out = [];
    foreach (array_diff(socket_fds(), $before) as $fd) {
        preg_match('/^flags:\s+([0-7]+)/m', file_get_contents("/proc/self/fdinfo/$fd"), $m);
        $f = octdec($m[1]);
        $out[] = (($f & 04000) ? 'nonblock' : 'block') . (($f & 02000000) ? '+cloexec' : '');
    }
    return implode(' ', $out);
}

foreach ([SOCK_STREAM, SOCK_STREAM | SOCK_NONBLOCK, SOCK_DGRAM | SOCK_CLOEXEC, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC] as $type) {
    $before = socket_fds();
    $s = socket_create(AF_INET, $type, 0);
    echo $type, ': ', flags_of_new($before), ' SO_TYPE=', socket_get_option($s, SOL_SOCKET, SO_TYPE), "\n";
}

// Non-blocking for real: accept with nothing pending fails at once with EAGAIN.
$l = socket_create(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
var_dump(socket_accept($l), socket_last_error());

$before = socket_fds();
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, $pair));
echo flags_of_new($before), "\n";
var_dump(socket_read($pair[0], 10), socket_last_error($pair[0]));
socket_write($pair[1], 'x');
var_dump(socket_read($pair[0], 10));

$words = PHP_VERSION_ID >= 80400 ? " optionally OR'ed with SOCK_CLOEXEC, SOCK_NONBLOCK" : '';
foreach ([11 | SOCK_NONBLOCK, SOCK_STREAM | 0x100] as $type) {
    try {
        socket_create(AF_INET, $type, 0);
    } catch (ValueError $e) {
        var_dump($e->getMessage() === "socket_create(): Argument #2 (\$type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM$words");
    }
    try {
        socket_create_pair(AF_UNIX, $type, 0, $pair);
    } catch (ValueError $e) {
        var_dump($e->getMessage() === "socket_create_pair(): Argument #2 (\$type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM$words");
    }
}
var_dump(socket_create(AF_INET, SOCK_NONBLOCK, 0));
?>
--EXPECTF--
1: block SO_TYPE=1
2049: nonblock SO_TYPE=1
524290: block+cloexec SO_TYPE=2
526337: nonblock+cloexec SO_TYPE=1
bool(false)
int(11)
bool(true)
nonblock+cloexec nonblock+cloexec
bool(false)
int(11)
string(1) "x"
bool(true)
bool(true)
bool(true)
bool(true)

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
bool(false)
