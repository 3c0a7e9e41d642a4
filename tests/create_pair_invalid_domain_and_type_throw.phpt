--TEST--
socket_create_pair() validates domain and type with ValueError
--DESCRIPTION--
PHP 8.4 ends the type message with " optionally OR'ed with SOCK_CLOEXEC, SOCK_NONBLOCK" (%S);
tests/create_type_flags_nonblock_cloexec.phpt pins each version's exact words.
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
foreach ([[99, SOCK_STREAM], [AF_UNIX, 99], [-1, -1]] as [$d, $t]) {
    $p = null;
    try {
        var_dump(socket_create_pair($d, $t, 0, $p));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    var_dump($p);
}
?>
--EXPECTF--
socket_create_pair(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
NULL
socket_create_pair(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM%S
NULL
socket_create_pair(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
NULL
