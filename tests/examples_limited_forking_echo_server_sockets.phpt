--TEST--
examples/limited_forking_echo_server_sockets.php (seed 004 limited forking echo server, Socket objects): per-client child, MAX_PROCS limit, child-closed listener stays open in parent
--DESCRIPTION--
Starts the forking echo server on 127.0.0.1 port 0 with MAX_PROCS=2 and reads its real port.
Client 1 is served by a forked child (welcome "You are connected to process PID", lines and a lone
"0" echoed back - the seed stopped on "0"). The child closed its copy of the listening socket and the
parent closed its copy of client 1's connection, yet the parent still accepts client 2 and client 1
keeps talking to its child: a socket closed in one process stays open in the other.
Client 3 is not served while two children are busy; it is served as soon as client 1 hangs up.
SIGTERM stops the server, which terminates its children (clients see EOF) and no child is left.
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

$child = ex_start('limited_forking_echo_server_sockets.php', ['0', '2']);
$port = ex_listen($child);
$serverPid = proc_get_status($child['proc'])['pid'];
var_dump($port > 0, $child['before']);
$pids = [];

$c1 = ex_connect($port);
$pids[1] = welcome_pid($c1);
var_dump($pids[1] > 0 && $pids[1] !== $serverPid);
socket_write($c1, "hello\n");
var_dump(ex_read_until($c1, "\n"));
socket_write($c1, "0");
var_dump(ex_read_until($c1, "0"));

// Parent still accepts although the child closed (its copy of) the listening socket.
$c2 = ex_connect($port);
$pids[2] = welcome_pid($c2);
var_dump($pids[2] > 0 && $pids[2] !== $pids[1] && $pids[2] !== $serverPid);
// ...and client 1's connection, closed in the parent, is still open in child 1.
socket_write($c1, "still here\n");
var_dump(ex_read_until($c1, "\n"));
socket_write($c2, "second\n");
var_dump(ex_read_until($c2, "\n"));

// MAX_PROCS = 2: client 3 waits until a child is free.
$c3 = ex_connect($port);
var_dump(ex_read_until($c3, "\n", 0.8));
socket_close($c1);
$pids[3] = welcome_pid($c3);
var_dump($pids[3] > 0 && !in_array($pids[3], [$pids[1], $pids[2], $serverPid], true));
socket_write($c3, "third\n");
var_dump(ex_read_until($c3, "\n"));

proc_terminate($child['proc'], SIGTERM);
$lines = ex_lines_until_exit($child, 30);
echo ex_term($child), "\n";
var_dump(ex_is_eof($c2), ex_is_eof($c3));
$log = preg_replace('/for 127\.0\.0\.1:\d+$/m', 'for 127.0.0.1:X', implode("\n", $lines));
echo $log, "\n";
$left = ex_left_alive($pids, 'alive');
var_dump($left);
foreach ($left as $p) { posix_kill($p, SIGKILL); }
?>
--EXPECT--
bool(true)
array(0) {
}
bool(true)
string(6) "hello
"
string(1) "0"
bool(true)
string(11) "still here
"
string(7) "second
"
string(0) ""
bool(true)
string(6) "third
"
exit 0
bool(true)
bool(true)
Waiting...
0 connected
Starting a new child process for 127.0.0.1:X
1 connected
Starting a new child process for 127.0.0.1:X
2 connected
1 connected
Starting a new child process for 127.0.0.1:X
2 connected
Server stopped
array(0) {
}
