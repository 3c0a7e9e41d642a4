<?php
// The test's own peers for the FPM pages (plain PHP streams, no sockets extension: php -n):
// a TCP server that answers each line with "echo <line>", and a UDP server that answers each
// datagram with "echo <datagram>", on 127.0.0.1. Argument: the TCP port, the UDP port. Stops
// by itself after 600 s at most (the test kills it before).
[$tcpPort, $udpPort] = [(int) $argv[1], (int) $argv[2]];
$tcp = stream_socket_server("tcp://127.0.0.1:$tcpPort", $no, $str) or die("tcp: $str\n");
$udp = stream_socket_server("udp://127.0.0.1:$udpPort", $no, $str, STREAM_SERVER_BIND) or die("udp: $str\n");
$clients = [];
$buffers = [];
$end = time() + 600;
echo "listening\n";
while (time() < $end) {
    $r = array_merge([$tcp, $udp], $clients);
    $w = $e = null;
    if (@stream_select($r, $w, $e, 1) < 1) continue;
    foreach ($r as $s) {
        if ($s === $tcp) {
            $c = @stream_socket_accept($tcp, 0);
            if ($c) { $clients[(int) $c] = $c; $buffers[(int) $c] = ''; }
        } elseif ($s === $udp) {
            $d = stream_socket_recvfrom($udp, 65536, 0, $peer);
            if ($d !== false && $peer) stream_socket_sendto($udp, "echo $d", 0, $peer);
        } else {
            $d = @fread($s, 65536);
            if ($d === '' || $d === false) { unset($clients[(int) $s], $buffers[(int) $s]); fclose($s); continue; }
            $buffers[(int) $s] .= $d;
            while (($p = strpos($buffers[(int) $s], "\n")) !== false) {
                @fwrite($s, 'echo ' . substr($buffers[(int) $s], 0, $p + 1));
                $buffers[(int) $s] = substr($buffers[(int) $s], $p + 1);
            }
        }
    }
}
