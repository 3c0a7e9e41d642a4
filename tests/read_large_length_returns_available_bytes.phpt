--TEST--
socket_read() with a length much larger than the data (16 MiB) returns just the available bytes
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--INI--
memory_limit=256M
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($b, "tiny");
$r = socket_read($a, 16 * 1024 * 1024);
var_dump($r, strlen($r));
socket_write($b, "x\ny");
var_dump(socket_read($a, 1 << 24, PHP_NORMAL_READ));
$r = [$a]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 0), socket_read($a, 1 << 24));
?>
--EXPECT--
string(4) "tiny"
int(4)
string(2) "x
"
int(1)
string(1) "y"
