<?php
// Message names: AF_INET / AF_INET6 / AF_UNIX, the family key, abstract names, unnamed senders,
// host lookup failures and the ranges of port / flowinfo / scope_id.
require __DIR__ . '/_lib.inc';
require __DIR__ . '/_msg.inc';

// Receive one message with its name; ports compared instead of printed.
function recv_named(Socket $s, ?int $expect_port = null)
{
    $m = ['name' => [], 'buffer_size' => 20, 'controllen' => 1];
    $r = socket_recvmsg($s, $m, MSG_DONTWAIT);
    if ($r === false) { echo "   nothing\n"; socket_clear_error($s); return false; }
    if (isset($m['name']['port'])) {
        echo "   port ok: ", var_export($m['name']['port'] === $expect_port, true), "\n";
        $m['name']['port'] = 'P';
    }
    echo "   ", json_encode($m), "\n";
    return $r;
}

section('AF_INET');
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($s, '127.0.0.1', 0);
$port = port_of($s);
$c = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($c, '127.0.0.1', 0);
$cport = port_of($c);
t('addr + port', fn() => socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => ['a']]));
t('recv', fn() => recv_named($s, $cport));
t('family AF_INET explicit', fn() => socket_sendmsg($c, ['name' => ['family' => AF_INET, 'addr' => '127.0.0.1', 'port' => $port], 'iov' => ['b']]));
t('recv', fn() => recv_named($s, $cport));
t('family as string', fn() => socket_sendmsg($c, ['name' => ['family' => '2', 'addr' => '127.0.0.1', 'port' => $port], 'iov' => ['c']]));
t('recv', fn() => recv_named($s, $cport));
t('localhost', fn() => socket_sendmsg($c, ['name' => ['addr' => 'localhost', 'port' => $port], 'iov' => ['d']]));
t('recv', fn() => recv_named($s, $cport));
t('extra keys', fn() => socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => $port, 'junk' => 1, 'path' => '/x'], 'iov' => ['e']]));
t('recv', fn() => recv_named($s, $cport));
t('addr as int', fn() => socket_sendmsg($c, ['name' => ['addr' => 2130706433, 'port' => $port], 'iov' => ['f']]));
t('recv', fn() => recv_named($s, $cport));
t('no port (0)', fn() => socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1'], 'iov' => ['x']]));
errs($c);
t('no addr', fn() => socket_sendmsg($c, ['name' => ['port' => $port], 'iov' => ['x']]));
t('empty name', fn() => socket_sendmsg($c, ['name' => [], 'iov' => ['x']]));
t('unresolvable host', fn() => socket_sendmsg($c, ['name' => ['addr' => 'no.such.host.invalid', 'port' => $port], 'iov' => ['x']]));
errs($c);
t('addr array', fn() => socket_sendmsg($c, ['name' => ['addr' => [], 'port' => $port], 'iov' => ['x']]));
t('addr ipv6 literal', fn() => socket_sendmsg($c, ['name' => ['addr' => '::1', 'port' => $port], 'iov' => ['x']]));
t('port 65535', fn() => socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => 65535], 'iov' => ['x']]));
t('port 65536', fn() => socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => 65536], 'iov' => ['x']]));
t('port 70000', fn() => socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => 70000], 'iov' => ['x']]));
t('port -1', fn() => socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => -1], 'iov' => ['x']]));
t('port string junk', fn() => socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => '12x'], 'iov' => ['x']]));
t('port bad and host bad (order)', fn() => socket_sendmsg($c, ['name' => ['port' => 'x', 'addr' => 'nohost.invalid'], 'iov' => ['x']]));
t('port bad and addr array (order)', fn() => socket_sendmsg($c, ['name' => ['port' => 'p', 'addr' => []], 'iov' => ['q']]));
t('family AF_INET6 on inet socket', fn() => socket_sendmsg($c, ['name' => ['family' => AF_INET6, 'addr' => '::1', 'port' => $port], 'iov' => ['x']]));
t('family AF_UNIX on inet socket', fn() => socket_sendmsg($c, ['name' => ['family' => AF_UNIX, 'path' => '/x'], 'iov' => ['x']]));
t('family 99', fn() => socket_sendmsg($c, ['name' => ['family' => 99], 'iov' => ['x']]));
t('family 70000', fn() => socket_sendmsg($c, ['name' => ['family' => 70000], 'iov' => ['x']]));
t('family -1', fn() => socket_sendmsg($c, ['name' => ['family' => -1], 'iov' => ['x']]));
t('family 1<<40', fn() => socket_sendmsg($c, ['name' => ['family' => 1 << 40], 'iov' => ['x']]));
t('family junk string', fn() => socket_sendmsg($c, ['name' => ['family' => 'x', 'addr' => '127.0.0.1', 'port' => $port], 'iov' => ['x']]));
t('drain', fn() => recv_named($s, $cport));
t('recv from unbound sender', function () use ($port, $s) {
    $u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
    socket_sendmsg($u, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => ['ub']]);
    $m = ['name' => [], 'buffer_size' => 20, 'controllen' => 1];
    $r = socket_recvmsg($s, $m, MSG_DONTWAIT);
    return [$r, $m['name']['port'] === port_of($u), $m['name']['addr']];
});

section('AF_INET6');
$s6 = @socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
if ($s6 !== false && @socket_bind($s6, '::1', 0)) {
    $port6 = port_of($s6);
    $c6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
    socket_bind($c6, '::1', 0);
    $cport6 = port_of($c6);
    t('addr + port + flowinfo + scope_id', fn() => socket_sendmsg($c6, ['name' => ['addr' => '::1', 'port' => $port6, 'flowinfo' => 5, 'scope_id' => 0], 'iov' => ['a']]));
    t('recv', fn() => recv_named($s6, $cport6));
    t('v4 literal on v6 socket', fn() => socket_sendmsg($c6, ['name' => ['addr' => '127.0.0.1', 'port' => $port6], 'iov' => ['x']]));
    t('v4-mapped literal', fn() => socket_sendmsg($c6, ['name' => ['addr' => '::ffff:127.0.0.1', 'port' => $port6], 'iov' => ['x']]));
    errs($c6);
    t('flowinfo -1', fn() => socket_sendmsg($c6, ['name' => ['addr' => '::1', 'port' => $port6, 'flowinfo' => -1], 'iov' => ['x']]));
    t('flowinfo 2^32', fn() => socket_sendmsg($c6, ['name' => ['addr' => '::1', 'port' => $port6, 'flowinfo' => 1 << 32], 'iov' => ['x']]));
    t('flowinfo 2^32-1', fn() => socket_sendmsg($c6, ['name' => ['addr' => '::1', 'port' => $port6, 'flowinfo' => (1 << 32) - 1], 'iov' => ['x']]));
    errs($c6);
    t('scope_id 2^33', fn() => socket_sendmsg($c6, ['name' => ['addr' => '::1', 'port' => $port6, 'scope_id' => 1 << 33], 'iov' => ['x']]));
    t('scope_id -1', fn() => socket_sendmsg($c6, ['name' => ['addr' => '::1', 'port' => $port6, 'scope_id' => -1], 'iov' => ['x']]));
    t('scope_id 1 (lo)', fn() => socket_sendmsg($c6, ['name' => ['addr' => '::1', 'port' => $port6, 'scope_id' => 1], 'iov' => ['s1']]));
    t('recv', fn() => recv_named($s6, $cport6));
    t('scope_id 999999', fn() => socket_sendmsg($c6, ['name' => ['addr' => '::1', 'port' => $port6, 'scope_id' => 999999], 'iov' => ['s2']]));
    t('recv', fn() => recv_named($s6, $cport6));
    t('bad host', fn() => socket_sendmsg($c6, ['name' => ['addr' => 'zz::zz', 'port' => $port6], 'iov' => ['x']]));
    t('all bad (order)', fn() => socket_sendmsg($c6, ['name' => ['scope_id' => 's', 'flowinfo' => 'f', 'port' => 'p', 'addr' => '::1'], 'iov' => ['q']]));
    t('flowinfo and scope bad (order)', fn() => socket_sendmsg($c6, ['name' => ['scope_id' => 's', 'flowinfo' => 'f', 'addr' => '::1'], 'iov' => ['q']]));
    t('scope bad only', fn() => socket_sendmsg($c6, ['name' => ['scope_id' => 's', 'addr' => '::1'], 'iov' => ['q']]));
    t('empty', fn() => socket_sendmsg($c6, ['name' => [], 'iov' => ['q']]));
    t('family AF_INET on v6 socket', fn() => socket_sendmsg($c6, ['name' => ['family' => AF_INET, 'addr' => '127.0.0.1', 'port' => $port6], 'iov' => ['x']]));
    errs($c6);
    t('drain', fn() => recv_named($s6, $cport6));
} else {
    echo "(::1 unavailable)\n";
}

section('AF_UNIX');
$pa = unix_path('816a');
$pb = unix_path('816b');
$ua = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($ua, $pa);
$ub = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($ub, $pb);
t('path', fn() => socket_sendmsg($ua, ['name' => ['path' => $pb], 'iov' => ['a', 'b']]));
t('recv name path matches', function () use ($ub, $pa) {
    $m = ['name' => [], 'buffer_size' => 10, 'controllen' => 1];
    $r = socket_recvmsg($ub, $m);
    var_dump($m['name']['path'] === $pa, array_keys($m['name']), $m['name']['family'], $m['iov']);
    return $r;
});
t('family AF_UNIX explicit', fn() => socket_sendmsg($ua, ['name' => ['family' => AF_UNIX, 'path' => $pb], 'iov' => ['f']]));
t('recv', function () use ($ub) { $m = ['buffer_size' => 10, 'controllen' => 1]; $r = socket_recvmsg($ub, $m); return [$r, $m['iov']]; });
t('from an unnamed sender', function () use ($pb, $ub) {
    $x = socket_create(AF_UNIX, SOCK_DGRAM, 0);
    socket_sendmsg($x, ['name' => ['path' => $pb], 'iov' => ['anon']]);
    $m = ['name' => [], 'buffer_size' => 10, 'controllen' => 1];
    $r = socket_recvmsg($ub, $m);
    var_dump($m['name']);
    return $r;
});
t('nonexistent path', fn() => socket_sendmsg($ua, ['name' => ['path' => $pb . '.none'], 'iov' => ['x']]));
errs($ua);
t('empty path', fn() => socket_sendmsg($ua, ['name' => ['path' => ''], 'iov' => ['x']]));
t('path 107 chars', fn() => socket_sendmsg($ua, ['name' => ['path' => '/' . str_repeat('a', 106)], 'iov' => ['x']]));
errs($ua);
t('path 108 chars', fn() => socket_sendmsg($ua, ['name' => ['path' => '/' . str_repeat('a', 107)], 'iov' => ['x']]));
t('path int', fn() => socket_sendmsg($ua, ['name' => ['path' => 5], 'iov' => ['x']]));
errs($ua);
t('path array', fn() => socket_sendmsg($ua, ['name' => ['path' => []], 'iov' => ['x']]));
t('no path', fn() => socket_sendmsg($ua, ['name' => [], 'iov' => ['x']]));
t('no path, addr given', fn() => socket_sendmsg($ua, ['name' => ['addr' => '127.0.0.1', 'port' => 1], 'iov' => ['x']]));
t('family 65537', fn() => socket_sendmsg($ua, ['name' => ['family' => 65537, 'path' => $pb], 'iov' => ['x']]));
t('family string junk', fn() => socket_sendmsg($ua, ['name' => ['family' => 'x', 'path' => $pb], 'iov' => ['x']]));
t('family AF_INET on unix', fn() => socket_sendmsg($ua, ['name' => ['family' => AF_INET, 'addr' => '127.0.0.1', 'port' => 1], 'iov' => ['x']]));
t('path with NUL inside', fn() => socket_sendmsg($ua, ['name' => ['path' => "/tmp/a\0b"], 'iov' => ['x']]));
errs($ua);

section('abstract');
$na = abstract_name('816a');
$nb = abstract_name('816b');
$aa = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($aa, $na);
$ab = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($ab, $nb);
t('abstract send', fn() => socket_sendmsg($aa, ['name' => ['path' => $nb], 'iov' => ['z']]));
t('abstract recv name', function () use ($ab, $na) {
    $m = ['name' => [], 'buffer_size' => 10, 'controllen' => 1];
    $r = socket_recvmsg($ab, $m);
    var_dump($m['name']['path'] === $na, $m['iov']);
    return $r;
});
t('abstract empty payload', fn() => socket_sendmsg($aa, ['name' => ['path' => $nb], 'iov' => ['']]));
t('recv', function () use ($ab) { $m = ['name' => [], 'buffer_size' => 10, 'controllen' => 1]; $r = socket_recvmsg($ab, $m); return [$r, $m['iov']]; });
t('abstract nonexistent', fn() => socket_sendmsg($aa, ['name' => ['path' => "\0sng-none-" . getmypid()], 'iov' => ['z']]));
errs($aa);
t('just a NUL', fn() => socket_sendmsg($aa, ['name' => ['path' => "\0"], 'iov' => ['z']]));
errs($aa);
t('abstract 108 bytes', fn() => socket_sendmsg($aa, ['name' => ['path' => "\0" . str_repeat('q', 107)], 'iov' => ['z']]));
errs($aa);
