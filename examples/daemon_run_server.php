<?php
/*
 * daemon_run_server.php - fork() -> setsid() -> fork() daemon that answers every client with a
 * fixed message and closes the connection.
 *
 * Source: seed 004 (Chinese article "PHP的Socket多进程编程", section "守护进程": server_listen_socket()
 * and run_server()). The seed already used Socket objects (socket_create/bind/listen/accept/write).
 *
 * What was modernised / fixed:
 *  - Error checks: `if (!$socket) ... socket_strerror($socket)` passed a Socket/false to
 *    socket_strerror(); now socket_strerror(socket_last_error()) and exit(1).
 *  - Address 127.0.0.1 (not 0.0.0.0); port from argv[1] / env PORT (default 8080, 0 = free port);
 *    the daemon prints "Listening on ADDR:PORT" and writes its pid to the pid file given as argv[2] /
 *    env PID_FILE (default sys_get_temp_dir()/php_run_server.pid) so it can be stopped.
 *  - The first child exits with exit(0) after the second fork, the original parent reaps it with
 *    pcntl_waitpid() and exits 0 (the seed's parent fell off the end of the script).
 *  - The daemon chdir("/"), reopens stdin/stdout/stderr on /dev/null and handles SIGTERM/SIGINT
 *    (handlers without SA_RESTART, so the blocking socket_accept() is interrupted): it removes the pid
 *    file and exits 0. The seed could only be stopped with kill -9 and left no trace of its pid.
 *  - socket_write() result is not assumed to be complete for this tiny message (a loop is not
 *    needed), SO_REUSEADDR is set so it can be restarted at once.
 *
 * Usage: php daemon_run_server.php [port [pid_file]]      (or env PORT / PID_FILE)
 * Talk:  nc 127.0.0.1 8080   -> "Welcome to My First Server..." then the connection closes.
 * Stop:  kill $(cat PID_FILE)
 */

$port = (int) ($argv[1] ?? (getenv('PORT') !== false ? getenv('PORT') : 8080));
$pidFile = $argv[2] ?? (getenv('PID_FILE') ?: sys_get_temp_dir() . '/php_run_server.pid');

// Accept client requests and reply with a fixed message.
function server_listen_socket(string $address, int $port, string $pidFile): void
{
    $buffer = "Welcome to My First Server...";
    $len = strlen($buffer);

    $socket = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    if ($socket === false) {
        echo "failed to create socket:" . socket_strerror(socket_last_error()) . "\n";
        exit(1);
    }
    socket_set_option($socket, SOL_SOCKET, SO_REUSEADDR, 1);
    if (!@socket_bind($socket, $address, $port)) {
        echo "failed to bind socket:" . socket_strerror(socket_last_error($socket)) . "\n";
        exit(1);
    }
    $backlog = 20;
    if (!socket_listen($socket, $backlog)) {
        echo "failed to listen to socket:" . socket_strerror(socket_last_error($socket)) . "\n";
        exit(1);
    }
    socket_getsockname($socket, $addr, $realPort);
    file_put_contents($pidFile, posix_getpid() . "\n");
    echo "Listening on $addr:$realPort\n";
    echo "waiting for clients to connect\n";

    // Detach stdio (fds 0-2 stay taken by /dev/null).
    fclose(STDIN);
    fclose(STDOUT);
    fclose(STDERR);
    $GLOBALS['devnull'] = [fopen('/dev/null', 'r'), fopen('/dev/null', 'w'), fopen('/dev/null', 'w')];

    $quit = false;
    pcntl_async_signals(true);
    $handler = static function () use (&$quit) { $quit = true; };
    pcntl_signal(SIGTERM, $handler, false);
    pcntl_signal(SIGINT, $handler, false);

    while (!$quit) {
        // Block until a client connects (EINTR on SIGTERM).
        if (($accept_socket = @socket_accept($socket)) === false) {
            continue;
        }
        socket_write($accept_socket, $buffer, $len);
        socket_close($accept_socket);
    }
    socket_close($socket);
    @unlink($pidFile);
    exit(0);
}

function run_server(int $port, string $pidFile): void
{
    $pid1 = pcntl_fork();
    if ($pid1 === -1) {
        echo "fork failed\n";
        exit(1);
    }
    if ($pid1 === 0) {
        // First child. Daemon recipe: fork() -> setsid() -> fork().
        posix_setsid(); // become session leader
        if (($pid2 = pcntl_fork()) === 0) {
            // Second child: the daemon (not a session leader, cannot reacquire a terminal).
            chdir('/');
            server_listen_socket('127.0.0.1', $port, $pidFile);
        }
        exit($pid2 === -1 ? 1 : 0);
    }
    // Parent waits for the first child to exit.
    pcntl_waitpid($pid1, $status);
    exit(pcntl_wifexited($status) ? pcntl_wexitstatus($status) : 1);
}

run_server($port, $pidFile);
