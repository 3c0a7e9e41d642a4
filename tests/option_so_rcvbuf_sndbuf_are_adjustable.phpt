--TEST--
SO_RCVBUF/SO_SNDBUF can be set; the kernel reports at least the requested size
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVBUF) > 0, socket_get_option($s, SOL_SOCKET, SO_SNDBUF) > 0);
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVBUF, 65536));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVBUF) >= 65536);
var_dump(socket_set_option($s, SOL_SOCKET, SO_SNDBUF, 32768));
var_dump(socket_get_option($s, SOL_SOCKET, SO_SNDBUF) >= 32768);
var_dump(is_int(socket_get_option($s, SOL_SOCKET, SO_RCVLOWAT)));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
