--TEST--
socket_create_pair() with AF_INET/AF_INET6 fails with EOPNOTSUPP and leaves the array alone
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$p = ['keep' => true];
var_dump(socket_create_pair(AF_INET, SOCK_STREAM, 0, $p));
var_dump($p, socket_last_error());
var_dump(socket_create_pair(AF_INET6, SOCK_DGRAM, 0, $p));
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 5, $p));
var_dump(socket_last_error(), $p);
?>
--EXPECTF--
Warning: socket_create_pair(): Unable to create socket pair [95]: Operation not supported in %s on line %d
bool(false)
array(1) {
  ["keep"]=>
  bool(true)
}
int(95)

Warning: socket_create_pair(): Unable to create socket pair [95]: Operation not supported in %s on line %d
bool(false)

Warning: socket_create_pair(): Unable to create socket pair [93]: Protocol not supported in %s on line %d
bool(false)
int(93)
array(1) {
  ["keep"]=>
  bool(true)
}
