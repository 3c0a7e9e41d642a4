--TEST--
Fault: disconnect storm against examples/select_server.php: 60 clients leave at once (FIN, RST, mid-line), three rounds; the server keeps serving and its descriptor count returns to where it started
--DESCRIPTION--
Each round: 60 clients connect (the server allows 60) and get the welcome; a third send half a
line first; then all leave at once: a third with close (FIN), a third with SO_LINGER 0 (RST), a
third with shutdown(write) only and then close. The server must notice every one (its
"Client disconnected" lines are counted), go back to its starting descriptor count
(/proc/<pid>/fd), and answer a new client normally.
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/examples.inc';
const N = 60;
$child = ex_start('select_server.php', ['127.0.0.1', '0', (string) N]);
$port = ex_listen($child, 30);
ex_line($child, 30);                                // "Waiting for incoming connections..."
$pid = proc_get_status($child['proc'])['pid'];
// The kernel set of socket_select (SOCKETS_NG_SELECT=epoll) is not counted: it is made by the
// server's first select, which may come after this first count on a busy machine.
$links = fn() => array_map(fn($f) => (string) @readlink("/proc/$pid/fd/$f"), array_diff(scandir("/proc/$pid/fd"), ['.', '..']));
$fds = fn() => count(array_filter($links(), fn($l) => !str_starts_with($l, 'anon_inode:[eventpoll]')));
$start = $fds();
$welcome = "Welcome to php socket server version 1.0 \nEnter a message and press enter, and i shall reply back \n";
// Reads (bounded) $n server console lines, counting the disconnect lines.
$console = function (int $n) use (&$child): array {
    $counts = [];
    for ($i = 0; $i < $n; $i++) {
        $line = ex_line($child, 60);
        if ($line === null) { $counts['(nothing)'] = ($counts['(nothing)'] ?? 0) + 1; break; }
        $key = preg_replace('/^Client 127\.0\.0\.1 : \d+ is/', 'Client PORT is', rtrim($line));
        $counts[$key] = ($counts[$key] ?? 0) + 1;
    }
    ksort($counts);
    return $counts;
};
for ($round = 1; $round <= 3; $round++) {
    echo "--- round $round\n";
    $clients = [];
    $welcomed = 0;
    for ($i = 0; $i < N; $i++) {
        $c = ex_connect($port, 60);
        $welcomed += ex_read_until($c, "back \n", 60) === $welcome;
        $clients[] = $c;
    }
    echo "welcomed: $welcomed\n";
    print_r($console(N));
    foreach ($clients as $i => $c) {
        if ($i % 3 === 0) { socket_write($c, "half a li"); }
    }
    foreach ($clients as $i => $c) {
        switch ($i % 3) {
            case 0: socket_close($c); break;
            case 1: socket_set_option($c, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]); socket_close($c); break;
            case 2: socket_shutdown($c, 1); break;
        }
    }
    // the server answers the half lines it read before the FIN ("Sending output") or not, as
    // timing has it: only disconnects are counted
    $seen = 0; $deadline = microtime(true) + 60;
    while ($seen < N && microtime(true) < $deadline) {
        $line = ex_line($child, 60);
        if ($line === null) break;
        if (str_starts_with($line, 'Client disconnected')) $seen++;
    }
    echo "disconnects seen: $seen\n";
    foreach ($clients as $i => $c) { if ($i % 3 === 2) socket_close($c); }
    $deadline = microtime(true) + 60;
    while ($fds() !== $start && microtime(true) < $deadline) usleep(20000);
    var_dump($fds() - $start);
    // ... and it has at most one kernel set (none unless it chose or was made to use one)
    var_dump(count(array_filter($links(), fn($l) => str_starts_with($l, 'anon_inode:[eventpoll]'))) <= 1);
    $c = ex_connect($port, 60);
    var_dump(ex_read_until($c, "back \n", 60) === $welcome);
    socket_write($c, "still there\n");
    var_dump(ex_read_until($c, "\n", 60));
    socket_close($c);
    // its connect, output, disconnect lines
    $seen = 0; $deadline = microtime(true) + 60;
    while ($seen < 1 && microtime(true) < $deadline && ($line = ex_line($child, 60)) !== null) {
        if (str_starts_with($line, 'Client disconnected')) $seen++;
    }
}
echo ex_term($child), "\n";
?>
--EXPECT--
--- round 1
welcomed: 60
Array
(
    [Client PORT is now connected to us.] => 60
)
disconnects seen: 60
int(0)
bool(true)
bool(true)
string(19) "OK ... still there
"
--- round 2
welcomed: 60
Array
(
    [Client PORT is now connected to us.] => 60
)
disconnects seen: 60
int(0)
bool(true)
bool(true)
string(19) "OK ... still there
"
--- round 3
welcomed: 60
Array
(
    [Client PORT is now connected to us.] => 60
)
disconnects seen: 60
int(0)
bool(true)
bool(true)
string(19) "OK ... still there
"
terminated by SIGTERM
