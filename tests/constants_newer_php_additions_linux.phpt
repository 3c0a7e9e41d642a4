--TEST--
What PHP 8.3, 8.4 and 8.5 added on Linux is defined on every PHP, with the Linux header values
--DESCRIPTION--
sockets-ng defines, on PHP 8.2 as on 8.4, every constant PHP 8.4's extension has on Linux and the
Linux additions of PHP 8.5 that its manual documents. The expected values are those of the Linux and
glibc headers (asm-generic/socket.h, netinet/in.h, netinet/tcp.h, netinet/udp.h, bits/socket.h).
The bundled extension of an older PHP lacks some of them, hence sockets-ng only.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension has only its own PHP version\'s constants');
if (PHP_OS_FAMILY !== 'Linux') die('skip Linux values');
if (preg_match('~/(ld-musl-[^/\s]+|libc\.musl-[^/\s]+|[^/\s]+-linux-musl/libc\.so)$~m', (string) @file_get_contents('/proc/self/maps'))) die("skip musl: the count includes glibc's AI_IDN and AI_CANONIDN, which musl has not; the bundled extension on musl has not them either (diff case 047 there, part diff-musl)");
?>
--FILE--
<?php
$linux = [
    // PHP 8.3
    'SO_ATTACH_REUSEPORT_CBPF' => 51, 'SO_DETACH_FILTER' => 27, 'SO_DETACH_BPF' => 27,
    'TCP_QUICKACK' => 12, 'IP_MTU_DISCOVER' => 10, 'IP_PMTUDISC_DONT' => 0, 'IP_PMTUDISC_WANT' => 1,
    'IP_PMTUDISC_DO' => 2, 'IP_PMTUDISC_PROBE' => 3, 'IP_PMTUDISC_INTERFACE' => 4, 'IP_PMTUDISC_OMIT' => 5,
    'SOL_UDPLITE' => 136,
    // PHP 8.4
    'SOCK_DCCP' => 6, 'SOCK_CLOEXEC' => 02000000, 'SOCK_NONBLOCK' => 04000, 'SO_BINDTOIFINDEX' => 62,
    'TCP_SYNCNT' => 7, 'TCP_REPAIR' => 19, 'IP_BIND_ADDRESS_NO_PORT' => 24,
    // PHP 8.5 (Linux)
    'AF_PACKET' => 17, 'IPPROTO_ICMP' => 1, 'IPPROTO_ICMPV6' => 58, 'SO_BUSY_POLL' => 46,
    'UDP_SEGMENT' => 103, 'SHUT_RD' => 0, 'SHUT_WR' => 1, 'SHUT_RDWR' => 2,
];
$mine = get_defined_constants(true)['sockets'];
foreach ($linux as $name => $value) {
    if (!array_key_exists($name, $mine)) {
        echo "$name: MISSING\n";
    } elseif ($mine[$name] !== $value) {
        echo "$name: ", var_export($mine[$name], true), " instead of $value\n";
    }
}
echo count($linux), " constants checked\n";
// The same on every PHP: 8.4's 231 Linux constants plus the 8 PHP 8.5 additions.
echo count($mine), " constants in all\n";
?>
--EXPECT--
27 constants checked
239 constants in all
