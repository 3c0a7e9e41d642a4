<?php
// IPv6 ancillary data on ::1: IPV6_PKTINFO / IPV6_HOPLIMIT / IPV6_TCLASS sent with sendmsg and
// received with IPV6_RECVPKTINFO / IPV6_RECVHOPLIMIT / IPV6_RECVTCLASS.
require __DIR__ . '/_lib.inc';
require __DIR__ . '/_msg.inc';

$s6 = @socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
if ($s6 === false || !@socket_bind($s6, '::1', 0)) {
    echo "skip: ::1 unavailable\n";
    exit(0);
}
$port6 = port_of($s6);
socket_set_nonblock($s6);
$c6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($c6, '::1', 0);
$cport = port_of($c6);
$name = ['addr' => '::1', 'port' => $port6];

function pk($data): array { return ['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => $data]; }
function hl($data): array { return ['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => $data]; }
function tc($data): array { return ['level' => IPPROTO_IPV6, 'type' => IPV6_TCLASS, 'data' => $data]; }

// Receive one datagram and print it without the sender's port (compared instead).
function recv6(Socket $s, int $controllen = 200)
{
    global $cport;
    $m = ['name' => [], 'buffer_size' => 10, 'controllen' => $controllen];
    $r = socket_recvmsg($s, $m);
    if (is_array($m) && isset($m['name']['port'])) {
        echo "   sender port ok: ", var_export($m['name']['port'] === $cport, true), "\n";
        unset($m['name']['port']);
    }
    var_dump($m);
    return $r;
}

section('nothing enabled');
t('send', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x']]));
t('recv', fn() => recv6($s6));

section('receive options');
t('RECVPKTINFO', fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_RECVPKTINFO, 1));
t('RECVHOPLIMIT', fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_RECVHOPLIMIT, 1));
t('RECVTCLASS', fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_RECVTCLASS, 1));
t('get back', fn() => [socket_get_option($s6, IPPROTO_IPV6, IPV6_RECVPKTINFO), socket_get_option($s6, IPPROTO_IPV6, IPV6_RECVHOPLIMIT), socket_get_option($s6, IPPROTO_IPV6, IPV6_RECVTCLASS)]);
t('send plain', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['plain']]));
t('recv all three', fn() => recv6($s6));

section('sent control data');
t('send all three', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [pk(['addr' => '::1', 'ifindex' => 1]), hl(7), tc(40)]]));
t('recv', fn() => recv6($s6));
t('hoplimit -1 (default)', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['d'], 'control' => [hl(-1), tc(-1)]]));
t('recv', fn() => recv6($s6));
t('hoplimit 255 tclass 255', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['m'], 'control' => [hl(255), tc(255)]]));
t('recv', fn() => recv6($s6));
t('hoplimit numeric string', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['s'], 'control' => [hl('9')]]));
t('recv', fn() => recv6($s6));
t('pktinfo unspecified address, ifindex 0', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['u'], 'control' => [pk(['addr' => '::', 'ifindex' => 0])]]));
t('recv', fn() => recv6($s6));
t('pktinfo ifindex lo (name)', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['n'], 'control' => [pk(['addr' => '::1', 'ifindex' => 'lo'])]]));
t('recv', fn() => recv6($s6));

section('controllen too small for all three');
t('send', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x']]));
t('recv with space for pktinfo only', fn() => recv6($s6, socket_cmsg_space(IPPROTO_IPV6, IPV6_PKTINFO)));
t('send', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x']]));
t('recv with controllen 1', fn() => recv6($s6, 1));

section('conversion errors');
t('hoplimit 256', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [hl(256)]]));
t('hoplimit -2', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [hl(-2)]]));
t('hoplimit string', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [hl('zz')]]));
t('hoplimit array', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [hl([])]]));
t('tclass 256', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [tc(256)]]));
t('tclass -2', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [tc(-2)]]));
t('tclass null', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [tc(null)]]));
t('pktinfo int', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [pk(1)]]));
t('pktinfo empty', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [pk([])]]));
t('pktinfo no addr', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [pk(['ifindex' => 1])]]));
t('pktinfo no ifindex', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [pk(['addr' => '::1'])]]));
t('pktinfo bad addr', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [pk(['addr' => 'qq::', 'ifindex' => 1])]]));
t('pktinfo v4 addr', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [pk(['addr' => '127.0.0.1', 'ifindex' => 1])]]));
t('pktinfo addr array', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [pk(['addr' => [], 'ifindex' => 1])]]));
t('pktinfo ifindex -1', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [pk(['addr' => '::1', 'ifindex' => -1])]]));
t('pktinfo ifindex unknown name', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [pk(['addr' => '::1', 'ifindex' => 'nope0'])]]));
t('pktinfo ifindex array', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [pk(['addr' => '::1', 'ifindex' => []])]]));
t('pktinfo ifindex float', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['fl'], 'control' => [pk(['addr' => '::1', 'ifindex' => 1.0])]]));
t('pktinfo both bad (order)', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [pk(['ifindex' => -1, 'addr' => 'zz'])]]));
t('pktinfo unknown ifindex 999', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [pk(['addr' => '::1', 'ifindex' => 999])]]));
errs($c6);
t('good then bad', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [hl(5), tc(300)]]));
t('bad then good', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [hl(500), tc(3)]]));
t('unsupported ipv6 type', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => 99, 'data' => 1]]]));
t('SCM_RIGHTS on udp6', fn() => socket_sendmsg($c6, ['name' => $name, 'iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [STDIN]]]]));
errs($c6);
section('drain');
t('remaining', function () use ($s6) {
    $n = [];
    while (true) {
        $m = ['buffer_size' => 10, 'controllen' => 200];
        if (@socket_recvmsg($s6, $m) === false) break;
        $n[] = [$m['iov'], count($m['control'])];
    }
    return $n;
});

section('tcp6 control data');
[$l, $c, $srv] = tcp6_pair();
socket_set_nonblock($srv);
t('send hoplimit on tcp', fn() => socket_sendmsg($c, ['iov' => ['t'], 'control' => [hl(5)]]));
errs($c);
