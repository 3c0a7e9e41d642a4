<?php
/*
 * socket_select() cost: microseconds per call with N sockets in the read array, timeout 0.
 * N UDP sockets; the one in the middle of the array is bound and has one datagram queued (never
 * read), so every call returns 1 and rewrites the array to that one socket. (In the middle: an
 * implementation that stops scanning once it found every ready socket gains nothing from a ready
 * socket placed first, and loses nothing from one placed last.) Each call is given a fresh copy of the
 * full array ($r = $all), as a select loop does.
 * With READY_PERCENT, that share of the N sockets (at least one, spread evenly over the array) has a
 * datagram queued instead: select.php 10000 0.5 10 has 1,000 of 10,000 sockets ready.
 * With CHANGED, that many sockets of the array that are not ready are swapped for others before
 * each call (one place after the other through the array), as in a server whose clients come and
 * go: no call is given the same sockets as the one before.
 * Usage: select.php N [SECONDS [READY_PERCENT [CHANGED]]]   (timed part, default 0.5)
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
if (isset($argv[3])) {
    $percent = (float) $argv[3];
    $readyCount = max(1, min($count, (int) round($count * $percent / 100)));
    $step = $count / $readyCount;
    $readyKeys = [];
    for ($k = 0; $k < $readyCount; $k++) {
        $readyKeys[] = (int) floor($k * $step + $step / 2);
    }
} else {
    $readyKeys = [intdiv($count, 2)];
}
$sender = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$expected = [];
foreach ($readyKeys as $key) {
    socket_bind($all[$key], '127.0.0.1', 0) || bench_fail('bind failed');
    socket_getsockname($all[$key], $addr, $port);
    socket_sendto($sender, 'x', 1, 0, '127.0.0.1', $port) === 1 || bench_fail('sendto failed');
    $expected[$key] = $all[$key];
}
$want = count($expected);

$changed = (int) ($argv[4] ?? 0);
$spares = [];
for ($i = 0; $i < $changed; $i++) {
    $spares[] = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP) ?: bench_fail('socket_create failed for a spare');
}
$notReady = array_values(array_diff(array_keys($all), array_keys($expected)));
$nextChange = 0;
/* Swaps $changed sockets that are not ready for the spares (the swapped-out ones become the spares). */
function change_sockets(array &$all, array &$spares, array $notReady, int &$nextChange): void
{
    foreach ($spares as $k => $spare) {
        $position = $notReady[$nextChange];
        $nextChange = ($nextChange + 1) % count($notReady);
        $spares[$k] = $all[$position];
        $all[$position] = $spare;
    }
}

$w = $e = null;
for ($i = 0; $i < 20; $i++) {
    $r = $all;
    if (socket_select($r, $w, $e, 0) !== $want || $r !== $expected) {
        bench_fail("select did not report exactly the $want readable sockets");
    }
}
$n = 0;
$bad = 0;
$limit = (int) ($seconds * 1e9);
$start = hrtime(true);
do {
    for ($k = 0; $k < 8; $k++) {
        if ($changed) {
            change_sockets($all, $spares, $notReady, $nextChange);
        }
        $r = $all;
        if (socket_select($r, $w, $e, 0) !== $want) {
            $bad++;
        }
    }
    $n += 8;
    $elapsed = hrtime(true) - $start;
} while ($elapsed < $limit);
if ($bad) {
    bench_fail("$bad calls did not return $want");
}
bench_result($elapsed / 1e3 / $n, 'us/call', sprintf('sockets=%d ready=%d changed=%d calls=%d seconds=%.3f', $count, $want, $changed, $n, $elapsed / 1e9));
