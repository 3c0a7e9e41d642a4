<?php
/*
 * socketpair_ipc_server_sockets.php - forking echo server (at most 2 clients at a time) whose
 * children tell the parent "I am done" over a Unix socket pair, written on Socket objects
 * (socket_create_pair/create/bind/listen/select/accept/read/write). Same behaviour and output as
 * socketpair_ipc_server.php (stream version).
 *
 * Source: seed 004 (Chinese article "PHP的Socket多进程编程", section "实现双向进程间通信管道(socketpair)"),
 * whose program used stream_socket_server()/stream_socket_pair(); this is the ext/sockets rewrite.
 *
 * What was modernised / fixed (same list as the stream version):
 *  - 127.0.0.1, port argv[1] / env PORT (default 8080, 0 = free port, "Listening on ADDR:PORT").
 *  - The `unset($chilren[$i])` typo and its `$result === '0'` branch are gone; finished children are
 *    reaped with pcntl_waitpid() (no zombies), killed ones by a WNOHANG sweep.
 *  - Listener left out of the select set while 2 children are busy (no busy loop).
 *  - All complete "PID\n" lines read from the shared pair are processed.
 *  - Lines are split from socket_read() binary chunks (fgets() semantics: "\n" ends a line).
 *  - SIGTERM/SIGINT terminate the children and stop the server.
 *
 * Usage: php socketpair_ipc_server_sockets.php [port]      (or env PORT)
 * Talk:  nc 127.0.0.1 8080  -> "You are connected to process PID"; lines are echoed; "quit" closes.
 * Stop:  Ctrl-C or SIGTERM.
 */

pcntl_async_signals(true);

const MAX_CHILDREN = 2;
$port = (int) ($argv[1] ?? (getenv('PORT') !== false ? getenv('PORT') : 8080));

$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
if (!@socket_bind($server, '127.0.0.1', $port) || !socket_listen($server, 20)) {
    fwrite(STDERR, "Failed creating socket server: " . socket_strerror(socket_last_error($server)) . "\n");
    exit(1);
}
socket_getsockname($server, $addr, $realPort);
echo "Listening on $addr:$realPort\n";
echo "Waiting...\n";

$children = [];
$exited = [];   // reaped by the sweep, message not read yet
// Unix socket pair for child -> parent messages: [0] parent reads, [1] children write.
if (!socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pipe)) {
    fwrite(STDERR, "socket_create_pair() failed: " . socket_strerror(socket_last_error()) . "\n");
    exit(1);
}
socket_set_nonblock($pipe[0]);
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
    if (!@socket_select($read, $write, $except, 1)) {
        $read = [];
    }
    foreach ($read as $sock) {
        if ($sock === $server && !$stop) {
            $conn = @socket_accept($server);
            if ($conn === false) {
                continue;
            }
            socket_getpeername($conn, $peerAddr, $peerPort);
            echo "Starting a new child process for $peerAddr:$peerPort\n";
            $pid = pcntl_fork();
            if ($pid > 0) {
                $children[] = $pid;
                socket_close($conn);
                echo count($children), " connected\n";
            } elseif ($pid === 0) {
                pcntl_signal(SIGTERM, SIG_DFL);
                pcntl_signal(SIGINT, SIG_DFL);
                socket_close($pipe[0]);
                socket_close($server);
                $childPid = posix_getpid();
                socket_write($conn, "You are connected to process $childPid\n");
                $buf = '';
                $quit = false;
                while (!$quit && ($chunk = @socket_read($conn, 4096)) !== false && $chunk !== '') {
                    $buf .= $chunk;
                    while (($nl = strpos($buf, "\n")) !== false) {
                        $line = substr($buf, 0, $nl + 1);
                        $buf = substr($buf, $nl + 1);
                        if (strtolower(trim($line)) === 'quit') {
                            $quit = true;
                            break;
                        }
                        socket_write($conn, $line);
                    }
                }
                @socket_shutdown($conn, 2);
                socket_close($conn);
                // Tell the parent that we are done.
                socket_write($pipe[1], "$childPid\n");
                exit(0);
            } else {
                fwrite(STDERR, "Could not fork\n");
                socket_close($conn);
            }
        } elseif ($sock === $pipe[0]) {
            $pipeBuf .= (string) @socket_read($pipe[0], 4096);
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
socket_close($server);
echo "Server stopped\n";
exit(0);
