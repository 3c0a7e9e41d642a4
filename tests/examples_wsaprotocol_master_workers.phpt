--TEST--
examples/wsaprotocol_master.php: a master exports its listener to independently started workers, each accepting
--DESCRIPTION--
Starts the master with port 0 and 2 workers. The workers are new PHP processes (proc_open), not
forks: each gets an id for its own pid, imports the listening socket and reports "Worker PID
accepting" (then the master releases that id). Two simultaneous clients are served by the two
workers (each says which process it is; lines echoed). A worker killed with SIGKILL is reported
and replaced by a new worker that imports a fresh id and serves the next client. SIGTERM stops
the master and its workers. sockets-ng only.
--SKIPIF--
<?php
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: socket_wsaprotocol_info_* exist on Windows only in the bundled extension');
if (!function_exists('proc_open') || !function_exists('pcntl_fork') || !function_exists('posix_kill')) die('skip proc_open, pcntl and posix needed');
?>
--FILE--
<?php
require __DIR__ . '/include/examples.inc';

function alive(int $pid): bool
{
    $st = @file_get_contents("/proc/$pid/stat");
    return $st !== false && !preg_match('/^\d+ \(.*\) Z/s', $st);
}
function welcome_pid(Socket $c): int
{
    return preg_match('/^You are connected to process (\d+)\n$/', ex_read_until($c, "\n"), $m) ? (int) $m[1] : 0;
}
/* Reads the "Started" and "accepting" lines of $n workers (their order may interleave). */
function workers_ready(array &$child, int $n): array
{
    $started = $accepting = [];
    while (count($accepting) < $n && ($l = ex_line($child, 30)) !== null) {
        if (preg_match('/^Started worker process (\d+)$/', $l, $m)) {
            $started[] = (int) $m[1];
        } elseif (preg_match('/^Worker (\d+) accepting$/', $l, $m)) {
            $accepting[] = (int) $m[1];
        } else {
            echo "unexpected: $l\n";
        }
    }
    sort($started);
    sort($accepting);
    return $started === $accepting ? $started : [];
}

$child = ex_start('wsaprotocol_master.php', ['0', '2']);
$port = ex_listen($child);
$master = proc_get_status($child['proc'])['pid'];
$workers = workers_ready($child, 2);
var_dump(count($workers) === 2 && !in_array($master, $workers, true));
// Not forks: each worker's parent is the master's proc_open, and each runs the worker script.
foreach ($workers as $w) {
    var_dump(str_contains(file_get_contents("/proc/$w/cmdline"), 'wsaprotocol_worker.php'));
}

$c1 = ex_connect($port);
$c2 = ex_connect($port);
$got = [welcome_pid($c1), welcome_pid($c2)];
sort($got);
var_dump($got === $workers);
socket_write($c1, "hello\n");
socket_write($c2, "world\n");
var_dump(ex_read_until($c1, "\n"), ex_read_until($c2, "\n"));

$c3 = ex_connect($port);   // both workers busy: waits in the queue until one is free
socket_close($c1);
var_dump(in_array(welcome_pid($c3), $workers, true));

$victim = $workers[0];
posix_kill($victim, SIGKILL);
var_dump(ex_line($child, 30) === "Worker $victim has died :(");
$new = workers_ready($child, 1);
var_dump(count($new) === 1 && !in_array($new[0], $workers, true));
socket_close($c2);
socket_close($c3);
// Both remaining workers are free: a client goes to one of them.
$c4 = ex_connect($port);
var_dump(in_array(welcome_pid($c4), [$workers[1], $new[0]], true));
socket_write($c4, "again\n");
var_dump(ex_read_until($c4, "\n"));

proc_terminate($child['proc'], SIGTERM);
var_dump(ex_lines_until_exit($child, 30));
echo ex_term($child), "\n";
var_dump(ex_is_eof($c4));
$left = ex_left_alive([$workers[0], $workers[1], $new[0]], 'alive');
var_dump($left);
foreach ($left as $p) { posix_kill($p, SIGKILL); }
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
string(6) "hello
"
string(6) "world
"
bool(true)
bool(true)
bool(true)
bool(true)
string(6) "again
"
array(1) {
  [0]=>
  string(14) "Server stopped"
}
exit 0
bool(true)
array(0) {
}
