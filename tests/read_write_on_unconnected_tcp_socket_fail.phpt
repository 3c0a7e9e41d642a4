--TEST--
Reading from or writing to a never-connected TCP socket fails with a warning (ENOTCONN / EPIPE)
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_read($s, 10));
var_dump(socket_last_error($s));
var_dump(socket_recv($s, $buf, 10, 0), $buf);
var_dump(socket_write($s, "x"));
var_dump(socket_last_error($s));
var_dump(socket_send($s, "x", 1, 0));
var_dump(socket_read($s, 10, PHP_NORMAL_READ));
?>
--EXPECTF--
Warning: socket_read(): unable to read from socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
int(107)

Warning: socket_recv(): Unable to read from socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
NULL

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
int(32)

Warning: socket_send(): Unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)

Warning: socket_read(): unable to read from socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
