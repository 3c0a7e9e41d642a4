--TEST--
socket_select() removes non-ready entries from the arrays in place, keeping the keys of the ready ones
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$pairs = [];
for ($i = 0; $i < 5; $i++) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pairs[$i]);
}
socket_write($pairs[1][1], "x");
socket_write($pairs[3][1], "y");
$read = ['zero' => $pairs[0][0], 'one' => $pairs[1][0], 7 => $pairs[2][0], 'three' => $pairs[3][0], -4 => $pairs[4][0]];
$write = null;
$except = [];
$n = socket_select($read, $write, $except, 0);
var_dump($n, array_keys($read), $write, $except);
var_dump($read['one'] === $pairs[1][0], $read['three'] === $pairs[3][0]);
// same socket under two keys is reported under both
$read = ['a' => $pairs[1][0], 'b' => $pairs[1][0], 'c' => $pairs[2][0]];
$write = ['w' => $pairs[2][0]];
$e = null;
var_dump(socket_select($read, $write, $e, 0), array_keys($read), array_keys($write));
// arrays reached through a reference are updated too
$holder = ['r' => [9 => $pairs[3][0], 10 => $pairs[4][0]]];
$ref = &$holder['r'];
$w = null;
socket_select($ref, $w, $e, 0);
var_dump(array_keys($holder['r']));
?>
--EXPECT--
int(2)
array(2) {
  [0]=>
  string(3) "one"
  [1]=>
  string(5) "three"
}
NULL
array(0) {
}
bool(true)
bool(true)
int(2)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(1) {
  [0]=>
  string(1) "w"
}
array(1) {
  [0]=>
  int(9)
}
