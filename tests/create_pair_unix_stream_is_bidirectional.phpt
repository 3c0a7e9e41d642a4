--TEST--
socket_create_pair(AF_UNIX, SOCK_STREAM) returns two connected sockets usable both ways
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p));
var_dump(array_keys($p), $p[0] instanceof Socket, $p[1] instanceof Socket, $p[0] !== $p[1]);
var_dump(socket_write($p[0], "to one"), socket_read($p[1], 100));
var_dump(socket_write($p[1], "to zero"), socket_read($p[0], 100));
var_dump(socket_getpeername($p[0], $peer), $peer);
var_dump(socket_getsockname($p[1], $name), $name);
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
bool(true)
bool(true)
bool(true)
int(6)
string(6) "to one"
int(7)
string(7) "to zero"
bool(true)
string(0) ""
bool(true)
string(0) ""
