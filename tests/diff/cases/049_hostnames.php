<?php
require __DIR__ . '/_lib.inc';
// The bundled extension resolves names with gethostbyname() and reports -10000 - h_errno.
// h_errno is only set by lookups that really fail, so the code shown for an IPv6 literal on an
// AF_INET socket depends on the previous lookup. The sequence below is fixed, so output is too.

$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
function lookup(string $addr)
{
    $x = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
    t('bind ' . json_encode($addr), fn() => socket_bind($x, $addr, 0));
    if (socket_getsockname($x, $got)) echo "   bound to $got\n";
    echo "   code ", socket_last_error($x), "\n";
}

section('sequence of lookups on AF_INET');
lookup('::1');
lookup('no-such-host.invalid');
lookup('::1');
lookup('');
lookup('::1');
lookup('no-such-host.invalid');
lookup('[::1]');
lookup(str_repeat('a', 63) . '.' . str_repeat('b', 63) . '.invalid');
lookup(str_repeat('a', 64) . '.invalid');
lookup(str_repeat('a.', 127) . 'x');
lookup(str_repeat('a.', 128) . 'x');
lookup(str_repeat('x', 300));
lookup('::1');
lookup('localhost.');
lookup('LOCALHOST');
lookup('vm');
lookup('127.0.0.1.');
lookup('0');
lookup('1');
lookup('4294967295');
lookup('4294967296');
lookup('-1');
lookup('0x7f000001');
lookup('017700000001');
lookup('127.0.0.01');

section('AF_INET6 lookups');
$s6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
foreach (['localhost', 'LOCALHOST', 'localhost.', 'vm', 'no-such-host.invalid', '', str_repeat('x', 300), 'ip6-localhost', '::1', '1', '127.1'] as $a) {
    $x = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
    t('bind6 ' . json_encode($a), fn() => socket_bind($x, $a, 0));
    if (socket_getsockname($x, $got)) echo "   bound to $got\n";
    echo "   code ", socket_last_error($x), "\n";
}

section('connect/sendto use the same resolver');
$l = socket_create_listen(0);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('connect localhost', fn() => socket_connect($c, 'localhost', port_of($l)));
t('sendto localhost', fn() => socket_sendto($s, "x", 1, 0, 'localhost', dead_port(SOCK_DGRAM)));
t('sendto bad name', fn() => socket_sendto($s, "x", 1, 0, 'no-such-host.invalid', 9));
echo "   code ", socket_last_error($s), "\n";
