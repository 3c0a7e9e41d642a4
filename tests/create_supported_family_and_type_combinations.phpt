--TEST--
socket_create() accepts every supported domain/type pair and SO_TYPE reports the type
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$combos = [
    ['AF_INET', AF_INET, 'SOCK_STREAM', SOCK_STREAM, SOL_TCP],
    ['AF_INET', AF_INET, 'SOCK_DGRAM', SOCK_DGRAM, SOL_UDP],
    ['AF_INET', AF_INET, 'SOCK_STREAM', SOCK_STREAM, 0],
    ['AF_INET6', AF_INET6, 'SOCK_STREAM', SOCK_STREAM, 0],
    ['AF_INET6', AF_INET6, 'SOCK_DGRAM', SOCK_DGRAM, 0],
    ['AF_UNIX', AF_UNIX, 'SOCK_STREAM', SOCK_STREAM, 0],
    ['AF_UNIX', AF_UNIX, 'SOCK_DGRAM', SOCK_DGRAM, 0],
    ['AF_UNIX', AF_UNIX, 'SOCK_SEQPACKET', SOCK_SEQPACKET, 0],
];
foreach ($combos as [$dn, $d, $tn, $t, $p]) {
    $s = socket_create($d, $t, $p);
    echo "$dn $tn $p: ", get_debug_type($s), ' ', var_export(socket_get_option($s, SOL_SOCKET, SO_TYPE) === $t, true), "\n";
    socket_close($s);
}
var_dump(AF_UNIX, AF_INET, AF_INET6, SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_SEQPACKET, SOCK_RDM, SOL_TCP, SOL_UDP, SOL_SOCKET);
?>
--EXPECT--
AF_INET SOCK_STREAM 6: Socket true
AF_INET SOCK_DGRAM 17: Socket true
AF_INET SOCK_STREAM 0: Socket true
AF_INET6 SOCK_STREAM 0: Socket true
AF_INET6 SOCK_DGRAM 0: Socket true
AF_UNIX SOCK_STREAM 0: Socket true
AF_UNIX SOCK_DGRAM 0: Socket true
AF_UNIX SOCK_SEQPACKET 0: Socket true
int(1)
int(2)
int(10)
int(1)
int(2)
int(3)
int(5)
int(4)
int(6)
int(17)
int(1)
