--TEST--
PHP_NORMAL_READ on a non-blocking socket returns the queued part of a line, or false/EAGAIN
--DESCRIPTION--
Differs from the bundled extension on purpose: it spins on EAGAIN until data arrives and, with
part of a line queued, may append bytes from uninitialised memory. sockets-ng returns what is
queued, or false with SOCKET_EAGAIN (no warning) when nothing is, as PHP_BINARY_READ does.
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension spins here'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_nonblock($p[1]);

var_dump(socket_read($p[1], 100, PHP_NORMAL_READ));
var_dump(socket_last_error($p[1]) === SOCKET_EAGAIN);

socket_write($p[0], "xy");
var_dump(socket_read($p[1], 100, PHP_NORMAL_READ));

socket_write($p[0], "z\nnext");
var_dump(socket_read($p[1], 100, PHP_NORMAL_READ));
var_dump(socket_recv($p[1], $rest, 100, 0), $rest);

socket_write($p[0], "tail");
socket_close($p[0]);
var_dump(socket_read($p[1], 100, PHP_NORMAL_READ));
var_dump(socket_read($p[1], 100, PHP_NORMAL_READ));
?>
--EXPECT--
bool(false)
bool(true)
string(2) "xy"
string(2) "z
"
int(4)
string(4) "next"
string(4) "tail"
string(0) ""
