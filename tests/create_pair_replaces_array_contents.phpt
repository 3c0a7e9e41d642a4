--TEST--
socket_create_pair() overwrites whatever the by-reference argument held with a 0/1 list
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$p = ['x' => 1, 5 => 'old', 'y' => [1, 2]];
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p));
var_dump(count($p), array_keys($p), get_debug_type($p[0]), get_debug_type($p[1]));
$q = 'string';
var_dump(socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $q));
var_dump(array_keys($q));
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $fresh), count($fresh));
?>
--EXPECT--
bool(true)
int(2)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
string(6) "Socket"
string(6) "Socket"
bool(true)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
bool(true)
int(2)
