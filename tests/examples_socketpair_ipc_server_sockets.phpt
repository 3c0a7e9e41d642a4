--TEST--
examples/socketpair_ipc_server_sockets.php (seed 004 socketpair IPC server, Socket objects): children report "done" to the parent over a Unix socket pair
--DESCRIPTION--
Starts the server on 127.0.0.1 port 0 and reads its real port. Each client is served by a forked child
(welcome "You are connected to process PID", lines echoed, "quit" closes). A child that finishes
writes its pid on the shared socket pair; the parent logs "Child PID finished" and frees the slot,
so a third client, kept waiting while two children are busy, is then served (the seed never freed
slots correctly because of its `$chilren` typo and left zombies). The parent closed its copy of each
accepted connection and the children closed their listener copy: each stays open in the other
process. SIGTERM stops the server; all children are gone.
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
/* Reads server lines into $log until $want is seen (bounded). */
function wait_line(array &$child, string $want, array &$log): bool
{
    $deadline = microtime(true) + 5;
    while (($l = ex_line($child, max(0.0, $deadline - microtime(true)))) !== null) {
        $log[] = $l;
        if ($l === $want) { return true; }
    }
    echo "missing line: $want\n";
    return false;
}

$child = ex_start('socketpair_ipc_server_sockets.php', ['0']);
$port = ex_listen($child);
$serverPid = proc_get_status($child['proc'])['pid'];
var_dump($port > 0, $child['before']);
$log = [];
$pids = [];

$c1 = ex_connect($port);
$pids[1] = welcome_pid($c1);
socket_write($c1, "hello\n");
var_dump(ex_read_until($c1, "\n"));

$c2 = ex_connect($port);
$pids[2] = welcome_pid($c2);
socket_write($c1, "one\n");
socket_write($c2, "two\n");
var_dump(ex_read_until($c1, "\n"), ex_read_until($c2, "\n"));
var_dump(count(array_unique([$serverPid, $pids[1], $pids[2]])) === 3);

$c3 = ex_connect($port);
var_dump(ex_read_until($c3, "\n", 0.8));          // both slots busy
socket_write($c1, "QUIT\r\n");
var_dump(ex_is_eof($c1));
wait_line($child, "Child {$pids[1]} finished", $log);
$pids[3] = welcome_pid($c3);
var_dump($pids[3] > 0 && !in_array($pids[3], [$serverPid, $pids[1], $pids[2]], true));
socket_write($c3, "three\n");
var_dump(ex_read_until($c3, "\n"));

socket_write($c2, "quit\n");
var_dump(ex_is_eof($c2));
wait_line($child, "Child {$pids[2]} finished", $log);
socket_write($c3, "quit\n");
var_dump(ex_is_eof($c3));
wait_line($child, "0 connected", $log);

proc_terminate($child['proc'], SIGTERM);
$log = array_merge($log, ex_lines_until_exit($child, 30));
echo ex_term($child), "\n";
$text = preg_replace('/for 127\.0\.0\.1:\d+$/m', 'for 127.0.0.1:X', implode("\n", $log));
$text = strtr($text, ["Child {$pids[1]} " => 'Child P1 ', "Child {$pids[2]} " => 'Child P2 ', "Child {$pids[3]} " => 'Child P3 ']);
echo $text, "\n";
$left = ex_left_alive($pids, 'alive');
var_dump($left);
foreach ($left as $p) { posix_kill($p, SIGKILL); }
?>
--EXPECT--
bool(true)
array(0) {
}
string(6) "hello
"
string(4) "one
"
string(4) "two
"
bool(true)
string(0) ""
bool(true)
bool(true)
string(6) "three
"
bool(true)
bool(true)
exit 0
Waiting...
0 connected
Starting a new child process for 127.0.0.1:X
1 connected
Starting a new child process for 127.0.0.1:X
2 connected
Child P1 finished
1 connected
Starting a new child process for 127.0.0.1:X
2 connected
Child P2 finished
1 connected
Child P3 finished
0 connected
Server stopped
array(0) {
}
