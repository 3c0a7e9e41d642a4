--TEST--
socket_read() with length 0 or negative returns false without reading or warning
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($b, "data");
socket_clear_error();
foreach ([0, -1, PHP_INT_MIN] as $len) {
    var_dump(socket_read($a, $len));
    var_dump(socket_read($a, $len, PHP_NORMAL_READ));
}
var_dump(socket_last_error(), socket_last_error($a));
var_dump(socket_read($a, 100)); // nothing was consumed
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
int(0)
int(0)
string(4) "data"
