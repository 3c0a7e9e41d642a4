--TEST--
socket_create() with an unknown domain throws ValueError and creates nothing
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--DESCRIPTION--
PHP 8.5 makes AF_PACKET (17) sockets and names it in the message (tests/af_packet_sockets_php85.phpt).
--FILE--
<?php
foreach (PHP_VERSION_ID >= 80500 ? [-1, 0, 3, PHP_INT_MAX] : [-1, 0, 3, 17, PHP_INT_MAX] as $d) {
    try {
        var_dump(socket_create($d, SOCK_STREAM, 0));
    } catch (ValueError $e) {
        echo str_replace(' AF_PACKET,', '', $e->getMessage()), "\n";
    }
}
?>
--EXPECTF--
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
%Asocket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
