<?php
// SOCK_NONBLOCK and SOCK_CLOEXEC OR'ed into socket_create's and socket_create_pair's type (PHP 8.4).
// PHP 8.2's bundled extension has neither flag, so on 8.2 there is nothing to compare: sockets-ng
// has them there too, pinned by tests/create_type_flags_nonblock_cloexec.phpt.
require __DIR__ . '/_lib.inc';
if (PHP_VERSION_ID < 80400) {
    echo "SOCK_NONBLOCK/SOCK_CLOEXEC: compared on PHP 8.4 and later only\n";
    exit;
}

// The socket descriptors of this process (listing /proc/self/fd opens one more, not a socket).
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

// The socket descriptors a call opened (never printed), lowest first.
function new_fd(callable $open): array
{
    $before = socket_fds();
    $r = $open();
    $fds = array_values(array_diff(socket_fds(), $before));
    sort($fds);
    return [$r, $fds];
}

// Whether O_NONBLOCK and O_CLOEXEC are set on a descriptor, from /proc/self/fdinfo (octal flags).
function fd_flags(string $fd): string
{
    preg_match('/^flags:\s+([0-7]+)/m', file_get_contents("/proc/self/fdinfo/$fd"), $m);
    $flags = octdec($m[1]);
    return 'nonblock=' . var_export(($flags & 04000) !== 0, true) . ' cloexec=' . var_export(($flags & 02000000) !== 0, true);
}

section('socket_create');
foreach (['SOCK_STREAM' => SOCK_STREAM, 'SOCK_STREAM|SOCK_NONBLOCK' => SOCK_STREAM | SOCK_NONBLOCK,
          'SOCK_STREAM|SOCK_CLOEXEC' => SOCK_STREAM | SOCK_CLOEXEC,
          'SOCK_DGRAM|SOCK_NONBLOCK|SOCK_CLOEXEC' => SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
          'SOCK_SEQPACKET|SOCK_NONBLOCK (AF_UNIX)' => SOCK_SEQPACKET | SOCK_NONBLOCK] as $label => $type) {
    $domain = str_contains($label, 'AF_UNIX') ? AF_UNIX : AF_INET;
    [$s, $fds] = new_fd(fn() => socket_create($domain, $type, 0));
    echo "-- $label: ", get_class($s), ' ', fd_flags($fds[0]), "\n";
    t('SO_TYPE', fn() => socket_get_option($s, SOL_SOCKET, SO_TYPE));
}

section('a non-blocking socket does not wait');
$l = socket_create(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
t('accept with nothing pending', fn() => socket_accept($l));
errs($l);
t('set_block', fn() => socket_set_block($l));

section('rejected types');
foreach (['0|SOCK_NONBLOCK' => SOCK_NONBLOCK, '0|SOCK_CLOEXEC' => SOCK_CLOEXEC, '11|SOCK_NONBLOCK' => 11 | SOCK_NONBLOCK,
          '99|SOCK_CLOEXEC' => 99 | SOCK_CLOEXEC, 'SOCK_STREAM|0x100' => SOCK_STREAM | 0x100,
          '-1' => -1, 'PHP_INT_MAX' => PHP_INT_MAX, 'PHP_INT_MIN' => PHP_INT_MIN,
          'PHP_INT_MIN|SOCK_NONBLOCK' => PHP_INT_MIN | SOCK_NONBLOCK] as $label => $type) {
    t("socket_create $label", fn() => socket_create(AF_INET, $type, 0));
    err();
}

section('socket_create_pair');
foreach (['SOCK_STREAM|SOCK_NONBLOCK' => SOCK_STREAM | SOCK_NONBLOCK, 'SOCK_DGRAM|SOCK_CLOEXEC' => SOCK_DGRAM | SOCK_CLOEXEC,
          'SOCK_SEQPACKET|SOCK_NONBLOCK|SOCK_CLOEXEC' => SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC] as $label => $type) {
    $pair = null;
    [$ok, $fds] = new_fd(function () use ($type, &$pair) { return socket_create_pair(AF_UNIX, $type, 0, $pair); });
    echo "-- $label: ", var_export($ok, true), ' ', count($pair), ' sockets: ', fd_flags($fds[0]), ' / ', fd_flags($fds[1]), "\n";
    if ($type & SOCK_NONBLOCK) {
        t('read with nothing sent', fn() => socket_read($pair[0], 10));
        errs($pair[0]);
    }
    socket_write($pair[1], 'x');
    t('read after a write', fn() => socket_read($pair[0], 10));
}
foreach (['0|SOCK_NONBLOCK' => SOCK_NONBLOCK, '11|SOCK_NONBLOCK' => 11 | SOCK_NONBLOCK, 'SOCK_STREAM|0x100' => SOCK_STREAM | 0x100] as $label => $type) {
    $pair = 'untouched';
    t("socket_create_pair $label", fn() => socket_create_pair(AF_UNIX, $type, 0, $pair));
    var_dump($pair);
}
