--TEST--
examples/daemon_run_server.php (seed 004 run_server()): fork-setsid-fork daemon, fixed reply, pid file, SIGTERM
--DESCRIPTION--
Starts the daemon with port 0 and a temporary pid file. The launcher exits 0 after its first child
has exited; the daemon (grandchild, in a new session but not its leader) prints "Listening on ...",
writes its pid and answers each client "Welcome to My First Server..." then closes the connection.
SIGTERM (pid from the pid file) stops it and removes the pid file; its session's process group is
killed as a fallback so nothing is left behind.
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

$pidFile = sys_get_temp_dir() . '/ex_run_server_' . getmypid() . '.pid';
@unlink($pidFile);
$daemon = 0;
register_shutdown_function(function () use (&$daemon, $pidFile) {
    if ($daemon > 0 && alive($daemon)) {
        $pg = posix_getpgid($daemon);
        if ($pg > 1) { posix_kill(-$pg, SIGKILL); }
        posix_kill($daemon, SIGKILL);
    }
    @unlink($pidFile);
});

$child = ex_start('daemon_run_server.php', ['0', $pidFile]);
$port = ex_listen($child);
var_dump($port > 0, $child['before']);
var_dump(ex_line($child));
echo ex_describe(ex_wait_exit($child)), "\n";
var_dump(ex_lines_until_exit($child, 30));
$launcher = proc_get_status($child['proc'])['pid'];
php_child_stop($child);

var_dump(wait_for(fn() => is_file($pidFile)));
$daemon = (int) trim(file_get_contents($pidFile));
var_dump($daemon > 0 && $daemon !== $launcher && alive($daemon));
$sid = posix_getsid($daemon);
var_dump($sid !== posix_getsid(0), $sid !== $daemon);   // new session, not its leader

for ($i = 0; $i < 2; $i++) {
    $c = ex_connect($port);
    var_dump(ex_read_all($c));
    socket_close($c);
}

posix_kill($daemon, SIGTERM);
var_dump(wait_for(fn() => !alive($daemon)));
var_dump(wait_for(fn() => !is_file($pidFile)));
?>
--EXPECT--
bool(true)
array(0) {
}
string(30) "waiting for clients to connect"
exit 0
array(0) {
}
bool(true)
bool(true)
bool(true)
bool(true)
string(29) "Welcome to My First Server..."
string(29) "Welcome to My First Server..."
bool(true)
bool(true)
