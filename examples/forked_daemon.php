<?php
/*
 * forked_daemon.php - forking TCP daemon with a pid file and signal handling: detaches from the
 * terminal, writes its pid, forks one child per client, reacts to SIGTERM/SIGINT/SIGHUP/SIGUSR1/SIGCHLD.
 *
 * Source: seed 001 (PHP manual user note "simple forked daemon" by Dave M., Online Services USA,
 * 18-Feb-2002; "Standalone PHP binary must be compiled with --enable-sockets and --enable-pcntl").
 *
 * What was modernised / fixed:
 *  - `(($sock = socket_create(...)) < 0)` / `socket_bind() < 0` / `socket_listen() < 0` /
 *    `socket_accept() < 0` checks (PHP 4 returned negative error codes; PHP 8 returns Socket objects
 *    or false, and an object is never < 0) became `=== false` with socket_strerror(socket_last_error()).
 *    A failed create/bind/listen now exits instead of carrying on.
 *  - `next;` (Perl) in the accept loop is `continue;`; the seed's `while (!$quit)` loop is restored.
 *  - Port, address, pid file and log file are options (--port=N, 0 = free port; --address=IP,
 *    default 127.0.0.1 - the seed bound 0 = all addresses; --pid-file=PATH, default
 *    sys_get_temp_dir()/php_daemon.pid instead of the fixed /tmp/php_daemon.pid; --log=PATH).
 *    "Listening on ADDR:PORT" is printed before detaching.
 *  - The pid file holds the pid of the detached daemon (the seed wrote the return value of a
 *    become_daemon() that returned nothing); the pid read back is trimmed and cast to int before
 *    posix_kill($pid, 0); "already running" exits with status 1.
 *  - setuid/setgid (seed: always, to uid/gid 99 "nobody") is optional: only with --user=UID and/or
 *    --group=GID, and only when running as root; otherwise it is skipped with a log line.
 *  - After detaching, stdin/stdout/stderr are reopened on /dev/null (fd 0-2 stay taken, so echo
 *    cannot end up in a socket); messages go to the --log file. umask(022) instead of umask(0).
 *  - Signal handlers are installed with restart_syscalls=false and async signals, so SIGTERM
 *    interrupts the blocking socket_accept() (with SA_RESTART it waited for the next client).
 *    SIGTERM/SIGINT: terminate the client children, remove the pid file, exit 0 (the seed only
 *    removed the pid file if the loop ended, and left the children running).
 *  - Children restore the default handlers, close the listening socket (the parent's copy stays open)
 *    and run interact(): a welcome line, then every line is echoed as "You said: LINE"; "quit" closes.
 *
 * Usage: php forked_daemon.php [--port=10000] [--address=127.0.0.1] [--pid-file=PATH] [--log=PATH]
 *                              [--user=UID] [--group=GID]
 * Talk:  nc 127.0.0.1 10000
 * Stop:  kill $(cat PID_FILE)        (SIGUSR1 logs "Caught SIGUSR1...", SIGHUP logs a restart request)
 */

$opt = getopt('', ['port:', 'address:', 'pid-file:', 'log:', 'user:', 'group:']);
$port = (int) ($opt['port'] ?? (getenv('PORT') !== false ? getenv('PORT') : 10000));
$address = $opt['address'] ?? '127.0.0.1';
$pid_file = $opt['pid-file'] ?? (getenv('PID_FILE') ?: sys_get_temp_dir() . '/php_daemon.pid');
$log_file = $opt['log'] ?? (getenv('LOG_FILE') ?: null);
$underpriv_uid = isset($opt['user']) ? (int) $opt['user'] : null;
$underpriv_gid = isset($opt['group']) ? (int) $opt['group'] : null;

$log = null;
function logmsg(string $msg): void
{
    global $log;
    if ($log) {
        fwrite($log, date('[Y-m-d H:i:s] ') . $msg . "\n");
    }
}

$quit = false;
$clients = [];
function sig_handler(int $signo): void
{
    global $quit, $clients;
    switch ($signo) {
        case SIGTERM:
        case SIGINT:
            logmsg($signo === SIGTERM ? 'Caught SIGTERM, shutting down' : 'Caught SIGINT, shutting down');
            $quit = true;
            break;
        case SIGHUP:
            logmsg('Caught SIGHUP (restart tasks not implemented)');
            break;
        case SIGUSR1:
            logmsg('Caught SIGUSR1...');
            break;
        case SIGCHLD:
            while (($pid = pcntl_waitpid(-1, $status, WNOHANG)) > 0) {
                unset($clients[$pid]);
            }
            break;
    }
}

function interact(Socket $sock): void
{
    socket_write($sock, "Welcome to the forked daemon, served by process " . posix_getpid() . "\n");
    while (($line = @socket_read($sock, 2048, PHP_NORMAL_READ)) !== false && $line !== '') {
        $line = trim($line, "\r\n");
        if ($line === '') {
            continue;
        }
        if ($line === 'quit') {
            break;
        }
        socket_write($sock, "You said: $line\n");
    }
}

function become_daemon(): int
{
    $child = pcntl_fork();
    if ($child === -1) {
        print "Could not fork!\n";
        exit(1);
    }
    if ($child) {
        exit(0); // kill parent
    }
    posix_setsid(); // become session leader
    chdir('/');
    umask(022);
    return posix_getpid();
}

function open_pid_file(string $file)
{
    if (file_exists($file)) {
        $pid = (int) trim((string) file_get_contents($file));
        if ($pid > 0 && posix_kill($pid, 0)) {
            print "Server already running with PID: $pid\n";
            exit(1);
        }
        print "Removing PID file for defunct server process $pid\n";
        if (!unlink($file)) {
            print "Cannot unlink PID file $file\n";
            exit(1);
        }
    }
    if ($fp = @fopen($file, 'x')) {
        return $fp;
    }
    print "Unable to open PID file $file for writing...\n";
    exit(1);
}

function change_identity(?int $uid, ?int $gid): void
{
    global $pid_file;
    if ($gid !== null && !posix_setgid($gid)) {
        logmsg("Unable to setgid to $gid!");
        unlink($pid_file);
        exit(1);
    }
    if ($uid !== null && !posix_setuid($uid)) {
        logmsg("Unable to setuid to $uid!");
        unlink($pid_file);
        exit(1);
    }
}

set_time_limit(0);
pcntl_async_signals(true);
foreach ([SIGTERM, SIGINT, SIGHUP, SIGUSR1, SIGCHLD] as $sig) {
    pcntl_signal($sig, 'sig_handler', false);
}

if ($log_file !== null && !($log = @fopen($log_file, 'a'))) {
    print "Unable to open log file $log_file\n";
    exit(1);
}
$fh = open_pid_file($pid_file);

if (($sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP)) === false) {
    print "socket_create() failed: reason: " . socket_strerror(socket_last_error()) . "\n";
    unlink($pid_file);
    exit(1);
}
socket_set_option($sock, SOL_SOCKET, SO_REUSEADDR, 1);
if (@socket_bind($sock, $address, $port) === false) {
    print "socket_bind() failed: reason: " . socket_strerror(socket_last_error($sock)) . "\n";
    unlink($pid_file);
    exit(1);
}
if (socket_listen($sock, 5) === false) {
    print "socket_listen() failed: reason: " . socket_strerror(socket_last_error($sock)) . "\n";
    unlink($pid_file);
    exit(1);
}
socket_getsockname($sock, $boundAddr, $boundPort);
print "Listening on $boundAddr:$boundPort\n";
print "Server ready. Waiting for connections.....\n";

$pid = become_daemon();
fwrite($fh, "$pid\n");
fclose($fh);

// Detach stdio: keep fds 0-2 taken by /dev/null.
fclose(STDIN);
fclose(STDOUT);
fclose(STDERR);
$stdin = fopen('/dev/null', 'r');
$stdout = fopen('/dev/null', 'w');
$stderr = fopen('/dev/null', 'w');

if ($underpriv_uid !== null || $underpriv_gid !== null) {
    if (posix_geteuid() === 0) {
        change_identity($underpriv_uid, $underpriv_gid);
        logmsg('Now running as uid ' . posix_getuid() . ', gid ' . posix_getgid());
    } else {
        logmsg('Not root: --user/--group ignored');
    }
}
logmsg("Daemon started, pid $pid, port $boundPort");

while (!$quit) {
    if (($connection = @socket_accept($sock)) === false) {
        continue; // interrupted by a signal (EINTR)
    }
    if (($child = pcntl_fork()) === -1) {
        logmsg('Could not fork!! Dying...');
        $quit = true;
    } elseif ($child === 0) {
        foreach ([SIGTERM, SIGINT, SIGHUP, SIGUSR1, SIGCHLD] as $sig) {
            pcntl_signal($sig, SIG_DFL);
        }
        socket_close($sock);          // closed here, still open in the parent
        interact($connection);
        socket_close($connection);
        exit(0);
    } else {
        $clients[$child] = true;
        socket_close($connection);    // closed here, still open in the child
    }
}

foreach (array_keys($clients) as $c) {
    posix_kill($c, SIGTERM);
}
while (pcntl_waitpid(-1, $status) > 0) {
}
socket_close($sock);
if (posix_getpid() === $pid) {
    unlink($pid_file);
}
logmsg('Daemon stopped');
exit(0);
