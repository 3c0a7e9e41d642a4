<?php
// SO_ATTACH_REUSEPORT_CBPF is option 51. The bundled 8.3+ handles that number as its filter at
// every level but the IP ones (it dispatches on the number); 8.2's has no such option, so 51 at
// SOL_TCP or SOL_UDP is a plain integer option there (setsockopt says ENOPROTOOPT). Ours gives the
// filter on 8.2 too, but only at SOL_SOCKET, where it means something: other levels stay 8.2's.
// 8.6's warns "Invalid level" at the other levels.
// (The PHP fuzzer's seeds 133 and 205 found the difference.)
require __DIR__ . '/_lib.inc';

$cases = ['tcp' => [SOCK_STREAM, SOL_TCP], 'udp' => [SOCK_DGRAM, SOL_UDP], 'ip' => [SOCK_DGRAM, IPPROTO_IP],
          'ipv6' => [SOCK_DGRAM, IPPROTO_IPV6]];
foreach ($cases as $name => [$type, $level]) {
    foreach ([null, 0, 7, 1024] as $value) {
        $s = socket_create($name === 'ipv6' ? AF_INET6 : AF_INET, $type, 0);
        t("$name level $level option 51 value " . var_export($value, true),
            fn() => @socket_set_option($s, $level, 51, $value));
        echo error_get_last()['message'] ?? 'no warning', "\n";
        error_clear_last();
        err($s);
        socket_close($s);
    }
}
