<?php
// Huge length: the buffer allocation fails before any I/O; this is fatal, so it is the last statement.
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_write($p[0], "x");
echo "before\n";
try {
    var_dump(socket_recv($p[1], $buf, PHP_INT_MAX, 0));
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "after\n";
