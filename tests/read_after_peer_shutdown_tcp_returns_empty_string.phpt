--TEST--
TCP: after the peer shuts down writing, socket_read() gets the data then "" while the other direction still works
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
[$c, $s] = sk_tcp_pair();
socket_write($s, "half");
var_dump(socket_shutdown($s, 1));
var_dump(socket_read($c, 100), socket_read($c, 100));
$r = [$c]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 0)); // EOF is readable
var_dump(socket_write($c, "still open"), socket_read($s, 100));
?>
--EXPECT--
bool(true)
string(4) "half"
string(0) ""
int(1)
int(10)
string(10) "still open"
