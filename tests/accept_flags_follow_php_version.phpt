--TEST--
socket_accept(): the accepted descriptor is close-on-exec from PHP 8.4, and from 8.5 also non-blocking when the listening Socket was set non-blocking
--DESCRIPTION--
PHP 8.4's bundled extension accepts with accept4(SOCK_CLOEXEC); 8.5's adds SOCK_NONBLOCK when the
listening Socket was last set non-blocking (socket_set_nonblock); 8.2's uses plain accept(). The flags are read from /proc/self/fdinfo of the new descriptor, found as the one
socket descriptor that socket_accept() added.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (!is_dir('/proc/self/fdinfo')) die('skip needs /proc');
?>
--FILE--
<?php
function socket_fds(): array {
    $fds = [];
    foreach (scandir('/proc/self/fd') as $n) {
        if (preg_match("/^\\d+$/", $n) && str_starts_with((string) @readlink("/proc/self/fd/$n"), 'socket:')) $fds[] = (int) $n;
    }
    return $fds;
}
function accepted_flags(bool $nonblocking_listener, bool $type_flag): string {
    $l = socket_create(AF_INET, SOCK_STREAM | ($type_flag ? SOCK_NONBLOCK : 0), SOL_TCP);
    socket_bind($l, '127.0.0.1', 0);
    socket_listen($l);
    if ($nonblocking_listener) socket_set_nonblock($l);
    socket_getsockname($l, $addr, $port);
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_connect($c, '127.0.0.1', $port);
    $r = [$l]; $w = $e = null;
    socket_select($r, $w, $e, 30);
    $before = socket_fds();
    $s = socket_accept($l);
    $new = array_values(array_diff(socket_fds(), $before));
    if (count($new) !== 1) return 'no single new descriptor';
    preg_match('/^flags:\s+([0-7]+)/m', file_get_contents("/proc/self/fdinfo/{$new[0]}"), $m);
    $flags = octdec($m[1]);
    $names = [];
    if ($flags & 02000000) $names[] = 'O_CLOEXEC';
    if ($flags & 04000) $names[] = 'O_NONBLOCK';
    return $names ? implode('|', $names) : 'none';
}
if (PHP_VERSION_ID >= 80500) {
    $expected = ['blocking' => 'O_CLOEXEC', 'set_nonblock' => 'O_CLOEXEC|O_NONBLOCK', 'SOCK_NONBLOCK type' => 'O_CLOEXEC'];
} elseif (PHP_VERSION_ID >= 80400) {
    $expected = ['blocking' => 'O_CLOEXEC', 'set_nonblock' => 'O_CLOEXEC', 'SOCK_NONBLOCK type' => 'O_CLOEXEC'];
} else {
    $expected = ['blocking' => 'none', 'set_nonblock' => 'none'];
}
// A listener made with SOCK_NONBLOCK in its type (the constant is 8.4's): the Socket's own mode
// was never set, so, as in the bundled one, the accepted descriptor does not inherit it.
$cases = ['blocking' => [false, false], 'set_nonblock' => [true, false], 'SOCK_NONBLOCK type' => [false, true]];
foreach ($expected as $case => $flags) {
    $got = accepted_flags(...$cases[$case]);
    echo $case, ': ', $got === $flags ? "as this PHP's bundled extension" : "$got, expected $flags", "\n";
}
if (PHP_VERSION_ID < 80400) {
    echo "SOCK_NONBLOCK type: PHP 8.4's flag\n";
}
?>
--EXPECTF--
blocking: as this PHP's bundled extension
set_nonblock: as this PHP's bundled extension
SOCK_NONBLOCK type: %s
