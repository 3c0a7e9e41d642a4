<?php
// socket_recvfrom's address text for IPv4 senders whose octets have one, two and three digits and
// zeros (sockets-ng formats IPv4 itself instead of calling inet_ntop).
require __DIR__ . '/_lib.inc';

$rx = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($rx, '127.0.0.1', 0));
socket_getsockname($rx, $addr, $port);
socket_set_option($rx, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
foreach (['127.0.0.1', '127.10.200.5', '127.255.99.0', '127.1.22.255', '127.100.0.9'] as $from) {
    $tx = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
    if (!@socket_bind($tx, $from, 0)) {
        echo "$from: cannot bind here\n";
        continue;
    }
    socket_getsockname($tx, $fromAddr, $fromPort);
    socket_sendto($tx, "hi $from", 64, 0, '127.0.0.1', $port);
    $buf = $who = null;
    $whoPort = null;
    var_dump(socket_recvfrom($rx, $buf, 100, 0, $who, $whoPort), $buf, $who, $whoPort === $fromPort);
    socket_close($tx);
}
