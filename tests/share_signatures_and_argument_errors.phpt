--TEST--
socket_wsaprotocol_info_*: PHP's Windows signatures; bad pids, ids and closed sockets
--DESCRIPTION--
The three functions have the signatures PHP declares for Windows. A pid of 0 or below is a
ValueError; a pid no process has is false with a warning and ESRCH as the socket's last error; a
closed socket is an Error. An import of a string that is not an id is false with a warning; a
release of an id this process does not hold is false without a warning (as on Windows). The id
holds 128 random bits after the exporter's pid. sockets-ng only.
--SKIPIF--
<?php
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: socket_wsaprotocol_info_* exist on Windows only in the bundled extension');
if (!function_exists('proc_open') || !function_exists('pcntl_fork')) die('skip proc_open and pcntl needed');
?>
--FILE--
<?php
foreach (['socket_wsaprotocol_info_export', 'socket_wsaprotocol_info_import', 'socket_wsaprotocol_info_release'] as $f) {
    $rf = new ReflectionFunction($f);
    $params = array_map(fn($p) => $p->getType() . ' $' . $p->getName(), $rf->getParameters());
    echo $f, '(', implode(', ', $params), '): ', $rf->getReturnType(), "\n";
}
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
foreach ([0, -1, PHP_INT_MAX] as $pid) {
    try {
        socket_wsaprotocol_info_export($s, $pid);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
// A pid that is free: a child that has exited and been reaped.
$pid = pcntl_fork();
if ($pid === 0) { exit(0); }
pcntl_waitpid($pid, $status);
var_dump(str_replace((string) $pid, 'PID', (string) @socket_wsaprotocol_info_export($s, $pid)), error_get_last()['message'] === "socket_wsaprotocol_info_export(): Unable to export WSA protocol info [3]: no process has pid $pid", socket_last_error($s));

$id = socket_wsaprotocol_info_export($s, getmypid());
var_dump(preg_match('/^sockets-ng:' . getmypid() . ':[0-9a-f]{32}$/', $id), $id !== socket_wsaprotocol_info_export($s, getmypid()));
var_dump(socket_wsaprotocol_info_import('php_wsa_for_1'), socket_last_error());
var_dump(socket_wsaprotocol_info_import($id . "\0"));
var_dump(socket_wsaprotocol_info_release('php_wsa_for_1'), socket_wsaprotocol_info_release($id . "\0"), socket_wsaprotocol_info_release($id));
socket_close($s);
try {
    socket_wsaprotocol_info_export($s, getmypid());
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
socket_wsaprotocol_info_export(Socket $socket, int $process_id): string|false
socket_wsaprotocol_info_import(string $info_id): Socket|false
socket_wsaprotocol_info_release(string $info_id): bool
socket_wsaprotocol_info_export(): Argument #2 ($process_id) must be between 1 and 2147483647
socket_wsaprotocol_info_export(): Argument #2 ($process_id) must be between 1 and 2147483647
socket_wsaprotocol_info_export(): Argument #2 ($process_id) must be between 1 and 2147483647
string(0) ""
bool(true)
int(3)
int(1)
bool(true)

Warning: socket_wsaprotocol_info_import(): Unable to import WSA protocol info [22]: not an id made by socket_wsaprotocol_info_export() in %s on line %d
bool(false)
int(22)

Warning: socket_wsaprotocol_info_import(): Unable to import WSA protocol info [22]: not an id made by socket_wsaprotocol_info_export() in %s on line %d
bool(false)
bool(false)
bool(false)
bool(true)
socket_wsaprotocol_info_export(): Argument #1 ($socket) has already been closed
