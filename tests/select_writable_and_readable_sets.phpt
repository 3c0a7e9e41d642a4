--TEST--
socket_select() reports writable sockets, peer-closed sockets as readable, and listeners with pending connections as readable
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
$r = null; $w = ['p0' => $p[0], 'q1' => $q[1]]; $e = null;
var_dump(socket_select($r, $w, $e, 0), array_keys($w));
socket_close($q[1]);
$r = ['p0' => $p[0], 'q0' => $q[0]]; $w = null;
var_dump(socket_select($r, $w, $e, 0), array_keys($r));
var_dump(socket_read($q[0], 10));
$l = socket_create_listen(0);
socket_getsockname($l, $h, $port);
$r = ['listener' => $l];
var_dump(socket_select($r, $w, $e, 0));
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$r = ['listener' => $l];
var_dump(socket_select($r, $w, $e, 30), array_keys($r));
?>
--EXPECT--
int(2)
array(2) {
  [0]=>
  string(2) "p0"
  [1]=>
  string(2) "q1"
}
int(1)
array(1) {
  [0]=>
  string(2) "q0"
}
string(0) ""
int(0)
int(1)
array(1) {
  [0]=>
  string(8) "listener"
}
