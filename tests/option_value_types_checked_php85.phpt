--TEST--
PHP 8.5: socket_set_option() wants a string for SO_BINDTODEVICE/TCP_CONGESTION (TypeError), an array or object for MCAST_* (TypeError naming MCAST_LEAVE_GROUP or MCAST_LEAVE_SOURCE_GROUP, as 8.5 does), an INET socket for a multicast group (ValueError), and UDP_SEGMENT within 0..65535
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
<?php if (PHP_VERSION_ID < 80500) die('skip PHP 8.5 behaviour: earlier versions take any value'); ?>
--FILE--
<?php
function t(string $label, callable $f): void {
    try {
        $r = $f();
        echo $label, ': ', var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo $label, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$tcp = fn() => socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach (['int' => 1, 'null' => null, 'array' => [], 'Stringable' => new class { function __toString(): string { return 'lo'; } }] as $name => $v) {
    t("SO_BINDTODEVICE $name", fn() => socket_set_option($tcp(), SOL_SOCKET, SO_BINDTODEVICE, $v));
    t("TCP_CONGESTION $name", fn() => socket_set_option($tcp(), SOL_TCP, TCP_CONGESTION, $v));
}
// SO_BINDTODEVICE's number at another level than IP is still SO_BINDTODEVICE for the check.
t('SO_BINDTODEVICE at SOL_TCP', fn() => socket_set_option($tcp(), SOL_TCP, SO_BINDTODEVICE, 1));
t('SO_BINDTODEVICE "lo"', fn() => socket_set_option($tcp(), SOL_SOCKET, SO_BINDTODEVICE, 'lo'));
t('SO_BINDTODEVICE ""', fn() => socket_set_option($tcp(), SOL_SOCKET, SO_BINDTODEVICE, ''));

$options = ['MCAST_JOIN_GROUP' => MCAST_JOIN_GROUP, 'MCAST_LEAVE_GROUP' => MCAST_LEAVE_GROUP,
    'MCAST_BLOCK_SOURCE' => MCAST_BLOCK_SOURCE, 'MCAST_UNBLOCK_SOURCE' => MCAST_UNBLOCK_SOURCE,
    'MCAST_JOIN_SOURCE_GROUP' => MCAST_JOIN_SOURCE_GROUP, 'MCAST_LEAVE_SOURCE_GROUP' => MCAST_LEAVE_SOURCE_GROUP];
foreach ($options as $name => $o) {
    t("$name string", fn() => socket_set_option(socket_create(AF_INET, SOCK_DGRAM, SOL_UDP), IPPROTO_IP, $o, '224.0.0.23'));
}
t('MCAST_JOIN_GROUP null at IPv6', fn() => socket_set_option(socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP), IPPROTO_IPV6, MCAST_JOIN_GROUP, null));
$unix = fn() => socket_create(AF_UNIX, SOCK_DGRAM, 0);
t('MCAST_JOIN_GROUP on AF_UNIX', fn() => socket_set_option($unix(), IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.23', 'interface' => 'lo']));
t('MCAST_JOIN_SOURCE_GROUP on AF_UNIX at IPv6', fn() => socket_set_option($unix(), IPPROTO_IPV6, MCAST_JOIN_SOURCE_GROUP, ['group' => 'ff02::1', 'source' => '::1', 'interface' => 'lo']));
// The type is checked first, then the keys, then the family.
t('MCAST_JOIN_GROUP string on AF_UNIX', fn() => socket_set_option($unix(), IPPROTO_IP, MCAST_JOIN_GROUP, 'x'));
t('MCAST_JOIN_GROUP no group on AF_UNIX', fn() => socket_set_option($unix(), IPPROTO_IP, MCAST_JOIN_GROUP, ['interface' => 'lo']));

$udp = fn() => socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$udp_segment_error = PHP_VERSION_ID >= 80600 ? 'must be between 0 and 65535' : 'must be of between 0 and 65535';
foreach ([-1, 65536, PHP_INT_MAX] as $v) {
    try {
        socket_set_option($udp(), SOL_UDP, UDP_SEGMENT, $v);
        echo "UDP_SEGMENT $v: no error\n";
    } catch (ValueError $e) {
        echo "UDP_SEGMENT $v: ", $e->getMessage() === "socket_set_option(): Argument #4 (\$value) $udp_segment_error" ? "ValueError as this PHP's bundled extension" : $e->getMessage(), "\n";
    }
}
t('UDP_SEGMENT 1400', fn() => socket_set_option($udp(), SOL_UDP, UDP_SEGMENT, 1400));
$s = $udp();
socket_set_option($s, SOL_UDP, UDP_SEGMENT, 65535);
var_dump(socket_get_option($s, SOL_UDP, UDP_SEGMENT));
?>
--EXPECTF--
SO_BINDTODEVICE int: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, int given
TCP_CONGESTION int: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is TCP_CONGESTION, int given
SO_BINDTODEVICE null: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, null given
TCP_CONGESTION null: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is TCP_CONGESTION, null given
SO_BINDTODEVICE array: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, array given
TCP_CONGESTION array: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is TCP_CONGESTION, array given
SO_BINDTODEVICE Stringable: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, class@anonymous given
TCP_CONGESTION Stringable: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is TCP_CONGESTION, class@anonymous given
SO_BINDTODEVICE at SOL_TCP: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, int given
SO_BINDTODEVICE "lo": true
SO_BINDTODEVICE "": true
MCAST_JOIN_GROUP string: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_GROUP, string given
MCAST_LEAVE_GROUP string: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_GROUP, string given
MCAST_BLOCK_SOURCE string: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_SOURCE_GROUP, string given
MCAST_UNBLOCK_SOURCE string: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_SOURCE_GROUP, string given
MCAST_JOIN_SOURCE_GROUP string: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_SOURCE_GROUP, string given
MCAST_LEAVE_SOURCE_GROUP string: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_SOURCE_GROUP, string given
MCAST_JOIN_GROUP null at IPv6: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_GROUP, null given
MCAST_JOIN_GROUP on AF_UNIX: ValueError: IP address used in the context of an unexpected type of socket
MCAST_JOIN_SOURCE_GROUP on AF_UNIX at IPv6: ValueError: IP address used in the context of an unexpected type of socket
MCAST_JOIN_GROUP string on AF_UNIX: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_GROUP, string given
MCAST_JOIN_GROUP no group on AF_UNIX: ValueError: No key "group" passed in optval
UDP_SEGMENT -1: ValueError as this PHP's bundled extension
UDP_SEGMENT 65536: ValueError as this PHP's bundled extension
UDP_SEGMENT %d: ValueError as this PHP's bundled extension
UDP_SEGMENT 1400: true
int(65535)
