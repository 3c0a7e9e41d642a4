--TEST--
socket_wsaprotocol_info_import: ids end with the exporting process; a silent exporter is waited for a bounded time
--DESCRIPTION--
A peer exports for this process and exits normally, another is killed with SIGKILL (no request
shutdown runs): in both cases the import is false at once with a warning naming the exporter that
has exited, and no "@sockets-ng:" name of theirs is left in /proc/net/unix. A third exporter is
stopped with SIGSTOP: its name still exists but nobody answers, and the import gives up after its
5 second wait with ETIMEDOUT. sockets-ng only.
--SKIPIF--
<?php
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: socket_wsaprotocol_info_* exist on Windows only in the bundled extension');
if (!function_exists('proc_open') || !function_exists('posix_kill')) die('skip proc_open and posix needed');
?>
--FILE--
<?php
require __DIR__ . '/include/share.inc';
function bound(string $id): bool
{
    return str_contains(file_get_contents('/proc/net/unix'), '@' . $id);
}
foreach (['exit', 'SIGKILL'] as $how) {
    $a = share_peer();
    share_cmd($a, 'listen');
    $id = share_id(share_cmd($a, 'export ' . getmypid()));
    var_dump(bound($id));
    if ($how === 'exit') {
        fwrite($a['pipes'][0], "exit\n");
        php_child_wait($a, 30);
    } else {
        posix_kill($a['pid'], SIGKILL);
        php_child_wait($a, 30);
    }
    var_dump(bound($id));
    $s = socket_wsaprotocol_info_import($id);
    echo str_replace((string) $a['pid'], 'PID', error_get_last()['message']), "\n";
    var_dump($s);
    php_child_stop($a);
}

$a = share_peer();
share_cmd($a, 'listen');
$id = share_id(share_cmd($a, 'export ' . getmypid()));
posix_kill($a['pid'], SIGSTOP);
// The stop reaches every thread (the agent's too) a moment later: wait until all are stopped.
function all_stopped(int $pid): bool
{
    foreach (glob("/proc/$pid/task/*/stat") as $stat) {
        if (!preg_match('/\) [tT] /', (string) @file_get_contents($stat))) {
            return false;
        }
    }
    return true;
}
for ($i = 0; $i < 250 && !all_stopped($a['pid']); $i++) {
    usleep(20000);
}
$s = socket_wsaprotocol_info_import($id);
echo str_replace((string) $a['pid'], 'PID', error_get_last()['message']), "\n";
var_dump($s, socket_last_error() === SOCKET_ETIMEDOUT);
posix_kill($a['pid'], SIGCONT);
php_child_stop($a);
?>
--EXPECTF--
bool(true)
bool(false)

Warning: socket_wsaprotocol_info_import(): Unable to import WSA protocol info [111]: the exporting process (pid %d) has exited in %s on line %d
socket_wsaprotocol_info_import(): Unable to import WSA protocol info [111]: the exporting process (pid PID) has exited
bool(false)
bool(true)
bool(false)

Warning: socket_wsaprotocol_info_import(): Unable to import WSA protocol info [111]: the exporting process (pid %d) has exited in %s on line %d
socket_wsaprotocol_info_import(): Unable to import WSA protocol info [111]: the exporting process (pid PID) has exited
bool(false)

Warning: socket_wsaprotocol_info_import(): Unable to import WSA protocol info [110]: the exporting process (pid %d) did not answer within 5000 ms in %s on line %d
socket_wsaprotocol_info_import(): Unable to import WSA protocol info [110]: the exporting process (pid PID) did not answer within 5000 ms
bool(false)
bool(true)
