<?php
// Bad-input battery (issue 5): every call on sockets in the wrong state or of the wrong type:
// half-closed (each direction), both directions shut, peer gone, listening sockets used for I/O,
// datagram sockets used as streams and the reverse, options of another protocol. Run under the
// sanitizer build too (scripts/check-asan.sh).
require __DIR__ . '/_lib.inc';

function calls(Socket $s): array
{
    return [
        'read' => fn() => socket_read($s, 10),
        'read normal' => fn() => socket_read($s, 10, PHP_NORMAL_READ),
        'recv' => fn() => [socket_recv($s, $b, 10, MSG_DONTWAIT), $b],
        'recvfrom' => fn() => [socket_recvfrom($s, $b, 10, MSG_DONTWAIT, $from), $b],
        'write' => fn() => socket_write($s, 'abc'),
        'send' => fn() => socket_send($s, 'abc', 3, MSG_DONTWAIT),
        'sendto' => fn() => socket_sendto($s, 'abc', 3, MSG_DONTWAIT, '127.0.0.1', 9),
        'listen' => fn() => socket_listen($s),
        'accept' => fn() => socket_accept($s),
        'getpeername' => fn() => socket_getpeername($s, $a) ? 'has peer' : false,
        'shutdown 2' => fn() => socket_shutdown($s, 2),
        'TCP_NODELAY' => fn() => socket_set_option($s, SOL_TCP, TCP_NODELAY, 1),
        'SO_ERROR' => fn() => socket_get_option($s, SOL_SOCKET, SO_ERROR),
        'IP_MULTICAST_TTL' => fn() => socket_set_option($s, IPPROTO_IP, IP_MULTICAST_TTL, 2),
        'MCAST_JOIN_GROUP' => fn() => socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.250', 'interface' => 0]),
        'select read' => function () use ($s) { $r = [$s]; $w = $e = null; return socket_select($r, $w, $e, 0); },
    ];
}

function battery(string $name, Socket $s): void
{
    section($name);
    socket_set_nonblock($s);
    foreach (calls($s) as $label => $call) {
        // sendto/recvfrom on a connected stream and the like may or may not block: all non-blocking
        t($label, fn() => @$call());
        errs($s);
    }
}

function tcp_pair(): array
{
    $l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_bind($l, '127.0.0.1', 0);
    socket_listen($l);
    socket_getsockname($l, $h, $port);
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_connect($c, '127.0.0.1', $port);
    $a = socket_accept($l);
    socket_close($l);
    return [$c, $a];
}

[$c, $a] = tcp_pair();
socket_shutdown($c, 0);
battery('tcp, read side shut', $c);

[$c, $a] = tcp_pair();
socket_shutdown($c, 1);
battery('tcp, write side shut', $c);
battery('tcp, peer of a write-shut socket', $a);

[$c, $a] = tcp_pair();
socket_shutdown($c, 2);
battery('tcp, both sides shut', $c);

[$c, $a] = tcp_pair();
socket_set_option($a, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
socket_close($a);
usleep(50000);
battery('tcp, peer reset', $c);

$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
battery('tcp listening socket', $l);

battery('tcp, never connected', socket_create(AF_INET, SOCK_STREAM, SOL_TCP));
battery('udp, unbound', socket_create(AF_INET, SOCK_DGRAM, SOL_UDP));
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_close($p[1]);
battery('unix dgram, peer closed', $p[0]);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_close($p[1]);
battery('unix stream, peer closed', $p[0]);

section('closed socket');
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($s);
foreach (calls($s) as $label => $call) {
    t($label, $call);
}
t('close again', fn() => socket_close($s));
t('export closed', fn() => socket_export_stream($s));
