<?php
// A DNS server for scripts/hermetic.sh's private network namespace: it answers every query on
// 127.0.0.1:53 (UDP) with "no such name" (NXDOMAIN), as a real server answers for a name that
// does not exist, so that the resolver reports HOST_NOT_FOUND (PHP's -10001) and nothing is sent
// off the machine. Names in /etc/hosts (localhost) never get here. Prints "ready" once bound;
// runs until killed. Uses the stream layer only (no sockets extension needed).
$server = stream_socket_server('udp://127.0.0.1:53', $errno, $errstr, STREAM_SERVER_BIND);
if ($server === false) {
    fwrite(STDERR, "hermetic-dns: cannot bind 127.0.0.1:53: $errstr\n");
    exit(1);
}
echo "ready\n";
fclose(STDOUT);
while (true) {
    $query = stream_socket_recvfrom($server, 512, 0, $peer);
    if ($query === false || strlen($query) < 12) {
        continue;
    }
    // The question: its name (labels up to a zero byte) and 4 bytes of type and class.
    $end = 12;
    while ($end < strlen($query) && ($len = ord($query[$end])) !== 0 && $len < 64) {
        $end += $len + 1;
    }
    $question = substr($query, 12, $end + 5 - 12);
    $flags = unpack('n', $query, 2)[1];
    // QR (a response), the query's opcode and RD, RA, RCODE 3 (NXDOMAIN).
    $reply = substr($query, 0, 2) . pack('nnnnn', 0x8000 | ($flags & 0x7900) | 0x0080 | 3, 1, 0, 0, 0) . $question;
    stream_socket_sendto($server, $reply, 0, $peer);
}
