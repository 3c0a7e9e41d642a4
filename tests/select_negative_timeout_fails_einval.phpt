--TEST--
socket_select() with a negative timeout warns EINVAL and leaves the arrays unchanged
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$r = ['k' => $p[0]]; $w = $e = null;
var_dump(socket_select($r, $w, $e, -1));
var_dump(array_keys($r), socket_last_error());
var_dump(socket_select($r, $w, $e, 0, -1));
var_dump(array_keys($r));
?>
--EXPECTF--
Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
bool(false)
array(1) {
  [0]=>
  string(1) "k"
}
int(22)

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
bool(false)
array(1) {
  [0]=>
  string(1) "k"
}
