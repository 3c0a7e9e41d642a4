--TEST--
socket_connect() to a closed TCP port warns ECONNREFUSED and sets both error slots
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
// reserve a port and keep it bound but not listening, so nobody else takes it
$hold = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($hold, '127.0.0.1', 0);
socket_getsockname($hold, $a, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_clear_error();
var_dump(socket_connect($c, '127.0.0.1', $port));
var_dump(socket_last_error($c), socket_last_error(), socket_strerror(socket_last_error($c)));
var_dump(@socket_getpeername($c, $pa));
?>
--EXPECTF--
Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)
int(111)
int(111)
string(18) "Connection refused"
bool(false)
