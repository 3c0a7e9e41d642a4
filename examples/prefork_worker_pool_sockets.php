<?php
/*
 * prefork_worker_pool_sockets.php - pre-forked pool of MAX_PROCS workers that all socket_accept()
 * on the same listening Socket; the master respawns dead workers. Written on Socket objects
 * (socket_create/bind/listen/accept/read/write); same behaviour and output as prefork_worker_pool.php.
 *
 * Source: seed 004 (Chinese article "PHP的Socket多进程编程", section "工作线程池来处理socket"), whose
 * program used stream_socket_server(); this is the ext/sockets rewrite.
 *
 * What was modernised / fixed (same list as the stream version):
 *  - 127.0.0.1, port argv[1] / env PORT (default 8080, 0 = free port, "Listening on ADDR:PORT"),
 *    pool size argv[2] / env MAX_PROCS (default 2), SO_REUSEADDR.
 *  - A failed fork (-1) is no longer stored as a worker pid; the master sleeps 100 ms per round
 *    instead of busy-polling every 0.5 ms; echo stops only at EOF/error (not on "0").
 *  - "Creating worker process PID"; SIGTERM/SIGINT terminate the workers and stop the master.
 *
 * Usage: php prefork_worker_pool_sockets.php [port [max_procs]]   (or env PORT / MAX_PROCS)
 * Talk:  nc 127.0.0.1 8080
 * Stop:  Ctrl-C or SIGTERM on the master.
 */

pcntl_async_signals(true);

$port = (int) ($argv[1] ?? (getenv('PORT') !== false ? getenv('PORT') : 8080));
$maxProcs = max(1, (int) ($argv[2] ?? (getenv('MAX_PROCS') ?: 2)));

$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
if (!@socket_bind($server, '127.0.0.1', $port) || !socket_listen($server, 20)) {
    fwrite(STDERR, "Failed creating socket server: " . socket_strerror(socket_last_error($server)) . "\n");
    exit(1);
}
socket_getsockname($server, $addr, $realPort);
echo "Listening on $addr:$realPort\n";

function create_worker(Socket $server): int
{
    $pid = pcntl_fork();
    if ($pid !== 0) {
        return $pid; // > 0 in the master, -1 on failure
    }
    pcntl_signal(SIGTERM, SIG_DFL);
    pcntl_signal(SIGINT, SIG_DFL);
    $childPid = posix_getpid();
    for (;;) {
        // Every worker blocks in socket_accept() on the shared listening socket.
        $conn = @socket_accept($server);
        if ($conn === false) {
            continue;
        }
        socket_write($conn, "You are connected to process $childPid\n");
        while (($buf = @socket_read($conn, 4096)) !== false && $buf !== '') {
            socket_write($conn, $buf);
        }
        socket_close($conn);
    }
}

$workers = [];
$stop = false;
$onSignal = static function () use (&$stop) { $stop = true; };
pcntl_signal(SIGTERM, $onSignal);
pcntl_signal(SIGINT, $onSignal);

while (!$stop) {
    foreach ($workers as $i => $worker) {
        $result = pcntl_waitpid($worker, $status, WNOHANG);
        if ($result > 0 && (pcntl_wifexited($status) || pcntl_wifsignaled($status))) {
            echo "Worker $worker has died :(\n";
            unset($workers[$i]);
        }
    }
    while (!$stop && count($workers) < $maxProcs) {
        $pid = create_worker($server);
        if ($pid < 0) {
            fwrite(STDERR, "Could not fork a worker, retrying\n");
            break;
        }
        echo "Creating worker process $pid\n";
        $workers[] = $pid;
    }
    usleep(100000);
}

foreach ($workers as $pid) {
    posix_kill($pid, SIGTERM);
}
foreach ($workers as $pid) {
    pcntl_waitpid($pid, $status);
}
socket_close($server);
echo "Server stopped\n";
exit(0);
