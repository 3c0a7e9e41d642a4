--TEST--
Fault: 1,000 concurrent clients against a socket_select() server: every reply received, the server's descriptor count back to where it started
--DESCRIPTION--
A select server runs in a child process (accepts everything queued, answers each line with
"ECHO <line>"). This process opens 1,000 connections and keeps them all open, each sends a line,
then every reply is read. The server's /proc/<pid>/fd count must be its starting count plus
1,000 while they are connected, and the starting count again once all have closed. The server's
descriptors stay below 1024, so the bundled extension's select() can run it too. Sockets are
counted: sockets-ng's select may hold one epoll descriptor of its own while it watches many
sockets (README, "Differences"); the test checks there is at most one, and none at the end.
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/child.inc';
const CLIENTS = 1000;
$server = php_child_start(<<<'PHP'
pcntl_alarm(600);
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l, 1024);
socket_set_nonblock($l);
socket_getsockname($l, $h, $port);
echo "READY $port\n";
$clients = [];
while (true) {
    $r = $clients;
    $r[0] = $l;
    $w = $e = null;
    if (socket_select($r, $w, $e, null) === false) { echo "select failed\n"; exit(1); }
    foreach ($r as $k => $s) {
        if ($k === 0) {
            while (($c = @socket_accept($l)) !== false) { $clients[spl_object_id($c)] = $c; }
            continue;
        }
        $in = @socket_read($s, 1024);
        if ($in === false || $in === '') {
            socket_close($s);
            unset($clients[$k]);
            continue;
        }
        socket_write($s, "ECHO $in");
    }
}
PHP, [], 60.0);
$port = (int) $server['ready'];
$pid = proc_get_status($server['proc'])['pid'];
// Sockets only: sockets-ng's socket_select may also hold one epoll descriptor (its kernel set) while
// it watches many sockets; that one is counted apart ($epolls) and must be gone once few are watched.
$links = fn() => array_map(fn($f) => (string) @readlink("/proc/$pid/fd/$f"), array_diff(scandir("/proc/$pid/fd"), ['.', '..']));
$fds = fn() => count(array_filter($links(), fn($l) => !str_starts_with($l, 'anon_inode:[eventpoll]')));
$epolls = fn() => count(array_filter($links(), fn($l) => str_starts_with($l, 'anon_inode:[eventpoll]')));
// Waits (bounded) for the server's descriptor count to reach $want.
$settle = function (int $want) use ($fds) {
    $deadline = microtime(true) + 120;
    while (($n = $fds()) !== $want && microtime(true) < $deadline) { usleep(20000); }
    return $n;
};
$start = $fds();

$clients = [];
for ($i = 0; $i < CLIENTS; $i++) {
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    if (!socket_connect($c, '127.0.0.1', $port)) { echo "connect $i failed\n"; break; }
    socket_set_option($c, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 120, 'usec' => 0]);
    $clients[$i] = $c;
}
echo "connected: ", count($clients), "\n";
foreach ($clients as $i => $c) { socket_write($c, "hello $i\n"); }
$ok = 0;
foreach ($clients as $i => $c) {
    $reply = '';
    while (!str_ends_with($reply, "\n") && ($chunk = socket_read($c, 100)) !== false && $chunk !== '') { $reply .= $chunk; }
    if ($reply === "ECHO hello $i\n") { $ok++; } else { echo "client $i got ", var_export($reply, true), "\n"; }
}
echo "replies: $ok\n";
var_dump($settle($start + CLIENTS) - $start);
echo "kernel sets while 1,000 are watched: ", $epolls() <= 1 ? "at most one" : $epolls(), "\n";
foreach ($clients as $c) { socket_close($c); }
$clients = [];
var_dump($settle($start) - $start);
// still serving
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
socket_write($c, "last\n");
var_dump(socket_read($c, 100, PHP_NORMAL_READ));
// None once few sockets are watched (one when SOCKETS_NG_SELECT=epoll forces the kernel set).
$allowed = getenv('SOCKETS_NG_SELECT') === 'epoll' ? 1 : 0;
echo "kernel sets once one socket is watched: ", $epolls() <= $allowed ? "none left over" : $epolls(), "\n";
php_child_stop($server);
?>
--EXPECT--
connected: 1000
replies: 1000
int(1000)
kernel sets while 1,000 are watched: at most one
int(0)
string(10) "ECHO last
"
kernel sets once one socket is watched: none left over
