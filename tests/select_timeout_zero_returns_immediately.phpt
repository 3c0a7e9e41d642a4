--TEST--
socket_select() with timeout 0 polls: returns 0 and empties the arrays when nothing is ready
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$r = ['a' => $p[0], 'b' => $p[1]]; $w = null; $e = [$p[0]];
$t = microtime(true);
var_dump(socket_select($r, $w, $e, 0));
var_dump(microtime(true) - $t < 10, $r, $w, $e);
$r = [$p[0]];
var_dump(socket_select($r, $w, $e, 0, 0), $r);
?>
--EXPECT--
int(0)
bool(true)
array(0) {
}
NULL
array(0) {
}
int(0)
array(0) {
}
