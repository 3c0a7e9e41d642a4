--TEST--
socket_create_pair() SOCK_DGRAM and SOCK_SEQPACKET deliver one message per read, truncating to the length
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
foreach (['SOCK_DGRAM' => SOCK_DGRAM, 'SOCK_SEQPACKET' => SOCK_SEQPACKET] as $name => $type) {
    echo "$name\n";
    var_dump(socket_create_pair(AF_UNIX, $type, 0, $p));
    var_dump(socket_write($p[0], "first"), socket_write($p[0], "second message"), socket_write($p[0], "third"));
    var_dump(socket_read($p[1], 100));
    var_dump(socket_read($p[1], 6));   // rest of "second message" is discarded
    var_dump(socket_recv($p[1], $buf, 100, 0), $buf);
}
?>
--EXPECT--
SOCK_DGRAM
bool(true)
int(5)
int(14)
int(5)
string(5) "first"
string(6) "second"
int(5)
string(5) "third"
SOCK_SEQPACKET
bool(true)
int(5)
int(14)
int(5)
string(5) "first"
string(6) "second"
int(5)
string(5) "third"
