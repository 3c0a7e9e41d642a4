<?php
require __DIR__ . '/_lib.inc';

$v4 = ['127.0.0.1', '0.0.0.0'];
$v6 = ['::1', '::', '::ffff:127.0.0.1', 'fe80::1'];
$unixish = ['/tmp/x.sock', "\0abstract"];
$names = ['localhost', 'no-such-host.invalid', ''];

foreach (['AF_INET' => AF_INET, 'AF_INET6' => AF_INET6] as $fn => $f) {
    foreach (['udp' => SOCK_DGRAM, 'tcp' => SOCK_STREAM] as $tn => $ty) {
        section("$fn/$tn");
        foreach (array_merge($v4, $v6, $unixish, $names) as $addr) {
            $s = socket_create($f, $ty, 0);
            socket_set_nonblock($s);
            $label = json_encode($addr);
            t("bind $label", fn() => socket_bind($s, $addr, 0));
            errs($s);
            if ($ty === SOCK_DGRAM) {
                t("sendto $label", fn() => socket_sendto($s, "x", 1, MSG_DONTWAIT, $addr, dead_port(SOCK_DGRAM)));
                errs($s);
            }
        }
    }
}

section('AF_UNIX given inet addresses');
foreach (array_merge($v4, $v6, ['localhost']) as $addr) {
    $s = socket_create(AF_UNIX, SOCK_DGRAM, 0);
    $label = json_encode($addr);
    t("connect $label", fn() => socket_connect($s, $addr));
    errs($s);
    t("sendto $label", fn() => socket_sendto($s, "x", 1, 0, $addr));
    errs($s);
}
