<?php
// Bad-input battery (issue 5): address strings a script can get wrong: empty, NUL inside, over
// long, odd IPv6 scopes, non-addresses, for bind/connect/sendto on every family. Run under the
// sanitizer build too (scripts/check-asan.sh).
// Fixed abstract names ("\0" alone, 107 and 108 bytes of z): one each for the network namespace.
// diff: one side at a time
require __DIR__ . '/_lib.inc';

$tmp = sys_get_temp_dir() . '/skng_diff061_' . getmypid();
$addrs = [
    'empty' => '',
    'nul only' => "\0",
    'nul after address' => "127.0.0.1\0junk",
    'nul inside' => "127.0\0.0.1",
    'spaces' => ' 127.0.0.1 ',
    'v6 loopback' => '::1',
    'v6 nul after' => "::1\0zz",
    'v6 empty scope' => 'fe80::1%',
    'v6 numeric scope 0' => 'fe80::1%0',
    'v6 huge scope' => 'fe80::1%99999999999999999999999',
    'v6 bracketed' => '[::1]',
    'v4 with port' => '127.0.0.1:80',
    'octets too big' => '300.1.1.1',
    'long name 300' => str_repeat('a', 300),
    'long dotted name' => str_repeat('a.', 200) . 'b',
    'binary' => "\xff\xfe\x80\x01",
];
section('inet and inet6');
foreach ([AF_INET => 'inet', AF_INET6 => 'inet6'] as $fam => $fname) {
    $u = socket_create($fam, SOCK_DGRAM, SOL_UDP);
    socket_set_nonblock($u);
    foreach ($addrs as $label => $addr) {
        // lookups of names may or may not resolve on the machine: print only what is stable
        t("$fname bind $label", function () use ($u, $addr) {
            $r = @socket_bind($u, $addr, 0);
            return [$r, $r ? 'bound' : socket_last_error($u)];
        });
        socket_clear_error($u);
        t("$fname sendto $label", function () use ($u, $addr) {
            $r = @socket_sendto($u, 'x', 1, 0, $addr, 9);
            return [$r === false ? false : 'sent', $r === false ? socket_last_error($u) : 0];
        });
        socket_clear_error($u);
    }
    socket_close($u);
}
section('unix');
foreach ([0, 1, 50, 107, 108, 109, 200, 100000] as $n) {
    $path = substr($tmp . str_repeat('p', $n), 0, max($n, 1));
    $u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
    t("unix bind path length $n", fn() => @socket_bind($u, $n === 0 ? '' : $path));
    errs($u);
    t("unix connect path length $n", fn() => @socket_connect($u, $n === 0 ? '' : $path));
    errs($u);
    t("unix sendto path length $n", fn() => @socket_sendto($u, 'x', 1, 0, $n === 0 ? '' : $path));
    errs($u);
    @unlink($path);
    socket_close($u);
}
foreach (['abstract nul only' => "\0", 'abstract name' => "\0skng_diff061_" . getmypid(), 'nul in path' => "$tmp\0tail", 'abstract 107' => "\0" . str_repeat('z', 106), 'abstract 108' => "\0" . str_repeat('z', 107)] as $label => $path) {
    $u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
    t("unix bind $label", fn() => socket_bind($u, $path));
    errs($u);
    t("unix getsockname $label", function () use ($u) { $r = socket_getsockname($u, $a); return [$r, strlen((string) $a), bin2hex(substr((string) $a, 0, 1))]; });
    socket_close($u);
    @unlink($tmp);
}
section('connect with empty and NUL hosts (stream)');
foreach (['', "\0", "127.0.0.1\0x"] as $addr) {
    $t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_set_nonblock($t);
    t('connect ' . bin2hex($addr), function () use ($t, $addr) {
        $r = @socket_connect($t, $addr, 1);
        return [$r, socket_last_error($t)];
    });
    socket_close($t);
}
