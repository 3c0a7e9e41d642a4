<?php
// PHP_NORMAL_READ with SO_RCVTIMEO on a blocking socket: when the timeout expires after part of a
// line was read, the read goes on waiting for the rest, so the line comes back whole; nothing that
// was consumed is lost. (A timeout before the first byte is not tested: the bundled extension
// then waits for ever.)
require __DIR__ . '/_lib.inc';

function writer(Socket $w, array $steps): int
{
    $pid = pcntl_fork();
    if ($pid === 0) {
        foreach ($steps as [$delayMs, $bytes]) {
            usleep($delayMs * 1000);
            socket_write($w, $bytes);
        }
        usleep(200000);
        posix_kill(posix_getpid(), SIGKILL);   // no shutdown: the parent owns the output
    }
    return $pid;
}

function lines(Socket $r, int $n, int $len = 100): void
{
    for ($i = 0; $i < $n; $i++) {
        t('normal read', fn() => socket_read($r, $len, PHP_NORMAL_READ));
    }
}

pcntl_alarm(15);
foreach (['unix' => null, 'tcp' => 'tcp'] as $kind => $_) {
    section("$kind: the timeout expires twice in the middle of a line");
    if ($kind === 'unix') {
        socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
        [$r, $w] = $p;
    } else {
        [$l, $w, $r] = tcp_pair();
    }
    socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 150000]);
    $pid = writer($w, [[0, "hello "], [400, "wor"], [400, "ld\nsecond line\n"]]);
    lines($r, 2);
    pcntl_waitpid($pid, $status);
    errs($r);

    section("$kind: a line of several pieces, the limit reached during a wait");
    $pid = writer($w, [[0, "abc"], [300, "defgh\nrest\n"]]);
    lines($r, 1, 5);
    lines($r, 2);
    pcntl_waitpid($pid, $status);
    errs($r);
}
