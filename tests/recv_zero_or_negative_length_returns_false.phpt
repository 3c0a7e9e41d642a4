--TEST--
socket_recv() with length 0 or negative returns false and leaves the buffer untouched
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($b, "keep");
foreach ([0, -1, PHP_INT_MIN] as $len) {
    $buf = 'untouched';
    var_dump(socket_recv($a, $buf, $len, 0), $buf);
}
var_dump(socket_recv($a, $buf, 100, 0), $buf);
?>
--EXPECT--
bool(false)
string(9) "untouched"
bool(false)
string(9) "untouched"
bool(false)
string(9) "untouched"
int(4)
string(4) "keep"
