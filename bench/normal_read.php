<?php
/*
 * PHP_NORMAL_READ throughput: lines per second read with socket_read($s, 8192, PHP_NORMAL_READ)
 * from an AF_UNIX/SOCK_STREAM connection while a forked writer keeps the other end full.
 *
 * Usage: php bench/normal_read.php [LINE_BYTES [MIN_SECONDS [MIN_LINES [SHAPE]]]]
 *   LINE_BYTES   bytes per line, "\n" included (2..8192, default 1000)
 *   MIN_SECONDS  measure for at least this long (default 0.5; 0 = a fixed count of MIN_LINES)
 *   MIN_LINES    and at least this many lines (default 200)
 *   SHAPE        accepted (default: a connection accepted after the fork, read by this process
 *                only) or inherited (a socketpair made before the fork: both processes hold it)
 *
 * The writer writes big chunks (one write() per >= 32 KiB of whole lines) and blocks while the
 * socket is full, so the reader is the bottleneck: what is timed is the reader's loop of
 * socket_read() calls (plus one array lookup and one string comparison per line).
 * Every line is checked against the expected content: the writer cycles through 26 different
 * lines ("a..a\n", "b..b\n", ...), so a lost, repeated, split or merged line shows as a mismatch.
 *
 * Prints one line:
 *   lines_per_sec=12345.6 line_bytes=1000 lines=6789 seconds=0.550 impl=bundled|sockets-ng mismatches=0 writer_busy=0.05
 * writer_busy: the writer's CPU time over the whole run's wall time; well below 1 means the
 * writer mostly waited for room in the socket, i.e. the reader was the bottleneck.
 * Exit 0 when every line matched, 1 on any mismatch or read failure, 2 on bad arguments.
 * Bounded: SO_RCVTIMEO 5 s on every read, and an alarm ends the whole run (exit 1) after
 * MIN_SECONDS + 60 s; the writer is killed and reaped before every exit.
 */

const READ_LEN = 8192;
const CYCLE = 26;

function fail(string $msg, int $code = 1): never
{
    fwrite(STDERR, "normal_read.php: $msg\n");
    exit($code);
}

// Kills and reaps the writer; returns the CPU seconds it used (user + system).
function stop_writer(int $pid): float
{
    posix_kill($pid, SIGKILL);
    $status = 0;
    $usage = [];
    pcntl_waitpid($pid, $status, 0, $usage);
    return ($usage['ru_utime.tv_sec'] ?? 0) + ($usage['ru_utime.tv_usec'] ?? 0) / 1e6
        + ($usage['ru_stime.tv_sec'] ?? 0) + ($usage['ru_stime.tv_usec'] ?? 0) / 1e6;
}

foreach (['sockets', 'pcntl', 'posix'] as $ext) {
    if (!extension_loaded($ext)) {
        fail("the $ext extension is not loaded", 2);
    }
}

$lineBytes = (int) ($argv[1] ?? 1000);
$minSeconds = (float) ($argv[2] ?? 0.5);
$minLines = (int) ($argv[3] ?? 200);
$shape = $argv[4] ?? 'accepted';
if ($lineBytes < 2 || $lineBytes > READ_LEN || $minSeconds < 0 || $minLines < 1 || !in_array($shape, ['accepted', 'inherited'], true)) {
    fail("usage: normal_read.php [LINE_BYTES (2..8192) [MIN_SECONDS (>= 0) [MIN_LINES (>= 1) [accepted|inherited]]]]", 2);
}

// The 26 lines, in the order the writer sends them.
$expected = [];
for ($k = 0; $k < CYCLE; $k++) {
    $expected[$k] = str_repeat(chr(ord('a') + $k), $lineBytes - 1) . "\n";
}
// One write() carries whole cycles of lines, at least 32 KiB.
$cycle = implode('', $expected);
$chunk = str_repeat($cycle, max(1, intdiv(32768 + strlen($cycle) - 1, strlen($cycle))));

// SHAPE "inherited": the reader reads its end of a socketpair made before the fork, so the
// writer process holds the reader's end too (sockets-ng then reads one byte per call, as the
// bundled one: a peek could be overtaken by another reader). "accepted" (default): the writer
// connects to a listening socket after the fork and the reader reads the connection it accepted,
// which only this process holds.
$inherited = $shape === 'inherited';
$name = "\0skng-bench-normal-read-" . getmypid();
if ($inherited) {
    $pair = [];
    if (!socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair)) {
        fail('socket_create_pair failed: ' . socket_strerror(socket_last_error()));
    }
    [$reader, $writer] = $pair;
} else {
    $listener = socket_create(AF_UNIX, SOCK_STREAM, 0);
    if (!$listener || !socket_bind($listener, $name) || !socket_listen($listener, 1)) {
        fail('listening socket failed: ' . socket_strerror(socket_last_error()));
    }
}

$forkedAt = hrtime(true);
$pid = pcntl_fork();
if ($pid < 0) {
    fail('pcntl_fork failed');
}
if ($pid === 0) {
    // Writer: keep the socket full until the reader closes its end (EPIPE) or we are killed.
    if ($inherited) {
        socket_close($reader);
    } else {
        socket_close($listener);
        $writer = socket_create(AF_UNIX, SOCK_STREAM, 0);
        if (!$writer || !socket_connect($writer, $name)) {
            posix_kill(posix_getpid(), SIGKILL);
        }
    }
    pcntl_alarm((int) ceil($minSeconds) + 90);
    $len = strlen($chunk);
    for (;;) {
        $off = 0;
        while ($off < $len) {
            $n = @socket_write($writer, $off === 0 ? $chunk : substr($chunk, $off), $len - $off);
            if ($n === false || $n <= 0) {
                // Skip PHP's shutdown: the parent owns the output and the sockets.
                posix_kill(posix_getpid(), SIGKILL);
                exit(0);
            }
            $off += $n;
        }
    }
}

if ($inherited) {
    socket_close($writer);
} else {
    $reader = socket_accept($listener);
    socket_close($listener);
    if (!$reader) {
        stop_writer($pid);
        fail('socket_accept failed: ' . socket_strerror(socket_last_error()));
    }
}
socket_set_option($reader, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);

// Whole-run bound. The bundled extension retries a timed-out recv() forever in PHP_NORMAL_READ,
// so SO_RCVTIMEO alone does not bound it: the alarm interrupts the read (no SA_RESTART).
$bound = (int) ceil($minSeconds) + 60;
pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () use ($pid, $bound): void {
    stop_writer($pid);
    fail("gave up after {$bound} s (the reader was stuck or far too slow)");
}, false);
pcntl_alarm($bound);


// Warm-up: a few lines, untimed, so the writer is running and the socket is full.
$mismatches = 0;
$i = 0;
for ($w = 0; $w < 2 * CYCLE; $w++, $i++) {
    $line = socket_read($reader, READ_LEN, PHP_NORMAL_READ);
    if ($line !== $expected[$i % CYCLE]) {
        $mismatches++;
        if ($line === false) {
            break;
        }
    }
}

// Timed part. The clock is read once per batch of lines, so hrtime() costs next to nothing.
$batch = 16;
$lines = 0;
$minNs = (int) ($minSeconds * 1e9);
$start = hrtime(true);
$elapsed = 0;
$readError = null;
if ($mismatches === 0) {
    for (;;) {
        for ($b = 0; $b < $batch; $b++, $i++) {
            $line = socket_read($reader, READ_LEN, PHP_NORMAL_READ);
            if ($line !== $expected[$i % CYCLE]) {
                $mismatches++;
                if ($line === false) {
                    $readError = socket_strerror(socket_last_error($reader));
                    break 2;
                }
            }
        }
        $lines += $batch;
        $elapsed = hrtime(true) - $start;
        if ($elapsed >= $minNs && $lines >= $minLines) {
            break;
        }
    }
}
$elapsed = hrtime(true) - $start;

$totalSeconds = (hrtime(true) - $forkedAt) / 1e9;
socket_close($reader);
$writerCpu = stop_writer($pid);

$impl = phpversion('sockets') === PHP_VERSION ? 'bundled' : 'sockets-ng';
$seconds = $elapsed / 1e9;
printf(
    "lines_per_sec=%.1f line_bytes=%d lines=%d seconds=%.3f impl=%s mismatches=%d writer_busy=%.2f\n",
    $seconds > 0 ? $lines / $seconds : 0.0,
    $lineBytes,
    $lines,
    $seconds,
    $impl,
    $mismatches,
    $totalSeconds > 0 ? $writerCpu / $totalSeconds : 0.0
);
if ($readError !== null) {
    fail("socket_read failed after $lines timed lines: $readError");
}
if ($mismatches > 0) {
    fail("$mismatches line(s) differed from the expected content");
}
exit(0);
