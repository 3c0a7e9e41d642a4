<?php
// Multicast membership values: the 'group' (and 'source') element is converted to a string before
// anything else looks at it, on every kind of socket: arrays warn "Array to string conversion",
// objects without __toString throw, Stringable objects give their string.
require __DIR__ . '/_lib.inc';

class Group { function __toString(): string { return '239.1.2.3'; } }

$sockets = [
    'unix dgram' => fn() => socket_create(AF_UNIX, SOCK_DGRAM, 0),
    'udp4' => fn() => socket_create(AF_INET, SOCK_DGRAM, SOL_UDP),
    'udp6' => fn() => socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP),
];
$groups = ['array' => [1, 2], 'object' => new stdClass, 'Stringable' => new Group, 'int' => 5, 'null' => null,
           'float' => 1.5, 'true' => true];
foreach ($sockets as $kind => $make) {
    foreach ([IPPROTO_IP => 'IPPROTO_IP', IPPROTO_IPV6 => 'IPPROTO_IPV6'] as $level => $ln) {
        foreach ($groups as $gn => $g) {
            $s = $make();
            t("$kind $ln MCAST_JOIN_GROUP group=$gn", fn() => socket_set_option($s, $level, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 0]));
            t("$kind $ln MCAST_JOIN_SOURCE_GROUP source=$gn", fn() => socket_set_option($s, $level, MCAST_JOIN_SOURCE_GROUP,
                ['group' => '239.1.2.3', 'source' => $g, 'interface' => 0]));
            errs($s);
        }
    }
}
