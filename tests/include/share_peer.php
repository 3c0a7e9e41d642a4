<?php
/*
 * A process for the socket_wsaprotocol_info_* tests (tests/share_*.phpt, via share.inc): it reads
 * one command per stdin line, does it and answers one stdout line. Warnings are caught and sent
 * back as "FAIL <message>". Socket names are its own: "L" the listener it made, "I" the last
 * import.
 *
 *   listen                  -> "PORT n": TCP listener on 127.0.0.1, port 0
 *   export PID [SOCK]       -> "ID id" or FAIL
 *   import ID               -> "OK" or FAIL; the socket becomes "I"
 *   accept SOCK             -> "BLOCKING", then socket_accept (no timeout), writes "served by PID\n"
 *                              to the client, closes it, "ACCEPTED"
 *   select SOCK             -> "BLOCKING", then socket_select (60 s) on SOCK, then as accept
 *   release ID              -> "true" / "false"
 *   close SOCK              -> "OK"
 *   counts                  -> "FDS n TASKS n": open descriptors and threads of this process
 *   names                   -> abstract "@sockets-ng:" names bound by anyone, from /proc/net/unix
 *   fork-child CMD...       -> forks; the child runs one command and exits (answering itself),
 *                              then the parent answers "FORKED"
 *   fork-linger             -> forks a child that lives on (without reading commands) until this
 *                              process ends, 30 s at most; answers "LINGERING PID"
 *   exit                    -> exits (ids end with the process)
 */
$sockets = [];
$lastWarning = null;
set_error_handler(function ($no, $msg) use (&$lastWarning) {
    $lastWarning = $msg;
    return true;
});

function count_dir(string $dir): int
{
    return count(scandir($dir)) - 2;
}

function share_names(): string
{
    $names = [];
    foreach (file('/proc/net/unix') as $line) {
        if (preg_match('/ @(sockets-ng:\S+)$/', rtrim($line), $m)) {
            $names[] = $m[1];
        }
    }
    sort($names);
    return 'NAMES ' . implode(' ', array_unique($names));
}

function run(array $words, array &$sockets, ?string &$lastWarning): string
{
    $lastWarning = null;
    $fail = function () use (&$lastWarning) {
        return 'FAIL ' . $lastWarning;
    };
    switch ($words[0]) {
        case 'listen':
            $l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
            socket_bind($l, '127.0.0.1', 0);
            socket_listen($l, 16);
            socket_getsockname($l, $addr, $port);
            $sockets['L'] = $l;
            return "PORT $port";
        case 'export':
            $id = socket_wsaprotocol_info_export($sockets[$words[2] ?? 'L'], (int) $words[1]);
            return $id === false ? $fail() : "ID $id";
        case 'import':
            $s = socket_wsaprotocol_info_import($words[1]);
            if ($s === false) {
                return $fail();
            }
            $sockets['I'] = $s;
            return 'OK';
        case 'accept':
        case 'select':
            echo "BLOCKING\n";
            $s = $sockets[$words[1]];
            if ($words[0] === 'select') {
                $r = [$s];
                $w = $e = null;
                if (socket_select($r, $w, $e, 60) !== 1) {
                    return $fail();
                }
            }
            $c = socket_accept($s);
            if ($c === false) {
                return $fail();
            }
            socket_write($c, 'served by ' . getmypid() . "\n");
            socket_close($c);
            return 'ACCEPTED';
        case 'release':
            return var_export(socket_wsaprotocol_info_release($words[1]), true);
        case 'close':
            socket_close($sockets[$words[1]]);
            unset($sockets[$words[1]]);
            return 'OK';
        case 'counts':
            // By pid, not /proc/self: a thread-safe PHP resolves paths through its realpath cache,
            // which a forked child inherits with /proc/self still meaning the parent.
            $proc = '/proc/' . getmypid();
            return 'FDS ' . count_dir("$proc/fd") . ' TASKS ' . count_dir("$proc/task");
        case 'names':
            return share_names();
        case 'fork-child':
            $pid = pcntl_fork();
            if ($pid === 0) {
                echo run(array_slice($words, 1), $sockets, $lastWarning), "\n";
                exit(0);
            }
            pcntl_waitpid($pid, $status);
            return 'FORKED';
        case 'fork-linger':
            $parent = getmypid();
            $pid = pcntl_fork();
            if ($pid === 0) {
                for ($i = 0; $i < 1500 && posix_getppid() === $parent; $i++) {
                    usleep(20000);
                }
                exit(0);
            }
            return "LINGERING $pid";
        case 'exit':
            exit(0);
    }
    return "FAIL unknown command {$words[0]}";
}

echo 'READY ', getmypid(), "\n";
while (($line = fgets(STDIN)) !== false) {
    $words = explode(' ', trim($line));
    echo run($words, $sockets, $lastWarning), "\n";
}
