--TEST--
examples/prefork_worker_pool.php (seed 004 pre-forked worker pool, stream functions): workers share the listener, dead worker respawned
--DESCRIPTION--
Starts the pool on 127.0.0.1 port 0 with MAX_PROCS=2 and reads its real port and the two worker pids
("Creating worker process PID"). Two simultaneous clients are served by the two different workers,
which all accept() on the listening socket inherited from the master (lines and a lone "0" echoed).
A worker killed with SIGKILL is reported ("Worker PID has died :(") and replaced; its client sees EOF
and a new client is served by the new worker. SIGTERM on the master stops the workers too (their
clients see EOF) and no worker is left.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets extension not loaded');
if (!function_exists('pcntl_fork') || !function_exists('posix_getpid')) die('skip pcntl/posix needed');
if (!function_exists('proc_open')) die('skip proc_open not available');
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
    $w = ex_read_until($c, "\n", 30);
    if (!preg_match('/^You are connected to process (\d+)\n$/', $w, $m)) {
        echo "bad welcome: ", json_encode($w), "\n";
        return 0;
    }
    return (int) $m[1];
}
function created(array &$child): int
{
    $l = ex_line($child, 30);
    if ($l === null || !preg_match('/^Creating worker process (\d+)$/', $l, $m)) {
        echo "unexpected line: ", json_encode($l), "\n";
        return 0;
    }
    return (int) $m[1];
}

$child = ex_start('prefork_worker_pool.php', ['0', '2']);
$port = ex_listen($child);
$master = proc_get_status($child['proc'])['pid'];
var_dump($port > 0, $child['before']);
$w1 = created($child);
$w2 = created($child);
$workers = [$w1, $w2];
var_dump($w1 > 0 && $w2 > 0 && $w1 !== $w2 && !in_array($master, $workers, true));

$c1 = ex_connect($port);
$c2 = ex_connect($port);
$p1 = welcome_pid($c1);
$p2 = welcome_pid($c2);
$got = [$p1, $p2];
sort($got);
sort($workers);
var_dump($got === $workers);
socket_write($c1, "hello\n");
socket_write($c2, "0");
var_dump(ex_read_until($c1, "\n"), ex_read_until($c2, "0"));

// Kill the worker serving client 1: reported, replaced, client 1 sees EOF.
posix_kill($p1, SIGKILL);
var_dump(ex_is_eof($c1));
$l = ex_line($child, 30);
var_dump($l === "Worker $p1 has died :(");
$w3 = created($child);
var_dump($w3 > 0 && !in_array($w3, $workers, true));
$c3 = ex_connect($port);
var_dump(welcome_pid($c3) === $w3);
socket_write($c3, "third\n");
var_dump(ex_read_until($c3, "\n"));

proc_terminate($child['proc'], SIGTERM);
var_dump(ex_lines_until_exit($child, 30));
echo ex_term($child), "\n";
var_dump(ex_is_eof($c2), ex_is_eof($c3));
$left = ex_left_alive([$w1, $w2, $w3], 'alive');
var_dump($left);
foreach ($left as $p) { posix_kill($p, SIGKILL); }
?>
--EXPECT--
bool(true)
array(0) {
}
bool(true)
bool(true)
string(6) "hello
"
string(1) "0"
bool(true)
bool(true)
bool(true)
bool(true)
string(6) "third
"
array(1) {
  [0]=>
  string(14) "Server stopped"
}
exit 0
bool(true)
bool(true)
array(0) {
}
