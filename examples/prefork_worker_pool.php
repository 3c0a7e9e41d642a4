<?php
/*
 * prefork_worker_pool.php - pre-forked pool of MAX_PROCS workers that all accept() on the same
 * listening socket; the master respawns dead workers (stream functions version; see
 * prefork_worker_pool_sockets.php for the same program on Socket objects).
 *
 * Source: seed 004 (Chinese article "PHP的Socket多进程编程", section "工作线程池来处理socket").
 *
 * What was modernised / fixed:
 *  - Listens on 127.0.0.1 (not 0.0.0.0); port from argv[1] or env PORT (default 8080), 0 = free
 *    port, the real one printed as "Listening on ADDR:PORT"; pool size argv[2] / env MAX_PROCS (2).
 *  - pcntl_fork() failure returned -1 and the master stored it as a worker pid, then called
 *    pcntl_waitpid(-1, ...) on it (= any child); a failed fork is now reported and retried later.
 *  - The master polled every usleep(500) (0.5 ms, a busy loop): it now sleeps in 100 ms steps.
 *  - `while ($buf = fread(...))` stopped echoing on "0"; it now stops at EOF/error only.
 *  - "Creating worker process" now names the worker pid; a dead worker is still reported as
 *    "Worker PID has died :(" and replaced.
 *  - SIGTERM/SIGINT: the master terminates its workers, reaps them and exits 0 ("Server stopped");
 *    workers restore the default handlers (the seed had no way to stop the pool but killing everything).
 *
 * Usage: php prefork_worker_pool.php [port [max_procs]]   (or env PORT / MAX_PROCS)
 * Talk:  nc 127.0.0.1 8080  -> "You are connected to process PID" (a worker), lines are echoed.
 * Stop:  Ctrl-C or SIGTERM on the master.
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

function create_worker($server): int
{
    $pid = pcntl_fork();
    if ($pid !== 0) {
        return $pid; // > 0 in the master, -1 on failure
    }
    pcntl_signal(SIGTERM, SIG_DFL);
    pcntl_signal(SIGINT, SIG_DFL);
    $childPid = posix_getpid();
    for (;;) {
        // Every worker blocks in accept() on the shared listening socket.
        $conn = @stream_socket_accept($server, -1, $peer);
        if (!is_resource($conn)) {
            continue;
        }
        fwrite($conn, "You are connected to process $childPid\n");
        while (($buf = fread($conn, 4096)) !== false && $buf !== '') {
            fwrite($conn, $buf);
        }
        fclose($conn);
    }
}

$workers = [];
$stop = false;
$onSignal = static function () use (&$stop) { $stop = true; };
pcntl_signal(SIGTERM, $onSignal);
pcntl_signal(SIGINT, $onSignal);

while (!$stop) {
    // Check if workers are alive
    foreach ($workers as $i => $worker) {
        $result = pcntl_waitpid($worker, $status, WNOHANG);
        if ($result > 0 && (pcntl_wifexited($status) || pcntl_wifsignaled($status))) {
            echo "Worker $worker has died :(\n";
            unset($workers[$i]);
        }
    }
    // Respawn lost workers
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
fclose($server);
echo "Server stopped\n";
exit(0);
