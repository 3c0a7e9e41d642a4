<?php
/*
 * socketpair_ipc_server.php - forking echo server (at most 2 clients at a time) whose children tell
 * the parent "I am done" over a Unix socket pair (stream functions version; see
 * socketpair_ipc_server_sockets.php for the same program on Socket objects).
 *
 * Source: seed 004 (Chinese article "PHP的Socket多进程编程", section "实现双向进程间通信管道(socketpair)").
 *
 * What was modernised / fixed:
 *  - Listens on 127.0.0.1 (not 0.0.0.0); port from argv[1] or env PORT (default 8080), 0 = free
 *    port; the real port is printed as "Listening on ADDR:PORT".
 *  - The typo `unset($chilren[$i])` (never removed anything) is gone together with the
 *    `$result === '0'` branch it lived in ("这个怎么来的？？" - fgets() never returns '0' here).
 *    The finished child's pid is compared after trim() and the child is reaped with pcntl_waitpid()
 *    (the seed only forgot it, leaving a zombie per client). Children that die without reporting
 *    (killed) are reaped by a WNOHANG sweep.
 *  - While 2 children are busy the listening socket is left out of the select set (the seed selected
 *    it, found it readable and busy-looped with a NULL timeout).
 *  - Several children share the pipe and their "PID\n" messages can arrive in one read: all complete
 *    lines are processed (the seed read one line per select, the rest stayed in the stream buffer,
 *    invisible to stream_select()).
 *  - `while ($line = fgets(...))` is `!== false`; 'quit' (any case/whitespace) ends the session.
 *  - The parent closes its copy of each accepted connection, the child its copy of the listener.
 *  - Messages: "Child PID finished" and "N connected" on each change; SIGTERM/SIGINT terminate the
 *    children and stop the server ("Server stopped", exit 0).
 *
 * Usage: php socketpair_ipc_server.php [port]      (or env PORT)
 * Talk:  nc 127.0.0.1 8080  -> "You are connected to process PID"; lines are echoed; "quit" closes.
 * Stop:  Ctrl-C or SIGTERM.
 */

pcntl_async_signals(true);

const MAX_CHILDREN = 2;
$port = (int) ($argv[1] ?? (getenv('PORT') !== false ? getenv('PORT') : 8080));

$server = stream_socket_server("tcp://127.0.0.1:$port", $errno, $errstr);
if (false === $server) {
    fwrite(STDERR, "Failed creating socket server: $errstr\n");
    exit(1);
}
echo "Listening on ", stream_socket_get_name($server, false), "\n";
echo "Waiting...\n";

$children = [];
$exited = [];   // reaped by the sweep, message not read yet
// UNIX socket pair for child -> parent messages: [0] parent reads, [1] children write.
$pipe = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
stream_set_blocking($pipe[0], false);
$pipeBuf = '';

$stop = false;
$onSignal = static function () use (&$stop) { $stop = true; };
pcntl_signal(SIGTERM, $onSignal);
pcntl_signal(SIGINT, $onSignal);

echo "0 connected\n";
while (!$stop) {
    $read = [$pipe[0]];
    if (count($children) < MAX_CHILDREN) {
        $read[] = $server;
    }
    $write = null;
    $except = null;
    if (!@stream_select($read, $write, $except, 1)) {
        $read = [];
    }
    foreach ($read as $stream) {
        if ($stream === $server && !$stop) {
            $conn = @stream_socket_accept($server, 0, $peer);
            if (!is_resource($conn)) {
                continue;
            }
            echo "Starting a new child process for $peer\n";
            $pid = pcntl_fork();
            if ($pid > 0) {
                $children[] = $pid;
                fclose($conn);
                echo count($children), " connected\n";
            } elseif ($pid === 0) {
                pcntl_signal(SIGTERM, SIG_DFL);
                pcntl_signal(SIGINT, SIG_DFL);
                fclose($pipe[0]);
                fclose($server);
                $childPid = posix_getpid();
                fwrite($conn, "You are connected to process $childPid\n");
                while (($line = fgets($conn, 4096)) !== false) {
                    if (strtolower(trim($line)) === 'quit') {
                        break;
                    }
                    fwrite($conn, $line);
                }
                stream_socket_shutdown($conn, STREAM_SHUT_RDWR);
                fclose($conn);
                // Tell the parent that we are done.
                fwrite($pipe[1], "$childPid\n");
                exit(0);
            } else {
                fwrite(STDERR, "Could not fork\n");
                fclose($conn);
            }
        } elseif ($stream === $pipe[0]) {
            $pipeBuf .= (string) fread($pipe[0], 4096);
            while (($nl = strpos($pipeBuf, "\n")) !== false) {
                $done = trim(substr($pipeBuf, 0, $nl));
                $pipeBuf = substr($pipeBuf, $nl + 1);
                foreach ($children as $i => $pid) {
                    if ((string) $pid === $done) {
                        if (!isset($exited[$pid])) {
                            pcntl_waitpid($pid, $status);
                        }
                        unset($children[$i], $exited[$pid]);
                        echo "Child $pid finished\n";
                        echo count($children), " connected\n";
                    }
                }
            }
        }
    }
    // Children that died without a word (killed): reap them too.
    foreach ($children as $i => $pid) {
        if (!isset($exited[$pid]) && pcntl_waitpid($pid, $status, WNOHANG) > 0) {
            if (pcntl_wifsignaled($status)) {
                unset($children[$i]);
                echo "Child $pid died\n";
                echo count($children), " connected\n";
            } else {
                $exited[$pid] = true; // its "PID\n" message is on the way
            }
        }
    }
}

foreach ($children as $pid) {
    posix_kill($pid, SIGTERM);
}
foreach ($children as $pid) {
    pcntl_waitpid($pid, $status);
}
fclose($server);
echo "Server stopped\n";
exit(0);
