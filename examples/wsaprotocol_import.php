<?php
/*
 * wsaprotocol_import.php - seed 000's server, importer half: imports a listening socket another
 * process exported for this process's pid, listens on it and accepts one client.
 *
 * Source: seed 000 ("Use socket_wsaprotocol_info_import with socket_listen to implement server
 * programs"). The seed exported and imported in one process, and called export without the target
 * pid it needs; here two processes play the two roles (wsaprotocol_export.php is the other one),
 * with sockets-ng's socket_wsaprotocol_info_* on Linux (PHP itself has them on Windows only).
 *
 * Usage: php wsaprotocol_import.php            prints its pid, then reads the id from stdin
 *        php wsaprotocol_export.php 0 PID      in another terminal: prints the id to paste here
 * Then:  nc 127.0.0.1 PORT                     the importer prints "Client is connected" and exits
 */
echo "Importer pid ", getmypid(), ", waiting for an id on stdin\n";
$id = trim((string) fgets(STDIN));

$imported_socket = socket_wsaprotocol_info_import($id);
if ($imported_socket === false) {
    die("socket_wsaprotocol_info_import() failed\n");
}

// Listening already (the exporter listened): listen() again only changes the backlog.
if (!socket_listen($imported_socket, 5)) {
    die("socket_listen() on imported socket failed\n");
}
socket_getsockname($imported_socket, $addr, $port);
echo "Server listening start, waiting for client connection on $addr:$port...\n";

$client_socket = socket_accept($imported_socket);
if ($client_socket === false) {
    die("socket_accept() failed\n");
}
echo "Client is connected\n";
socket_write($client_socket, "Hello from process " . getmypid() . "\n");

socket_close($client_socket);
socket_close($imported_socket);
