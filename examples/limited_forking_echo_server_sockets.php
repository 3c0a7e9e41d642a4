<?php
/*
 * limited_forking_echo_server_sockets.php - echo server forking one child per client, at most
 * MAX_PROCS children at a time, written on Socket objects (socket_create/bind/listen/select/accept/
 * read/write). Same behaviour and output as limited_forking_echo_server.php (stream version).
 *
 * Source: seed 004 (Chinese article "PHP的Socket多进程编程", section "有限子进程的echo服务器"), whose
 * program used stream_socket_server(); this is the ext/sockets rewrite.
 *
 * What was modernised / fixed (same list as the stream version):
 *  - 127.0.0.1, configurable port (argv[1] / env PORT, default 8080, 0 = free port, real port printed
 *    as "Listening on ADDR:PORT"), SO_REUSEADDR set.
 *  - select timeout 0.5 s (seed: 500 us busy loop); listener left out of the select set while
 *    MAX_PROCS children are busy.
 *  - Echo loop stops only at EOF/error (the seed's `while ($buf = fread())` stopped on "0").
 *  - The child closes the listening socket, the parent closes the accepted one: each process closes
 *    its own copy only - the other process's copy stays open.
 *  - "N connected\n" instead of "\tN connected\r"; SIGTERM/SIGINT stop the children and the server.
 *
 * Usage: php limited_forking_echo_server_sockets.php [port [max_procs]]   (env PORT / MAX_PROCS)
 * Talk:  nc 127.0.0.1 8080
 * Stop:  Ctrl-C or SIGTERM.
 */

pcntl_async_signals(true);

$port = (int) ($argv[1] ?? (getenv('PORT') !== false ? getenv('PORT') : 8080));
$maxProcs = max(1, (int) ($argv[2] ?? (getenv('MAX_PROCS') ?: 2)));

$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
if ($server === false) {
    fwrite(STDERR, "socket_create() failed: " . socket_strerror(socket_last_error()) . "\n");
    exit(1);
}
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
if (!socket_bind($server, '127.0.0.1', $port) || !socket_listen($server, 20)) {
    fwrite(STDERR, "Failed creating socket server: " . socket_strerror(socket_last_error($server)) . "\n");
    exit(1);
}
socket_getsockname($server, $addr, $realPort);
echo "Listening on $addr:$realPort\n";
echo "Waiting...\n";

$children = [];
$stop = false;
$onSignal = static function () use (&$stop) { $stop = true; };
pcntl_signal(SIGTERM, $onSignal);
pcntl_signal(SIGINT, $onSignal);

$shown = 0;
echo "0 connected\n";
while (!$stop) {
    $read = count($children) < $maxProcs ? [$server] : [];
    $write = null;
    $except = null;
    if ($read) {
        $n = @socket_select($read, $write, $except, 0, 500000);
    } else {
        usleep(50000);
        $n = 0;
    }
    if ($n > 0 && !$stop) {
        $conn = @socket_accept($server);
        if ($conn !== false) {
            socket_getpeername($conn, $peerAddr, $peerPort);
            echo "Starting a new child process for $peerAddr:$peerPort\n";
            $pid = pcntl_fork();
            if ($pid > 0) {
                $children[] = $pid;
                socket_close($conn);
            } elseif ($pid === 0) {
                pcntl_signal(SIGTERM, SIG_DFL);
                pcntl_signal(SIGINT, SIG_DFL);
                socket_close($server);
                $childPid = posix_getpid();
                socket_write($conn, "You are connected to process $childPid\n");
                while (($buf = @socket_read($conn, 4096)) !== false && $buf !== '') {
                    socket_write($conn, $buf);
                }
                socket_close($conn);
                exit(0);
            } else {
                fwrite(STDERR, "Could not fork\n");
                socket_close($conn);
            }
        }
    }
    foreach ($children as $i => $child) {
        if (pcntl_waitpid($child, $status, WNOHANG) > 0) {
            unset($children[$i]);
        }
    }
    if (count($children) !== $shown) {
        $shown = count($children);
        echo "$shown connected\n";
    }
}

foreach ($children as $child) {
    posix_kill($child, SIGTERM);
}
foreach ($children as $child) {
    pcntl_waitpid($child, $status);
}
socket_close($server);
echo "Server stopped\n";
exit(0);
