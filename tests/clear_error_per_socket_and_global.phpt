--TEST--
socket_clear_error($s) resets only that socket; socket_clear_error() resets only the global error
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_getpeername($a, $x);
@socket_getpeername($b, $x);
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());
var_dump(socket_clear_error($a));
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());
var_dump(socket_clear_error());
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());
var_dump(socket_clear_error(null));
var_dump(socket_last_error($b));
var_dump(socket_last_error(null));
?>
--EXPECT--
int(107)
int(107)
int(107)
NULL
int(0)
int(107)
int(107)
NULL
int(0)
int(107)
int(0)
NULL
int(107)
int(0)
