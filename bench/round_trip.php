<?php
/*
 * Request/response round trips between two processes over an AF_UNIX/SOCK_STREAM socketpair:
 * the parent socket_write()s a 32-byte request and socket_read()s the 32-byte answer; a forked
 * child socket_read()s each request and socket_write()s the answer. Round trips per second.
 * Usage: round_trip.php [SECONDS]   (timed part, default 0.5)
 * Checks each answer (the child answers with the request upper-cased).
 */
require __DIR__ . '/lib.inc';
bench_require('pcntl', 'posix');

$seconds = (float) ($argv[1] ?? 0.5);
$pair = [];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair) || bench_fail('socket_create_pair failed');
[$parent, $child] = $pair;
$pid = pcntl_fork();
if ($pid < 0) {
    bench_fail('fork failed');
}
if ($pid === 0) {
    socket_close($parent);
    pcntl_alarm((int) ceil($seconds) + 30);
    for (;;) {
        $req = socket_read($child, 32);
        if (!is_string($req) || $req === '') {
            posix_kill(posix_getpid(), SIGKILL);
        }
        socket_write($child, strtoupper($req));
    }
}
socket_close($child);
bench_bound((int) ceil($seconds) + 20, fn () => bench_reap($pid));
socket_set_option($parent, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);

$req = str_repeat('request-', 4);
$want = strtoupper($req);
$bad = 0;
for ($i = 0; $i < 100; $i++) {
    socket_write($parent, $req);
    $bad += socket_read($parent, 32) !== $want;
}
$n = 0;
$limit = (int) ($seconds * 1e9);
$start = hrtime(true);
do {
    for ($k = 0; $k < 16; $k++) {
        socket_write($parent, $req);
        if (socket_read($parent, 32) !== $want) {
            $bad++;
        }
    }
    $n += 16;
    $elapsed = hrtime(true) - $start;
} while ($elapsed < $limit);
bench_reap($pid);
if ($bad) {
    bench_fail("$bad answers were wrong");
}
bench_result($n / ($elapsed / 1e9), 'round_trips/s', sprintf('round_trips=%d seconds=%.3f', $n, $elapsed / 1e9));
