<?php
// Integer conversion of every integer field of the message arrays, with the same list of
// values each time (ints, floats, numeric and non-numeric strings, objects, arrays, null, bool,
// resources, extremes, NAN/INF).
require __DIR__ . '/_lib.inc';
require __DIR__ . '/_msg.inc';
scratch_fds();

class Str7 { function __toString(): string { return '7'; } }
class StrX7 { function __toString(): string { return 'x7'; } }

$values = [
    'int 7' => 7, 'int 0' => 0, 'int -1' => -1, 'float 1.9' => 1.9, 'float -0.5' => -0.5,
    'float 65535.9' => 65535.9, 'float 1e20' => 1e20, 'string "1.9"' => '1.9', 'string " 12"' => ' 12',
    'string "12 "' => '12 ', 'string "\t12\n"' => "\t12\n", 'string "0x10"' => '0x10', 'string "1e3"' => '1e3',
    'string ""' => '', 'string "abc"' => 'abc', 'string "12abc"' => '12abc', 'string "-3"' => '-3',
    'string 20 digits' => '99999999999999999999', 'Stringable "7"' => new Str7, 'Stringable "x7"' => new StrX7,
    'stdClass' => new stdClass, 'array [1]' => [1], 'array []' => [], 'null' => null, 'true' => true,
    'false' => false, 'resource' => STDIN, 'PHP_INT_MAX' => PHP_INT_MAX, 'PHP_INT_MIN' => PHP_INT_MIN,
    'NAN' => NAN, 'INF' => INF, '-INF' => -INF,
];

// Runs $fn for every value, printing the result (warnings and exceptions included).
function each_value(string $field, callable $fn, ?callable $after = null)
{
    global $values;
    section($field);
    foreach ($values as $label => $v) {
        t("$field = $label", fn() => $fn($v));
        if ($after) $after();
        socket_clear_error();
    }
}

socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($b);

each_value('buffer_size', function ($v) use ($a, $b) {
    socket_sendmsg($a, ['iov' => ['0123456789abcdefghij']]);
    $m = ['buffer_size' => $v, 'controllen' => 1];
    $r = socket_recvmsg($b, $m);
    return $r === false ? false : [$r, $m['iov'], $m['flags']];
}, fn() => drain($b));

each_value('controllen', function ($v) use ($a, $b) {
    socket_sendmsg($a, ['iov' => ['c'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [FD_A]]]]);
    $m = ['buffer_size' => 10, 'controllen' => $v];
    $r = socket_recvmsg($b, $m);
    return $r === false ? false : [$r, $m['iov'], $m['flags'], count($m['control'])];
}, fn() => drain($b));

$udp = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
each_value('port', fn($v) => socket_sendmsg($udp, ['name' => ['addr' => '127.0.0.1', 'port' => $v], 'iov' => ['p']]));

$pu = unix_path('817');
$ur = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($ur, $pu);
socket_set_nonblock($ur);
$us = socket_create(AF_UNIX, SOCK_DGRAM, 0);
each_value('family', fn($v) => socket_sendmsg($us, ['name' => ['family' => $v, 'path' => $pu], 'iov' => ['f']]), fn() => drain($ur));

each_value('control level', fn($v) => socket_sendmsg($a, ['iov' => ['l'], 'control' => [['level' => $v, 'type' => SCM_RIGHTS, 'data' => [FD_A]]]]), fn() => drain($b));
each_value('control type', fn($v) => socket_sendmsg($a, ['iov' => ['t'], 'control' => [['level' => SOL_SOCKET, 'type' => $v, 'data' => [FD_A]]]]), fn() => drain($b));

$mine = ['pid' => getmypid(), 'uid' => posix_getuid(), 'gid' => posix_getgid()];
foreach (['pid', 'uid', 'gid'] as $k) {
    each_value("creds $k", function ($v) use ($a, $k, $mine) {
        $d = $mine;
        $d[$k] = $v;
        return socket_sendmsg($a, ['iov' => ['c'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => $d]]]);
    }, fn() => drain($b));
}

$c6 = @socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
if ($c6 !== false && @socket_bind($c6, '::1', 0)) {
    $s6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
    socket_bind($s6, '::1', 0);
    $port6 = port_of($s6);
    $to = ['addr' => '::1', 'port' => $port6];
    each_value('flowinfo', fn($v) => socket_sendmsg($c6, ['name' => $to + ['flowinfo' => $v], 'iov' => ['f']]));
    each_value('scope_id', fn($v) => socket_sendmsg($c6, ['name' => $to + ['scope_id' => $v], 'iov' => ['s']]));
    each_value('IPV6_HOPLIMIT', fn($v) => socket_sendmsg($c6, ['name' => $to, 'iov' => ['h'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => $v]]]));
    each_value('IPV6_TCLASS', fn($v) => socket_sendmsg($c6, ['name' => $to, 'iov' => ['c'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_TCLASS, 'data' => $v]]]));
    each_value('IPV6_PKTINFO ifindex', fn($v) => socket_sendmsg($c6, ['name' => $to, 'iov' => ['i'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => $v]]]]));
} else {
    echo "(::1 unavailable)\n";
}
