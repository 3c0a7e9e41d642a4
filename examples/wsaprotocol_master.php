<?php
/*
 * wsaprotocol_master.php - a pre-forked style server without fork: the master binds and listens,
 * starts N independent worker programs (wsaprotocol_worker.php, via proc_open: new PHP processes,
 * not copies of this one), exports the listening socket for each worker's pid and hands it the id
 * on its stdin. Every worker imports the listener and accepts on it; the master never accepts.
 * A worker that dies is reported and replaced; SIGTERM/SIGINT stop the workers and the master.
 *
 * Needs sockets-ng (socket_wsaprotocol_info_* on Linux), pcntl and posix.
 * Usage: php wsaprotocol_master.php [port [workers]]    (port 0 = a free one)
 * Talk:  nc 127.0.0.1 PORT     ("You are connected to process PID", then each line echoed)
 */
pcntl_async_signals(true);
$port = (int) ($argv[1] ?? 8080);
$count = max(1, (int) ($argv[2] ?? 2));

$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
if (!@socket_bind($server, '127.0.0.1', $port) || !socket_listen($server, 20)) {
    fwrite(STDERR, "Failed creating socket server: " . socket_strerror(socket_last_error($server)) . "\n");
    exit(1);
}
socket_getsockname($server, $addr, $realPort);
echo "Listening on $addr:$realPort\n";

// Workers run with the PHP binary and options this master runs with (its argv before the script).
$cmdline = explode("\0", rtrim(file_get_contents('/proc/self/cmdline'), "\0"));
$phpOptions = array_slice($cmdline, 1, array_search($_SERVER['argv'][0], $cmdline, true) - 1);
$workerCmd = array_merge([PHP_BINARY], $phpOptions, [__DIR__ . '/wsaprotocol_worker.php']);

$workers = [];   // pid => ['proc' =>, 'out' =>, 'id' => id until the worker has imported it]

function start_worker(Socket $server, array $cmd): array
{
    $proc = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => STDERR], $pipes);
    $pid = proc_get_status($proc)['pid'];
    $id = socket_wsaprotocol_info_export($server, $pid);
    fwrite($pipes[0], "$id\n");
    stream_set_blocking($pipes[1], false);
    echo "Started worker process $pid\n";
    return [$pid, ['proc' => $proc, 'in' => $pipes[0], 'out' => $pipes[1], 'id' => $id]];
}

$running = true;
$stop = function () use (&$running) { $running = false; };
pcntl_signal(SIGTERM, $stop);
pcntl_signal(SIGINT, $stop);

for ($i = 0; $i < $count; $i++) {
    [$pid, $w] = start_worker($server, $workerCmd);
    $workers[$pid] = $w;
}

while ($running) {
    $read = array_column($workers, 'out');
    $write = $except = null;
    if ($read && @stream_select($read, $write, $except, 0, 200000) > 0) {
        foreach ($workers as $pid => &$w) {
            if (in_array($w['out'], $read, true)) {
                while (($line = fgets($w['out'])) !== false) {
                    echo $line;
                    // Imported: the id has done its job.
                    if ($w['id'] !== null && str_starts_with($line, "Worker $pid accepting")) {
                        socket_wsaprotocol_info_release($w['id']);
                        $w['id'] = null;
                    }
                }
            }
        }
        unset($w);
    }
    foreach ($workers as $pid => $w) {
        if (!proc_get_status($w['proc'])['running']) {
            echo "Worker $pid has died :(\n";
            if ($w['id'] !== null) {
                socket_wsaprotocol_info_release($w['id']);
            }
            fclose($w['in']);
            fclose($w['out']);
            proc_close($w['proc']);
            unset($workers[$pid]);
            if ($running) {
                [$newPid, $new] = start_worker($server, $workerCmd);
                $workers[$newPid] = $new;
            }
        }
    }
}

foreach ($workers as $pid => $w) {
    proc_terminate($w['proc'], SIGTERM);
    fclose($w['in']);
    fclose($w['out']);
    proc_close($w['proc']);
}
socket_close($server);
echo "Server stopped\n";
