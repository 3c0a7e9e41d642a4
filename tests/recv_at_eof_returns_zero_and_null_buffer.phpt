--TEST--
socket_recv() at EOF returns 0 and sets the buffer to NULL
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_close($b);
$buf = 'old';
var_dump(socket_recv($a, $buf, 10, 0), $buf);
[$c, $s] = sk_tcp_pair();
socket_close($s);
$buf = 'old';
var_dump(socket_recv($c, $buf, 10, 0), $buf);
var_dump(socket_last_error($c));
?>
--EXPECT--
int(0)
NULL
int(0)
NULL
int(0)
