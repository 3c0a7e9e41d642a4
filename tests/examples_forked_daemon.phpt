--TEST--
examples/forked_daemon.php (seed 001 Dave M. 2002 forked daemon): detaches, pid file, per-client child, signals
--DESCRIPTION--
Starts the daemon with --port=0 and a temporary pid file and log file. The launcher prints
"Listening on ..." and exits 0; the detached daemon (a session leader) writes its pid to the pid file.
Each client gets its own forked child (welcome naming the child pid, "You said: ..." replies, "quit").
After fork the child closes the listening socket and the parent closes the accepted connection:
the parent still accepts client 2 while client 1 keeps talking to its child, i.e. a socket closed
in one process stays open in the other. SIGUSR1 and SIGHUP are logged; a second instance with the
same pid file refuses to start. SIGTERM (pid read from the pid file) stops the daemon and its
children and removes the pid file; no process is left (process group killed as a fallback).
setuid/setgid is not exercised (only done when root and asked for with --user/--group).
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets extension not loaded');
if (!function_exists('pcntl_fork') || !function_exists('posix_setsid')) die('skip pcntl/posix needed');
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
function wait_for(callable $cond, float $t = 30.0): bool
{
    $deadline = microtime(true) + $t;
    do {
        clearstatcache();
        if ($cond()) { return true; }
        usleep(20000);
    } while (microtime(true) < $deadline);
    return false;
}

$base = sys_get_temp_dir() . '/ex_forked_daemon_' . getmypid();
$pidFile = "$base.pid";
$logFile = "$base.log";
@unlink($pidFile);
@unlink($logFile);
$daemon = 0;
register_shutdown_function(function () use (&$daemon, $pidFile, $logFile) {
    if ($daemon > 0 && alive($daemon)) { posix_kill(-$daemon, SIGKILL); posix_kill($daemon, SIGKILL); }
    @unlink($pidFile);
    @unlink($logFile);
});

$child = ex_start('forked_daemon.php', ['--port=0', "--pid-file=$pidFile", "--log=$logFile"]);
$port = ex_listen($child);
var_dump($port > 0);
var_dump(ex_line($child));
echo ex_describe(ex_wait_exit($child)), "\n";          // the launcher exits, the daemon lives on
var_dump(ex_lines_until_exit($child, 30));               // daemon detached stdout: EOF
$launcher = proc_get_status($child['proc'])['pid'];
php_child_stop($child);

var_dump(wait_for(fn() => is_file($pidFile) && str_ends_with((string) file_get_contents($pidFile), "\n")));
$daemon = (int) trim(file_get_contents($pidFile));
var_dump($daemon > 0 && $daemon !== $launcher && alive($daemon));
var_dump(posix_getsid($daemon) === $daemon);            // session leader (setsid)

$c1 = ex_connect($port);
$w1 = ex_read_until($c1, "\n");
var_dump((bool) preg_match('/^Welcome to the forked daemon, served by process (\d+)\n$/', $w1, $m1));
socket_write($c1, "hello\r\n");
var_dump(ex_read_until($c1, "\n"));

// Child 1 closed the listening socket: the parent's copy is still open and accepts client 2.
$c2 = ex_connect($port);
$w2 = ex_read_until($c2, "\n");
var_dump((bool) preg_match('/^Welcome to the forked daemon, served by process (\d+)\n$/', $w2, $m2));
$kids = [(int) $m1[1], (int) $m2[1]];
var_dump(count(array_unique([$daemon, $kids[0], $kids[1]])) === 3);
// The parent closed client 1's connection: still open in child 1.
socket_write($c1, "still there\n");
socket_write($c2, "second\n");
var_dump(ex_read_until($c1, "\n"), ex_read_until($c2, "\n"));
socket_write($c1, "quit\n");
var_dump(ex_is_eof($c1));

posix_kill($daemon, SIGUSR1);
var_dump(wait_for(fn() => str_contains((string) file_get_contents($logFile), 'Caught SIGUSR1...')));
posix_kill($daemon, SIGHUP);
var_dump(wait_for(fn() => str_contains((string) file_get_contents($logFile), 'Caught SIGHUP')));
socket_write($c2, "after signals\n");
var_dump(ex_read_until($c2, "\n"));

// Second instance, same pid file: refused.
$second = ex_start('forked_daemon.php', ['--port=0', "--pid-file=$pidFile"]);
var_dump(str_replace((string) $daemon, 'PID', implode("\n", ex_lines_until_exit($second, 30))));
echo ex_describe(ex_wait_exit($second)), "\n";
php_child_stop($second);

// Stop: SIGTERM to the pid from the pid file.
posix_kill((int) trim(file_get_contents($pidFile)), SIGTERM);
var_dump(wait_for(fn() => !is_file($pidFile)));
var_dump(wait_for(fn() => !alive($daemon)));
var_dump(ex_is_eof($c2));
var_dump(ex_left_alive($kids, 'alive'));
$log = file_get_contents($logFile);
var_dump(str_contains($log, 'Caught SIGTERM, shutting down'), str_contains($log, 'Daemon stopped'));
?>
--EXPECT--
bool(true)
string(42) "Server ready. Waiting for connections....."
exit 0
array(0) {
}
bool(true)
bool(true)
bool(true)
bool(true)
string(16) "You said: hello
"
bool(true)
bool(true)
string(22) "You said: still there
"
string(17) "You said: second
"
bool(true)
bool(true)
bool(true)
string(24) "You said: after signals
"
string(36) "Server already running with PID: PID"
exit 1
bool(true)
bool(true)
bool(true)
array(0) {
}
bool(true)
bool(true)
