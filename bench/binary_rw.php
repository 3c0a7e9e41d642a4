<?php
/*
 * Binary throughput: socket_write() of 64 KiB chunks in a forked writer, socket_read($s, 65536)
 * (PHP_BINARY_READ) in the parent, over an AF_UNIX/SOCK_STREAM socketpair. Prints MiB/s read.
 * Usage: binary_rw.php [SECONDS]   (timed part, default 0.5)
 * Checks: every chunk the writer sends is the same 64 KiB pattern; the reader checks the byte
 * count and that each read's bytes are the pattern at the offset they should be.
 */
require __DIR__ . '/lib.inc';
bench_require('pcntl', 'posix');

const CHUNK = 65536;
$seconds = (float) ($argv[1] ?? 0.5);
$pattern = '';
for ($i = 0; $i < CHUNK / 256; $i++) {
    $pattern .= implode('', array_map('chr', range(0, 255)));
}
$twice = $pattern . $pattern;

$pair = [];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair) || bench_fail('socket_create_pair failed');
[$reader, $writer] = $pair;
$pid = pcntl_fork();
if ($pid < 0) {
    bench_fail('fork failed');
}
if ($pid === 0) {
    socket_close($reader);
    pcntl_alarm((int) ceil($seconds) + 30);
    for (;;) {
        $off = 0;
        while ($off < CHUNK) {
            $n = @socket_write($writer, $off === 0 ? $pattern : substr($pattern, $off));
            if ($n === false || $n <= 0) {
                posix_kill(posix_getpid(), SIGKILL);
            }
            $off += $n;
        }
    }
}
socket_close($writer);
bench_bound((int) ceil($seconds) + 20, fn () => bench_reap($pid));

$total = 0;
$bad = 0;
$check = function (string $data) use (&$total, &$bad, $twice): void {
    $len = strlen($data);
    $at = $total % CHUNK;
    // Spot-check the first and last 64 bytes of each read against the pattern.
    $head = min(64, $len);
    if (substr($data, 0, $head) !== substr($twice, $at, $head)
        || substr($data, -$head) !== substr($twice, ($at + $len - $head) % CHUNK, $head)) {
        $bad++;
    }
    $total += $len;
};
// Warm-up.
for ($i = 0; $i < 16; $i++) {
    $d = socket_read($reader, CHUNK);
    if (!is_string($d) || $d === '') {
        bench_fail('read failed during warm-up');
    }
    $check($d);
}
$bytes = 0;
$limit = (int) ($seconds * 1e9);
$start = hrtime(true);
do {
    for ($b = 0; $b < 8; $b++) {
        $d = socket_read($reader, CHUNK);
        if (!is_string($d) || $d === '') {
            bench_reap($pid);
            bench_fail('read failed');
        }
        $check($d);
        $bytes += strlen($d);
    }
    $elapsed = hrtime(true) - $start;
} while ($elapsed < $limit);
bench_reap($pid);
if ($bad) {
    bench_fail("$bad reads had wrong content");
}
bench_result($bytes / 1048576 / ($elapsed / 1e9), 'MiB/s', sprintf('bytes=%d seconds=%.3f', $bytes, $elapsed / 1e9));
