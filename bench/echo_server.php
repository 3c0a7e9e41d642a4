<?php
/*
 * Runs the seeds' select-based echo server, examples/select_server.php, unchanged, for the echo
 * benchmark. Its console output (a line per request) is dropped, so that terminal or file writes do
 * not dominate what is measured; only its "Listening on ADDRESS:PORT" line goes to stderr, where
 * run.sh waits for it. Usage: echo_server.php MAX_CLIENTS
 */
$maxClients = $argv[1] ?? '10';
ob_start(function (string $out): string {
    static $told = false;
    if (!$told && preg_match('/Listening on (\S+)/', $out, $m)) {
        fwrite(STDERR, "Listening on {$m[1]} impl=" . (phpversion('sockets') === PHP_VERSION ? 'bundled' : 'sockets-ng') . "\n");
        $told = true;
    }
    return '';
}, 1);
$argv = [__DIR__ . '/../examples/select_server.php', '127.0.0.1', '0', $maxClients];
$argc = count($argv);
require __DIR__ . '/../examples/select_server.php';
