--TEST--
socket_shutdown($s, 0) makes later reads on $s return "" while writing still works
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
var_dump(socket_shutdown($a, 0));
var_dump(socket_read($a, 10));
var_dump(socket_recv($a, $buf, 10, 0), $buf);
var_dump(socket_write($a, "out"), socket_read($b, 10));
$r = [$a]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 0));
?>
--EXPECT--
bool(true)
string(0) ""
int(0)
NULL
int(3)
string(3) "out"
int(1)
