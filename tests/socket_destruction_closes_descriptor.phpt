--TEST--
Dropping the last reference to a Socket closes it: the peer sees EOF
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair));
[$a, $b] = $pair;
unset($pair);
var_dump(socket_write($b, "bye"));
$b = null;
var_dump(socket_read($a, 10));
var_dump(socket_read($a, 10)); // EOF
?>
--EXPECT--
bool(true)
int(3)
string(3) "bye"
string(0) ""
