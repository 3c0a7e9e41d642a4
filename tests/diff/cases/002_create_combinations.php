<?php
require __DIR__ . '/_lib.inc';

$domains = ['AF_INET' => AF_INET, 'AF_INET6' => AF_INET6, 'AF_UNIX' => AF_UNIX];
$types = ['SOCK_STREAM' => SOCK_STREAM, 'SOCK_DGRAM' => SOCK_DGRAM, 'SOCK_SEQPACKET' => SOCK_SEQPACKET,
          'SOCK_RAW' => SOCK_RAW, 'SOCK_RDM' => SOCK_RDM];
$protos = ['0' => 0, 'SOL_TCP' => SOL_TCP, 'SOL_UDP' => SOL_UDP];

foreach ($domains as $dn => $d) {
    foreach ($types as $tn => $ty) {
        foreach ($protos as $pn => $p) {
            echo "$dn/$tn/$pn: ";
            $s = socket_create($d, $ty, $p);
            if ($s === false) {
                echo "false\n";
                err();
            } else {
                echo get_class($s), "\n";
                $t = socket_get_option($s, SOL_SOCKET, SO_TYPE);
                echo "   SO_TYPE=", $t, " last_error=", socket_last_error($s), "\n";
                socket_close($s);
            }
            socket_clear_error();
        }
    }
}

section('protocol numbers');
var_dump(getprotobyname('tcp') === SOL_TCP, getprotobyname('udp') === SOL_UDP);
t('AF_INET raw icmp', function () {
    $s = socket_create(AF_INET, SOCK_RAW, getprotobyname('icmp'));
    return $s instanceof Socket ? socket_get_option($s, SOL_SOCKET, SO_TYPE) : $s;
});
t('protocol 12345', fn() => socket_create(AF_INET, SOCK_STREAM, 12345));
err();
t('protocol -1', fn() => socket_create(AF_INET, SOCK_STREAM, -1));
err();
t('protocol PHP_INT_MAX', fn() => socket_create(AF_INET, SOCK_STREAM, PHP_INT_MAX));
err();
t('AF_UNIX proto 1', fn() => socket_create(AF_UNIX, SOCK_STREAM, 1));
err();
