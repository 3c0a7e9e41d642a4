--TEST--
SOCK_RAW ICMP socket sends an echo request to 127.0.0.1 and receives the reply with the IP header
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (!function_exists('posix_geteuid') || posix_geteuid() !== 0) die('skip needs root (CAP_NET_RAW)');
if (@socket_create(AF_INET, SOCK_RAW, getprotobyname('icmp')) === false) die('skip raw sockets not permitted');
?>
--FILE--
<?php
$raw = socket_create(AF_INET, SOCK_RAW, getprotobyname('icmp'));
var_dump(socket_get_option($raw, SOL_SOCKET, SO_TYPE) === SOCK_RAW);
var_dump(socket_set_option($raw, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 3, 'usec' => 0]));
$id = getmypid() & 0xffff;
$mk = function (int $sum) use ($id) { return pack('CCnnn', 8, 0, $sum, $id, 7) . 'skng-ping'; };
$sum = 0;
foreach (unpack('n*', $mk(0) . "\0") as $w) { $sum += $w; }
while ($sum >> 16) { $sum = ($sum & 0xffff) + ($sum >> 16); }
$pkt = $mk(~$sum & 0xffff);
var_dump(socket_sendto($raw, $pkt, strlen($pkt), 0, '127.0.0.1', 0));
$got = false;
for ($i = 0; $i < 10; $i++) {
    $n = socket_recvfrom($raw, $buf, 1500, 0, $from, $port);
    if ($n === false) { echo "timeout\n"; break; }
    $ihl = (ord($buf[0]) & 0x0f) * 4;
    $icmp = substr($buf, $ihl);
    $h = unpack('Ctype/Ccode/nsum/nid/nseq', $icmp);
    if ($h['type'] === 0 && $h['id'] === $id) {
        echo "reply from $from seq {$h['seq']} payload ", substr($icmp, 8), " len ok: ", var_export($n === $ihl + strlen($pkt), true), "\n";
        $got = true;
        break;
    }
}
var_dump($got);
?>
--EXPECT--
bool(true)
bool(true)
int(17)
reply from 127.0.0.1 seq 7 payload skng-ping len ok: true
bool(true)
