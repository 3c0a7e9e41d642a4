--TEST--
sockets.legacy_names=1: descriptors socket() and accept_connect() made and the script did not close() are closed at the end of its request, and the next request cannot use their numbers
--DESCRIPTION--
PHP 4.0 left such descriptors open for the life of the process (a leak per request under a web
server). The built-in web server (php -S) runs one request after another in one process: the first
request opens two sockets and leaves them open; the second finds that neither descriptor is that
socket any more (its number may have been reused by the next connection), and that write() to the
old number is -9 (EBADF). A descriptor closed with close() is not closed again at the end (its
number, reused by a file the script opened, stays open).
--SKIPIF--
<?php
require __DIR__ . '/include/legacy.inc';
legacy_skip_unless_ours();
if (!function_exists('proc_open')) die('skip proc_open not available');
if (!is_dir('/proc/self/fd')) die('skip needs /proc/self/fd');
?>
--FILE--
<?php
require __DIR__ . '/include/legacy.inc';

$dir = sys_get_temp_dir() . '/legacy_request_end_' . getmypid();
@mkdir($dir);
file_put_contents("$dir/router.php", <<<'PHP'
<?php
header('Content-Type: text/plain');
parse_str($_SERVER['QUERY_STRING'] ?? '', $q);
if ($_SERVER['SCRIPT_NAME'] === '/open') {
    $a = socket(AF_INET, SOCK_STREAM, 0);
    $b = socket(AF_INET, SOCK_DGRAM, 0);
    // A closed one whose number a file then takes: must not be closed at the end.
    $c = socket(AF_INET, SOCK_STREAM, 0);
    close($c);
    $GLOBALS['keep'] = fopen(__FILE__, 'r');
    echo json_encode(['a' => $a, 'ia' => readlink("/proc/self/fd/$a"), 'b' => $b, 'ib' => readlink("/proc/self/fd/$b"),
        'c' => $c, 'file_took_c' => readlink("/proc/self/fd/$c") === __FILE__]);
    return true;
}
if ($_SERVER['SCRIPT_NAME'] === '/check') {
    $same = [];
    foreach (['a', 'b'] as $k) {
        $now = @readlink('/proc/self/fd/' . $q[$k]);
        $same[$k] = $now === $q['i' . $k];
    }
    echo json_encode(['still_the_same_socket' => $same, 'write_a' => write((int) $q['a'], 'x', 1),
        'close_b' => close((int) $q['b'])]);
    return true;
}
PHP);

for ($try = 1; ; $try++) {
    $port = legacy_free_tcp_port();
    $cmd = 'exec ' . php_child_cmd() . ' -d sockets.legacy_names=1 -S ' . escapeshellarg("127.0.0.1:$port")
        . ' ' . escapeshellarg("$dir/router.php");
    $proc = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
    $deadline = microtime(true) + 5;
    $up = false;
    while (microtime(true) < $deadline && proc_get_status($proc)['running']) {
        $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        if (@socket_connect($s, '127.0.0.1', $port)) {
            socket_close($s);
            $up = true;
            break;
        }
        socket_close($s);
        usleep(20000);
    }
    if ($up || $try === 3) {
        break;
    }
    proc_terminate($proc, 9);
    proc_close($proc);
}
var_dump($up);

function get(int $port, string $path): string
{
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 60, 'usec' => 0]);
    socket_connect($s, '127.0.0.1', $port);
    socket_write($s, "GET $path HTTP/1.0\r\nHost: localhost\r\n\r\n");
    $all = '';
    while (($chunk = socket_read($s, 8192)) !== false && $chunk !== '') {
        $all .= $chunk;
    }
    socket_close($s);
    return substr($all, strpos($all, "\r\n\r\n") + 4);
}

$opened = json_decode(get($port, '/open'), true);
var_dump(preg_match('/^socket:\[\d+\]$/', $opened['ia']) === 1, preg_match('/^socket:\[\d+\]$/', $opened['ib']) === 1,
    $opened['file_took_c']);
echo get($port, '/check?' . http_build_query($opened)), "\n";
proc_terminate($proc, 9);
proc_close($proc);
?>
--CLEAN--
<?php
$dir = sys_get_temp_dir() . '/legacy_request_end_' . getmypid();
@unlink("$dir/router.php");
@rmdir($dir);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
{"still_the_same_socket":{"a":false,"b":false},"write_a":-9,"close_b":-9}
