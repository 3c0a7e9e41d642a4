<?php
/*
 * socket_select() cost: microseconds per call with N sockets in the read array, timeout 0.
 * N UDP sockets; the one in the middle of the array is bound and has one datagram queued (never
 * read), so every call returns 1 and rewrites the array to that one socket. (In the middle: an
 * implementation that stops scanning once it found every ready socket gains nothing from a ready
 * socket placed first, and loses nothing from one placed last.) Each call is given a fresh copy of the
 * full array ($r = $all), as a select loop does.
 * Usage: select.php N [SECONDS]   (timed part, default 0.5)
 * N above the bundled extension's FD_SETSIZE (1024) needs `ulimit -n` raised and works with
 * sockets-ng only.
 */
require __DIR__ . '/lib.inc';
bench_require('pcntl');
bench_bound(60);

$count = (int) ($argv[1] ?? 100);
$seconds = (float) ($argv[2] ?? 0.5);
$all = [];
for ($i = 0; $i < $count; $i++) {
    $s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
    if ($s === false) {
        bench_fail("socket_create failed at socket $i: " . socket_strerror(socket_last_error()));
    }
    $all[] = $s;
}
$mid = intdiv($count, 2);
socket_bind($all[$mid], '127.0.0.1', 0) || bench_fail('bind failed');
socket_getsockname($all[$mid], $addr, $port);
socket_sendto($all[$count - 1 - $mid], 'x', 1, 0, '127.0.0.1', $port) === 1 || bench_fail('sendto failed');

$w = $e = null;
for ($i = 0; $i < 20; $i++) {
    $r = $all;
    if (socket_select($r, $w, $e, 0) !== 1 || $r !== [$mid => $all[$mid]]) {
        bench_fail('select did not report exactly the one readable socket');
    }
}
$n = 0;
$bad = 0;
$limit = (int) ($seconds * 1e9);
$start = hrtime(true);
do {
    for ($k = 0; $k < 8; $k++) {
        $r = $all;
        if (socket_select($r, $w, $e, 0) !== 1) {
            $bad++;
        }
    }
    $n += 8;
    $elapsed = hrtime(true) - $start;
} while ($elapsed < $limit);
if ($bad) {
    bench_fail("$bad calls did not return 1");
}
bench_result($elapsed / 1e3 / $n, 'us/call', sprintf('sockets=%d calls=%d seconds=%.3f', $count, $n, $elapsed / 1e9));
