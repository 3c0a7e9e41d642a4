<?php
/*
 * UDP loop in one process: socket_sendto() a 64-byte datagram from socket A to socket B on
 * 127.0.0.1, then socket_recvfrom() it on B; datagrams per second (one sendto + one recvfrom each).
 * Usage: udp_loop.php [SECONDS]   (timed part, default 0.5)
 * Checks each received datagram's content, length and sender port.
 */
require __DIR__ . '/lib.inc';
bench_require('pcntl');
bench_bound(30);

$seconds = (float) ($argv[1] ?? 0.5);
$a = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$b = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($a, '127.0.0.1', 0) && socket_bind($b, '127.0.0.1', 0) || bench_fail('bind failed');
socket_getsockname($a, $addrA, $portA);
socket_getsockname($b, $addrB, $portB);
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
$payload = str_repeat('0123456789abcdef', 4);

$bad = 0;
for ($i = 0; $i < 100; $i++) {
    socket_sendto($a, $payload, 64, 0, '127.0.0.1', $portB);
    socket_recvfrom($b, $buf, 2048, 0, $from, $port);
}
$n = 0;
$limit = (int) ($seconds * 1e9);
$start = hrtime(true);
do {
    for ($k = 0; $k < 32; $k++) {
        socket_sendto($a, $payload, 64, 0, '127.0.0.1', $portB);
        if (socket_recvfrom($b, $buf, 2048, 0, $from, $port) !== 64 || $buf !== $payload || $port !== $portA) {
            $bad++;
        }
    }
    $n += 32;
    $elapsed = hrtime(true) - $start;
} while ($elapsed < $limit);
if ($bad) {
    bench_fail("$bad datagrams were wrong or missing");
}
bench_result($n / ($elapsed / 1e9), 'datagrams/s', sprintf('datagrams=%d seconds=%.3f', $n, $elapsed / 1e9));
