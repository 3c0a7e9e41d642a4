<?php
/*
 * limited_forking_echo_server.php - echo server that forks one child per client, at most MAX_PROCS
 * children at a time (stream functions version; see limited_forking_echo_server_sockets.php for
 * the same program on Socket objects).
 *
 * Source: seed 004 (Chinese article "PHP的Socket多进程编程", section "有限子进程的echo服务器",
 * limited_forking_echo_server.php).
 *
 * What was modernised / fixed:
 *  - Listens on 127.0.0.1 (not 0.0.0.0) and the port is configurable (argv[1] or env PORT, default
 *    8080); port 0 picks a free port and the real one is printed as "Listening on ADDR:PORT".
 *  - stream_select() timeout was (0, 500) = 500 microseconds although the comment says 500 ms: the
 *    parent spun at 100% CPU. It is now 0.5 s.
 *  - While MAX_PROCS children are busy the listening socket is left out of the select set (the
 *    seed kept selecting it, found it readable at once and busy-looped until a child exited).
 *  - `while ($buf = fread(...))` stopped echoing when a client sent exactly "0"; it now stops only
 *    at EOF / error.
 *  - The child closes the listening socket it inherited (it never accepts), the parent closes the
 *    accepted connection after fork (the seed left it open in the parent, so the client did not see
 *    EOF when the child ended).
 *  - "\tN connected\r" (overwritten status line) became "N connected\n", printed when N changes.
 *  - SIGTERM/SIGINT: the parent terminates its children, reaps them and exits 0; children restore the
 *    default signal handlers. Exited children are reaped whatever the exit status (the seed only
 *    reaped normal exits, so a killed child stayed counted forever).
 *
 * Usage: php limited_forking_echo_server.php [port [max_procs]]   (env PORT / MAX_PROCS; defaults 8080, 2)
 * Talk:  nc 127.0.0.1 8080   -> "You are connected to process PID", then every line is echoed back.
 * Stop:  Ctrl-C or kill PID (SIGTERM): children are terminated too.
 */

pcntl_async_signals(true);

$port = (int) ($argv[1] ?? (getenv('PORT') !== false ? getenv('PORT') : 8080));
$maxProcs = max(1, (int) ($argv[2] ?? (getenv('MAX_PROCS') ?: 2)));

$server = stream_socket_server("tcp://127.0.0.1:$port", $errno, $errstr);
if (false === $server) {
    fwrite(STDERR, "Failed creating socket server: $errstr\n");
    exit(1);
}
echo "Listening on ", stream_socket_get_name($server, false), "\n";
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
        $n = @stream_select($read, $write, $except, 0, 500000);
    } else {
        usleep(50000);
        $n = 0;
    }
    if ($n > 0 && !$stop) {
        $conn = @stream_socket_accept($server, 0, $peer);
        if (is_resource($conn)) {
            echo "Starting a new child process for $peer\n";
            $pid = pcntl_fork();
            if ($pid > 0) {
                $children[] = $pid;
                fclose($conn);
            } elseif ($pid === 0) {
                pcntl_signal(SIGTERM, SIG_DFL);
                pcntl_signal(SIGINT, SIG_DFL);
                fclose($server);
                $childPid = posix_getpid();
                fwrite($conn, "You are connected to process $childPid\n");
                while (($buf = fread($conn, 4096)) !== false && $buf !== '') {
                    fwrite($conn, $buf);
                }
                fclose($conn);
                exit(0);
            } else {
                fwrite(STDERR, "Could not fork\n");
                fclose($conn);
            }
        }
    }
    // Housekeeping on exited children (normal exit or killed by a signal).
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
fclose($server);
echo "Server stopped\n";
exit(0);
