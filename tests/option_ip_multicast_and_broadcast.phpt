--TEST--
IP_MULTICAST_TTL outside 0..255 throws ValueError; IP_MULTICAST_LOOP and SO_BROADCAST toggle on UDP
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_TTL));
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, 7));
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_TTL));
foreach ([256, -1] as $v) {
    try {
        var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, $v));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_LOOP));
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_LOOP, 0));
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_LOOP));
var_dump(socket_get_option($u, SOL_SOCKET, SO_BROADCAST));
var_dump(socket_set_option($u, SOL_SOCKET, SO_BROADCAST, 1));
var_dump(socket_get_option($u, SOL_SOCKET, SO_BROADCAST));
?>
--EXPECT--
int(1)
bool(true)
int(7)
socket_set_option(): Argument #4 ($value) must be between 0 and 255
socket_set_option(): Argument #4 ($value) must be between 0 and 255
int(1)
bool(true)
int(0)
int(0)
bool(true)
int(1)
