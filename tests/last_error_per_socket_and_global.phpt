--TEST--
socket_last_error($s) is per socket; socket_last_error() is the most recent error of any socket or call
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_clear_error();
var_dump(socket_last_error());
$a = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_last_error($a), socket_last_error($b));
@socket_getpeername($a, $x);              // ENOTCONN on $a
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());
@socket_bind($b, '203.0.113.9', 0);        // EADDRNOTAVAIL on $b
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());
// success does not reset either
var_dump(socket_bind($a, '127.0.0.1', 0));
var_dump(socket_last_error($a), socket_last_error());
// errors of calls without a socket object only update the global one
@socket_create(AF_INET, SOCK_STREAM, 9999);
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());
// the error survives reading it
var_dump(socket_last_error($b));
var_dump(SOCKET_ENOTCONN, SOCKET_EADDRNOTAVAIL, SOCKET_EINVAL);
?>
--EXPECT--
int(0)
int(0)
int(0)
int(107)
int(0)
int(107)
int(107)
int(99)
int(99)
bool(true)
int(107)
int(99)
int(107)
int(99)
int(22)
int(99)
int(107)
int(99)
int(22)
