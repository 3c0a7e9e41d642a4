--TEST--
socket_set_option()/socket_get_option() on SO_REUSEADDR and SO_KEEPALIVE; socket_setopt()/socket_getopt() are aliases
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
var_dump(socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 1));
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
var_dump(socket_getopt($s, SOL_SOCKET, SO_REUSEADDR));
var_dump(socket_setopt($s, SOL_SOCKET, SO_REUSEADDR, 0));
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
// values are converted to int
var_dump(socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, "1"));
var_dump(socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
var_dump(socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, false));
var_dump(socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
var_dump(socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, true));
var_dump(socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
var_dump(socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, 42));
var_dump(socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
var_dump((new ReflectionFunction('socket_getopt'))->getNumberOfParameters(), (new ReflectionFunction('socket_setopt'))->getNumberOfParameters());
?>
--EXPECT--
int(0)
bool(true)
int(1)
int(1)
bool(true)
int(0)
bool(true)
int(1)
bool(true)
int(0)
bool(true)
int(1)
bool(true)
int(1)
int(3)
int(4)
