--TEST--
PHP 8.5: AF_PACKET sockets (protocol in host order, bound to an interface by name, named by socket_getsockname); PHP 8.6 also sends and receives them with socket_sendto/socket_recvfrom (the port is the interface index)
--DESCRIPTION--
Frames of the local experimental Ethernet type 0x88B5 on the loopback interface, so that only this
test's frames are received. Needs CAP_NET_RAW (skipped otherwise).
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (PHP_VERSION_ID < 80500) die('skip PHP 8.5 behaviour: earlier versions refuse AF_PACKET in socket_create');
if (!@socket_create(AF_PACKET, SOCK_RAW, ETH_P_ALL)) die('skip needs CAP_NET_RAW');
?>
--FILE--
<?php
const TYPE = 0x88B5;
function t(string $label, callable $f): void {
    try {
        $r = $f();
        echo $label, ': ', str_replace("\n", '', var_export($r, true)), "\n";
    } catch (Throwable $e) {
        echo $label, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$lo = 'lo';
$frame = pack('H12H12n', 'ffffffffffff', '020000000001', TYPE) . 'sockets-ng AF_PACKET test ' . getmypid() . str_repeat('.', 20);

$rx = socket_create(AF_PACKET, SOCK_RAW, TYPE);
var_dump($rx instanceof Socket, socket_get_option($rx, SOL_SOCKET, SO_TYPE) === SOCK_RAW);
t('getsockname before bind', fn() => socket_getsockname($rx, $name));
var_dump(socket_bind($rx, $lo));
socket_getsockname($rx, $name, $index);
var_dump($name, $index === 1 || $index > 0);
t('getpeername', fn() => @socket_getpeername($rx, $peer));
var_dump(socket_last_error($rx) === SOCKET_EOPNOTSUPP);

// Plain send on a bound socket; the frame comes back on the socket bound for its type.
$tx = socket_create(AF_PACKET, SOCK_RAW, TYPE);
socket_bind($tx, $lo);
var_dump(socket_send($tx, $frame, strlen($frame), 0) === strlen($frame));
$r = [$rx]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 30));
var_dump(socket_recv($rx, $got, 2000, 0) === strlen($frame), $got === $frame);

t('create_pair', fn() => socket_create_pair(AF_PACKET, SOCK_RAW, 0, $pair));
t('connect', fn() => socket_connect($tx, $lo, 1));
t('bind port out of range', fn() => socket_bind($tx, $lo, 65536));
// A message name is converted for AF_INET, AF_INET6 and AF_UNIX only: refused before controllen.
$m = ['name' => [], 'controllen' => 0];
var_dump(@socket_recvmsg($rx, $m, MSG_DONTWAIT));
echo error_get_last()['message'], "\n";
if (PHP_VERSION_ID >= 80600) {
    t('sendto without port', fn() => socket_sendto($tx, $frame, strlen($frame), 0, $lo));
    $sent = socket_sendto($tx, $frame, strlen($frame), 0, 'the name is not used', $index);
    $r = [$rx]; $w = $e = null;
    $ready = socket_select($r, $w, $e, 30);
    $n = socket_recvfrom($rx, $got, 2000, 0, $from, $from_index);
    $ok = $sent === strlen($frame) && $ready === 1 && $n === strlen($frame) && $got === $frame
        && $from === $name && $from_index === $index;
    echo 'sendto and recvfrom: ', $ok ? 'the frame went out and came back from the named interface' : 'FAILED', "\n";
} else {
    // 8.5 refuses them, as for a family it does not know.
    t('sendto', fn() => socket_sendto($tx, $frame, strlen($frame), 0, $lo, 1));
    t('recvfrom', fn() => socket_recvfrom($rx, $got, 2000, 0, $from, $from_index));
}
?>
--EXPECTF--
bool(true)
bool(true)
getsockname before bind: Error: invalid interface index
bool(true)
string(2) "lo"
bool(true)
getpeername: false
bool(true)
bool(true)
int(1)
bool(true)
bool(true)
create_pair: ValueError: socket_create_pair(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
connect: ValueError: socket_connect(): Argument #1 ($socket) must be one of AF_UNIX, AF_INET, or AF_INET6
bind port out of range: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
bool(false)
socket_recvmsg(): error converting user data (path: msghdr > name): the only families currently supported are AF_INET, AF_INET6 and AF_UNIX
%r(sendto without port|sendto)%r: ValueError: socket_sendto(): Argument #%r(6 \(\$port\) cannot be null when the socket type is AF_PACKET|1 \(\$socket\) must be one of AF_UNIX, AF_INET, or AF_INET6)%r
%r(sendto and recvfrom: the frame went out and came back from the named interface|recvfrom: ValueError: socket_recvfrom\(\): Argument #1 \(\$socket\) must be one of AF_UNIX, AF_INET, or AF_INET6)%r
