--TEST--
A control element without "level" or "type" is rejected with "The key '...' is required"
--DESCRIPTION--
Differs from the bundled extension on purpose: when a control element lacks "level" or "type"
the bundled one reads uninitialised stack values and reports them ("cmsghdr with level 32766 and
type -370632632 not supported", different on every run). sockets-ng reports the missing key
with the element's path, as it does for the other required keys (e.g. "data"), and sends nothing.
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension reports uninitialised level/type values'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($b);
$rights = ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [STDIN]];

var_dump(socket_sendmsg($a, ['iov' => ['x'], 'control' => [[]]]));
var_dump(socket_sendmsg($a, ['iov' => ['x'], 'control' => [['type' => SCM_RIGHTS, 'data' => [STDIN]]]]));
var_dump(socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'data' => [STDIN]]]]));
var_dump(socket_sendmsg($a, ['iov' => ['x'], 'control' => [['data' => [STDIN]]]]));
var_dump(socket_sendmsg($a, ['iov' => ['x'], 'control' => [$rights, ['level' => SOL_SOCKET]]]));
var_dump(socket_sendmsg($a, ['iov' => ['x'], 'control' => [$rights, $rights, ['type' => SCM_RIGHTS]]]));
var_dump(socket_sendmsg($a, ['iov' => ['x'], 'control' => [[$rights]]]));
// a wrong-typed level still wins over a missing type: keys are checked in order
var_dump(socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => 'x']]]));
var_dump(socket_last_error($a));
$m = ['buffer_size' => 10, 'controllen' => 100];
var_dump(@socket_recvmsg($b, $m), socket_last_error() === SOCKET_EAGAIN);
?>
--EXPECTF--
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): The key 'level' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): The key 'level' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): The key 'type' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): The key 'level' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #1): The key 'type' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #2): The key 'level' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): The key 'level' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > level): expected an integer, but got a non numeric string (possibly from a converted object): 'x' in %s on line %d
bool(false)
int(0)
bool(false)
bool(true)
