<?php
/*
 * wsaprotocol_export.php - seed 000's server, exporter half: creates, binds and listens, exports
 * the listening socket for another process's pid and prints the id; releases it once that process
 * has exited.
 *
 * Source: seed 000 (see wsaprotocol_import.php, the other half). Fixed: 127.0.0.1 instead of
 * 0.0.0.0, port argv[1] (0 = a free port, printed as "Listening on ADDR:PORT"), the export names
 * its target pid (argv[2]), and the id is released instead of left to the process end.
 *
 * Usage: php wsaprotocol_export.php PORT IMPORTER_PID
 */
if ($argc < 3) {
    fwrite(STDERR, "usage: php wsaprotocol_export.php PORT IMPORTER_PID\n");
    exit(2);
}
$target = (int) $argv[2];

$socket = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
if ($socket === false) {
    die("socket_create() failed: " . socket_strerror(socket_last_error()) . "\n");
}
if (!socket_bind($socket, '127.0.0.1', (int) $argv[1])) {
    die("socket_bind() failed: " . socket_strerror(socket_last_error($socket)) . "\n");
}
if (!socket_listen($socket, 5)) {
    die("socket_listen() failed: " . socket_strerror(socket_last_error($socket)) . "\n");
}
socket_getsockname($socket, $addr, $port);
echo "Listening on $addr:$port\n";

$wsaproto_info = socket_wsaprotocol_info_export($socket, $target);
if ($wsaproto_info === false) {
    die("socket_wsaprotocol_info_export() failed\n");
}
echo "Id for process $target: $wsaproto_info\n";

// The id lives as long as this process: wait for the importer to finish.
while (posix_kill($target, 0)) {
    usleep(100000);
}
socket_wsaprotocol_info_release($wsaproto_info);
socket_close($socket);
echo "Process $target has exited, id released\n";
