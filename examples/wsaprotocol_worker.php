<?php
/*
 * wsaprotocol_worker.php - a worker of wsaprotocol_master.php: reads an id on stdin, imports the
 * master's listening socket with socket_wsaprotocol_info_import() and accepts on it, one client at
 * a time: "You are connected to process PID", then every line echoed until the client closes.
 * Ends on SIGTERM (default action: nothing to clean up) or when the master goes (its stdin closes).
 */
$id = trim((string) fgets(STDIN));
$listener = socket_wsaprotocol_info_import($id);
if ($listener === false) {
    exit(1);
}
$pid = getmypid();
echo "Worker $pid accepting\n";
// Non-blocking: when a connection wakes several workers, the ones that lose the race go back to
// waiting instead of blocking in accept.
socket_set_nonblock($listener);
stream_set_blocking(STDIN, false);

while (true) {
    $read = [$listener];
    $write = $except = null;
    if (@socket_select($read, $write, $except, 0, 500000) === 0) {
        fread(STDIN, 1);
        if (feof(STDIN)) {
            exit(0);   // the master has gone
        }
        continue;
    }
    $client = @socket_accept($listener);
    if ($client === false) {
        continue;
    }
    // From PHP 8.5 a connection accepted on a non-blocking listener is non-blocking too.
    socket_set_block($client);
    socket_write($client, "You are connected to process $pid\n");
    while (($data = @socket_read($client, 1024)) !== false && $data !== '') {
        socket_write($client, $data);
    }
    socket_close($client);
}
