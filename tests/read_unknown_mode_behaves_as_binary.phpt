--TEST--
socket_read() with a mode other than PHP_NORMAL_READ reads in binary mode
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
var_dump(PHP_NORMAL_READ, PHP_BINARY_READ);
foreach ([0, 3, 99, -1] as $mode) {
    socket_write($b, "a\nb\rc");
    var_dump(json_encode(socket_read($a, 100, $mode)));
}
?>
--EXPECT--
int(1)
int(2)
string(9) ""a\nb\rc""
string(9) ""a\nb\rc""
string(9) ""a\nb\rc""
string(9) ""a\nb\rc""
