--TEST--
PHP_NORMAL_READ by two processes on one stream socket: every call returns at most one line, ending at its line end
--DESCRIPTION--
After fork() parent and child read the same socket with PHP_NORMAL_READ while a third process
writes numbered lines. Whatever the interleaving, no call may return bytes past a line end or a
blocking read without its line end, and every line end sent ends exactly one returned string.
(The bundled extension keeps this with one recv() per byte; sockets-ng peeks, so it must keep
another reader from taking bytes between its peek and its read.) Under sockets-ng every line
also arrives whole, in one process; the bundled one may split a line's bytes between both.
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl and posix needed'); ?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
const LINES = 4000;

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$r, $w] = $p;
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);   // the child's report
[$report, $childReport] = $q;

function expected_line(int $i): string
{
    return sprintf("%05d:", $i) . str_repeat(chr(ord('a') + $i % 26), $i % 37) . "\n";
}

// Reads until end of stream; returns [strings returned, faults, whole lines seen].
function read_all(Socket $r): array
{
    $calls = 0;
    $faults = [];
    $whole = 0;
    while (true) {
        $line = @socket_read($r, 8192, PHP_NORMAL_READ);   // the end: ECONNRESET
        if ($line === false || $line === '') {
            break;
        }
        $calls++;
        $end = strpos($line, "\n");
        if ($end !== strlen($line) - 1) {
            $faults[] = json_encode($line);
        }
        if (preg_match('/^(\d{5}):/', $line, $m) && $line === expected_line((int) $m[1])) {
            $whole++;
        }
    }
    return [$calls, $faults, $whole];
}

$writer = sk_fork(function () use ($r, $w, $report, $childReport) {
    socket_close($r);
    socket_close($report);
    socket_close($childReport);
    $all = '';
    for ($i = 0; $i < LINES; $i++) {
        $all .= expected_line($i);
    }
    // Pieces of odd sizes, so lines straddle writes, spread over about 70 ms so that both
    // readers are waiting for data at times (each then gets some of the lines).
    for ($off = 0; $off < strlen($all); $off += $n) {
        $n = 1 + ($off * 7919) % 3000;
        socket_write($w, substr($all, $off, $n));
        usleep(1000);
    }
});
socket_close($w);

$reader = sk_fork(function () use ($r, $report, $childReport) {
    socket_close($report);
    [$calls, $faults, $whole] = read_all($r);
    socket_write($childReport, json_encode([$calls, $faults, $whole]));
});
socket_close($childReport);

[$calls, $faults, $whole] = read_all($r);
$child = json_decode(socket_read($report, 1 << 20), true);
sk_wait($writer);
sk_wait($reader);

echo "strings returned: ", $calls + $child[0], " of ", LINES, "\n";
echo "faults: ", count($faults) + count($child[1]), "\n";
foreach (array_slice(array_merge($faults, $child[1]), 0, 5) as $f) {
    echo "  $f\n";
}
echo "both read: ", json_encode($calls > 0 && $child[0] > 0), "\n";
$ng = phpversion('sockets') !== PHP_VERSION;
echo "whole lines: ", json_encode(!$ng || $whole + $child[2] === LINES), "\n";
?>
--EXPECT--
strings returned: 4000 of 4000
faults: 0
both read: true
whole lines: true
