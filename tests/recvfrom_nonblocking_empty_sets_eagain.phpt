--TEST--
socket_recvfrom() on an empty non-blocking socket returns false silently with EAGAIN; by-ref args are not set
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($a, '127.0.0.1', 0);
socket_set_nonblock($a);
$buf = 'b'; $from = 'f'; $port = 'p';
socket_clear_error();
var_dump(socket_recvfrom($a, $buf, 100, 0, $from, $port));
var_dump($buf, $from, $port);
var_dump(socket_last_error($a), socket_last_error());
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_recvfrom($u, $buf, 100, MSG_DONTWAIT, $from));
var_dump(socket_last_error($u));
?>
--EXPECT--
bool(false)
string(1) "b"
string(1) "f"
string(1) "p"
int(11)
int(11)
bool(false)
int(11)
