--TEST--
socket_read() PHP_NORMAL_READ consumes nothing past the line end: recv/read/select still see the rest
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($b, "first\nsecond\nthird");
var_dump(json_encode(socket_read($a, 100, PHP_NORMAL_READ)));
// select must still report the socket readable
$r = ['k' => $a]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 0), array_keys($r));
var_dump(socket_recv($a, $buf, 3, MSG_PEEK), $buf);
var_dump(json_encode(socket_read($a, 100, PHP_NORMAL_READ)));
var_dump(socket_recv($a, $buf, 100, 0), $buf);
socket_write($b, "x\ny\nz");
var_dump(json_encode(socket_read($a, 100, PHP_NORMAL_READ)));
var_dump(json_encode(socket_read($a, 100, PHP_BINARY_READ)));
socket_write($b, "p\r\nq");
var_dump(json_encode(socket_read($a, 100, PHP_NORMAL_READ)));
var_dump(json_encode(socket_read($a, 100)));
?>
--EXPECT--
string(9) ""first\n""
int(1)
array(1) {
  [0]=>
  string(1) "k"
}
int(3)
string(3) "sec"
string(10) ""second\n""
int(5)
string(5) "third"
string(5) ""x\n""
string(6) ""y\nz""
string(5) ""p\r""
string(5) ""\nq""
