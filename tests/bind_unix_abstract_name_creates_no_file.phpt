--TEST--
AF_UNIX abstract names (leading NUL byte) bind and connect without creating a file
--DESCRIPTION--
The address length passed to bind()/connect() must include the bytes after the leading "\0".
getsockname() is not checked here: the bundled extension returns "" for abstract names.
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$name = "\0skng-abstract-" . getmypid();
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($l, $name));
var_dump(socket_listen($l));
var_dump(file_exists(substr($name, 1)), file_exists(sys_get_temp_dir() . '/' . substr($name, 1)));
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c, $name));
$a = socket_accept($l);
var_dump(socket_write($c, "abstract"), socket_read($a, 100));
// a different abstract name that only shares the prefix is not the same socket
$c2 = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c2, $name . 'x'));
var_dump(socket_last_error($c2));
// same name again is in use
$l2 = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($l2, $name));
?>
--EXPECTF--
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
int(8)
string(8) "abstract"

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)
int(111)

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
