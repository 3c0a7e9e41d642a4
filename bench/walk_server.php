<?php
/*
 * The seeds' select server (examples/select_server.php) written the way a select loop scales: the
 * sockets to watch are kept in one array keyed by client id (the listening socket under key -1),
 * changed only when a client comes or goes, and passed as it is (`$read = $watch`, no copy); the
 * returned array is walked once, its keys saying which client each ready socket is. Same protocol
 * as the seeds' server (a two-line welcome, "OK ... <line>" per line), so the same load generator
 * drives both. Prints "Listening on ADDRESS:PORT impl=..." on stderr, as echo_server.php does.
 * Usage: walk_server.php MAX_CLIENTS
 */
require __DIR__ . '/lib.inc';
bench_require();

$maxClients = max(1, (int) ($argv[1] ?? 10));
$listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($listener, SOL_SOCKET, SO_REUSEADDR, 1);
socket_bind($listener, '127.0.0.1', 0) || bench_fail('bind failed');
socket_listen($listener, 511) || bench_fail('listen failed');
socket_getsockname($listener, $address, $port);
fwrite(STDERR, "Listening on $address:$port impl=" . bench_impl() . "\n");

$welcome = "Welcome to php socket server version 1.0 \nEnter a message and press enter, and i shall reply back \n";
$watch = [-1 => $listener];
$nextId = 0;
while (true) {
    $read = $watch;
    $write = $except = null;
    if (socket_select($read, $write, $except, null) === false) {
        bench_fail('socket_select failed: ' . socket_strerror(socket_last_error()));
    }
    foreach ($read as $id => $socket) {
        if ($id === -1) {
            $client = socket_accept($listener);
            if ($client === false) {
                continue;
            }
            if (count($watch) > $maxClients) {
                socket_write($client, "Server is full ($maxClients clients), try again later \n");
                socket_close($client);
                continue;
            }
            $watch[$nextId++] = $client;
            socket_write($client, $welcome);
            continue;
        }
        $input = @socket_read($socket, 1024);
        if ($input === false || $input === '') {
            socket_close($socket);
            unset($watch[$id]);
            continue;
        }
        socket_write($socket, "OK ... $input");
    }
}
