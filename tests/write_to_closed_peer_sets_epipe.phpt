--TEST--
socket_write()/socket_send() to a socket whose peer is gone warn EPIPE instead of killing the process with SIGPIPE
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_close($b);
var_dump(socket_write($a, "into the void"));
var_dump(socket_last_error($a), socket_last_error());
var_dump(socket_send($a, "again", 5, 0));
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
var_dump(socket_shutdown($q[0], 1));
var_dump(socket_write($q[0], "after shutdown"));
echo "still alive\n";
?>
--EXPECTF--
Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
int(32)
int(32)

Warning: socket_send(): Unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
bool(true)

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
still alive
