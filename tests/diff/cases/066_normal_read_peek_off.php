<?php
// PHP_NORMAL_READ on a socket with SO_PEEK_OFF set (option 42): MSG_PEEK then reads from the
// peek offset, not the head of the queue. Lines still come back in order, and the offset moves
// as the bundled extension's one-byte reads move it (reads lower it, peeks raise it).
require __DIR__ . '/_lib.inc';
const PEEK_OFF = 42;

pcntl_alarm(15);
foreach (['unix', 'tcp'] as $kind) {
    section($kind);
    if ($kind === 'unix') {
        socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
        [$r, $w] = $p;
    } else {
        [$l, $w, $r] = tcp_pair();
    }
    // Bounded: a read that waits for data that never comes times out (and returns false).
    socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 1, 'usec' => 0]);
    t('SO_PEEK_OFF = 0', fn() => socket_set_option($r, SOL_SOCKET, PEEK_OFF, 0));
    socket_write($w, "one\ntwo\nthree\nfour\n");
    usleep(100000);
    t('line', fn() => socket_read($r, 100, PHP_NORMAL_READ));
    t('peek 3', fn() => [socket_recv($r, $buf, 3, MSG_PEEK), $buf]);
    t('offset after the peek', fn() => socket_get_option($r, SOL_SOCKET, PEEK_OFF));
    t('line', fn() => socket_read($r, 100, PHP_NORMAL_READ));
    t('offset', fn() => socket_get_option($r, SOL_SOCKET, PEEK_OFF));
    t('line', fn() => socket_read($r, 100, PHP_NORMAL_READ));
    t('line', fn() => socket_read($r, 100, PHP_NORMAL_READ));
    t('offset', fn() => socket_get_option($r, SOL_SOCKET, PEEK_OFF));
    errs($r);
}
