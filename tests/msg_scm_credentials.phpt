--TEST--
SCM_CREDENTIALS: explicit and automatic credentials with SO_PASSCRED match posix_getpid/getuid/getgid
--SKIPIF--
<?php if (!function_exists('posix_getpid')) die('skip posix needed'); ?>
--FILE--
<?php
function show_creds(array $m): void
{
    foreach ($m['control'] as $c) {
        if ($c['level'] === SOL_SOCKET && $c['type'] === SCM_CREDENTIALS) {
            var_dump(array_keys($c['data']));
            var_dump($c['data']['pid'] === posix_getpid(), $c['data']['uid'] === posix_getuid(), $c['data']['gid'] === posix_getgid());
        }
    }
}
$mine = ['pid' => posix_getpid(), 'uid' => posix_getuid(), 'gid' => posix_getgid()];
$space = socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS);
var_dump($space);

socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;

echo "-- without SO_PASSCRED nothing is delivered\n";
var_dump(socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => $mine]]]));
$m = ['buffer_size' => 10, 'controllen' => $space];
var_dump(socket_recvmsg($b, $m), $m['control']);

var_dump(socket_set_option($b, SOL_SOCKET, SO_PASSCRED, 1));

echo "-- explicit\n";
var_dump(socket_sendmsg($a, ['iov' => ['explicit'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => $mine]]]));
$m = ['buffer_size' => 10, 'controllen' => $space];
var_dump(socket_recvmsg($b, $m), $m['iov'], count($m['control']));
show_creds($m);

echo "-- automatic (the kernel adds them)\n";
var_dump(socket_sendmsg($a, ['iov' => ['auto']]));
$m = ['buffer_size' => 10, 'controllen' => $space];
var_dump(socket_recvmsg($b, $m), $m['iov'], count($m['control']));
show_creds($m);

echo "-- from a forked child: its own pid\n";
$pid = pcntl_fork();
if ($pid === 0) {
    socket_sendmsg($a, ['iov' => ['child'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS,
        'data' => ['pid' => posix_getpid(), 'uid' => posix_getuid(), 'gid' => posix_getgid()]]]]);
    exit(0);
}
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 60, 'usec' => 0]);
$m = ['buffer_size' => 10, 'controllen' => $space];
var_dump(socket_recvmsg($b, $m), $m['iov']);
var_dump($m['control'][0]['data']['pid'] === $pid, $m['control'][0]['data']['uid'] === posix_getuid());
pcntl_waitpid($pid, $status);

echo "-- stream socketpair\n";
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
socket_set_option($q[1], SOL_SOCKET, SO_PASSCRED, 1);
var_dump(socket_sendmsg($q[0], ['iov' => ['s'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => $mine]]]));
$m = ['buffer_size' => 10, 'controllen' => $space];
var_dump(socket_recvmsg($q[1], $m), $m['iov']);
show_creds($m);

echo "-- a pid that is not ours, as an unprivileged user, is refused by the kernel\n";
if (posix_getuid() !== 0) {
    var_dump(@socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 1] + $mine]]]));
    var_dump(socket_last_error($a) === SOCKET_EPERM);
} else {
    // root may send any pid (CAP_SYS_ADMIN): it arrives as given
    socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 1] + $mine]]]);
    $m = ['buffer_size' => 10, 'controllen' => $space];
    socket_recvmsg($b, $m);
    var_dump(false, $m['control'][0]['data']['pid'] === 1);
}
?>
--EXPECT--
int(32)
-- without SO_PASSCRED nothing is delivered
int(1)
int(1)
array(0) {
}
bool(true)
-- explicit
int(8)
int(8)
array(1) {
  [0]=>
  string(8) "explicit"
}
int(1)
array(3) {
  [0]=>
  string(3) "pid"
  [1]=>
  string(3) "uid"
  [2]=>
  string(3) "gid"
}
bool(true)
bool(true)
bool(true)
-- automatic (the kernel adds them)
int(4)
int(4)
array(1) {
  [0]=>
  string(4) "auto"
}
int(1)
array(3) {
  [0]=>
  string(3) "pid"
  [1]=>
  string(3) "uid"
  [2]=>
  string(3) "gid"
}
bool(true)
bool(true)
bool(true)
-- from a forked child: its own pid
int(5)
array(1) {
  [0]=>
  string(5) "child"
}
bool(true)
bool(true)
-- stream socketpair
int(1)
int(1)
array(1) {
  [0]=>
  string(1) "s"
}
array(3) {
  [0]=>
  string(3) "pid"
  [1]=>
  string(3) "uid"
  [2]=>
  string(3) "gid"
}
bool(true)
bool(true)
bool(true)
-- a pid that is not ours, as an unprivileged user, is refused by the kernel
bool(false)
bool(true)
