--TEST--
socket_create() type above SOCK_RDM range throws ValueError; small unknown types fail in the kernel with a warning
--DESCRIPTION--
PHP 8.4 ends the type message with " optionally OR'ed with SOCK_CLOEXEC, SOCK_NONBLOCK" (%S);
tests/create_type_flags_nonblock_cloexec.phpt pins each version's exact words.
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
foreach ([11, 99, PHP_INT_MAX, -1, 0, 6] as $t) {
    echo "type $t: ";
    try {
        var_dump(socket_create(AF_INET, $t, 0));
        var_dump(socket_last_error());
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
type 11: socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM%S
type 99: socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM%S
type 9223372036854775807: socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM%S
type -1: 
Warning: socket_create(): Unable to create socket [22]: Invalid argument in %s on line %d
bool(false)
int(22)
type 0: 
Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
bool(false)
int(94)
type 6: 
Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
bool(false)
int(94)
