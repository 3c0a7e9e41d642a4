--TEST--
Descriptors received with SCM_RIGHTS are closed when freed, and when the message cannot be converted
--DESCRIPTION--
Counts /proc/self/fd around many sendmsg/recvmsg rounds carrying descriptors (streams, sockets,
several per message, truncated control data). The last part receives a message whose control
data also holds a cmsg type PHP cannot convert (SO_TIMESTAMP): recvmsg warns and returns false for
the message; the descriptors the kernel already installed must be closed, not left open.
Differs from the bundled extension on purpose in that last part: the bundled one leaks every
descriptor of such a message (3 per round here).
--SKIPIF--
<?php
if (!is_dir('/proc/self/fd')) die('skip /proc/self/fd needed');
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension leaks the descriptors of a message it cannot convert');
?>
--FILE--
<?php
function fds(): int { return count(scandir('/proc/self/fd')); }
function rights(array $data): array { return ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => $data]; }

socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
$tmp = sys_get_temp_dir() . '/msg_fd_leak_' . getmypid() . '.txt';
$f = fopen($tmp, 'w+');
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$base = fds();

echo "-- received and freed\n";
for ($i = 0; $i < 200; $i++) {
    socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([$f, $l, $f, STDIN])]]);
    $m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 4)];
    socket_recvmsg($b, $m);
    if (count($m['control'][0]['data']) !== 4) { echo "round $i: wrong count\n"; break; }
    unset($m);
}
var_dump(fds() - $base);

echo "-- received, kept, then freed together\n";
$keep = [];
for ($i = 0; $i < 50; $i++) {
    socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([$f, $l])]]);
    $m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2)];
    socket_recvmsg($b, $m);
    $keep[] = $m['control'][0]['data'];
    unset($m);
}
var_dump(fds() - $base);
$keep = null;
var_dump(fds() - $base);

echo "-- control data truncated (the kernel drops what does not fit)\n";
for ($i = 0; $i < 50; $i++) {
    socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([$f, $f, $f, $f])]]);
    $m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
    socket_recvmsg($b, $m);
    $flags = $m['flags'];
    unset($m);
}
var_dump($flags & MSG_CTRUNC ? 'MSG_CTRUNC' : 'no flag');
var_dump(fds() - $base);

echo "-- message with an unsupported cmsg (SO_TIMESTAMP) and SCM_RIGHTS\n";
var_dump(socket_set_option($b, SOL_SOCKET, 29 /* SO_TIMESTAMP */, 1));
$warnings = 0;
set_error_handler(function ($no, $str) use (&$warnings) {
    if (str_contains($str, 'cmsghdr with level 1 and type 29 not supported')) { $warnings++; return true; }
    return false;
});
for ($i = 0; $i < 100; $i++) {
    socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([$f, $l, STDIN])]]);
    $m = ['buffer_size' => 10, 'controllen' => 200];
    $r = socket_recvmsg($b, $m);
    if ($m !== false) { echo "round $i: converted?\n"; break; }
}
restore_error_handler();
var_dump($warnings);
var_dump(fds() - $base);

fclose($f);
unlink($tmp);
?>
--EXPECT--
-- received and freed
int(0)
-- received, kept, then freed together
int(100)
int(0)
-- control data truncated (the kernel drops what does not fit)
string(10) "MSG_CTRUNC"
int(0)
-- message with an unsupported cmsg (SO_TIMESTAMP) and SCM_RIGHTS
bool(true)
int(100)
int(0)
