--TEST--
What PHP 8.3, 8.4, 8.5 and 8.6 added on Linux is defined on every PHP, with the Linux header values
--DESCRIPTION--
sockets-ng defines, on every PHP from 8.2, every constant PHP 8.4's extension has on Linux, the
Linux additions of PHP 8.5 and those of PHP 8.6. The expected values are those of the Linux and
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
    'SOL_UDPLITE' => 136, 'TCP_REPAIR' => 19, 'IP_BIND_ADDRESS_NO_PORT' => 24,
    // PHP 8.4
    'SOCK_DCCP' => 6, 'SOCK_CLOEXEC' => 02000000, 'SOCK_NONBLOCK' => 04000, 'SO_BINDTOIFINDEX' => 62,
    'TCP_SYNCNT' => 7,
    // PHP 8.5 (Linux)
    'AF_PACKET' => 17, 'IPPROTO_ICMP' => 1, 'IPPROTO_ICMPV6' => 58, 'SO_BUSY_POLL' => 46,
    'UDP_SEGMENT' => 103, 'SHUT_RD' => 0, 'SHUT_WR' => 1, 'SHUT_RDWR' => 2,
    'ETH_P_IP' => 0x0800, 'ETH_P_IPV6' => 0x86DD, 'ETH_P_LOOP' => 0x0060, 'ETH_P_ALL' => 0x0003,
    // PHP 8.6 (glibc's EAI_* values)
    'AF_UNSPEC' => 0, 'EAI_BADFLAGS' => -1, 'EAI_NONAME' => -2, 'EAI_AGAIN' => -3, 'EAI_FAIL' => -4,
    'EAI_NODATA' => -5, 'EAI_FAMILY' => -6, 'EAI_SOCKTYPE' => -7, 'EAI_SERVICE' => -8,
    'EAI_ADDRFAMILY' => -9, 'EAI_SYSTEM' => -11, 'EAI_OVERFLOW' => -12, 'EAI_INPROGRESS' => -100,
    'EAI_CANCELED' => -101, 'EAI_NOTCANCELED' => -102, 'EAI_ALLDONE' => -103, 'EAI_INTR' => -104,
    'EAI_IDN_ENCODE' => -105, 'SO_DETACH_REUSEPORT_BPF' => 68, 'TCP_USER_TIMEOUT' => 18,
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
// The same on every PHP: 8.4's 231 Linux constants, the 12 of PHP 8.5 and the 20 of PHP 8.6.
echo count($mine), " constants in all\n";
?>
--EXPECT--
51 constants checked
263 constants in all
