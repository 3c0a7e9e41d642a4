--TEST--
socket_select's kept kernel set costs a program at its descriptor limit nothing: fopen, stream_socket_pair and socket_recvmsg of descriptors get every free number, socket_sendmsg of descriptors still sends
--DESCRIPTION--
sockets-ng's socket_select may hold one epoll descriptor while it watches many sockets (issue 13).
Before issue 19 only the socket_* creators gave it back at EMFILE: a program whose select loop went
on at its limit got one file fewer from fopen() and one pair fewer from stream_socket_pair() than
under the bundled extension, and a socket_recvmsg receiving three descriptors got two, with
MSG_CTRUNC (one dropped by the kernel). socket_sendmsg with SCM_RIGHTS failed at the limit ("could
not duplicate file descriptor") where the bundled extension sends. Now the kernel set is not kept
while the watched descriptors come near the limit, and a descriptor that cannot be duplicated is
sent as it is. Free numbers are counted without the kernel set (the same under both extensions).
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (!function_exists('posix_setrlimit')) die('skip posix_setrlimit needed');
?>
--FILE--
<?php
require __DIR__ . '/include/kernel_set.inc';
$pairs = ks_pairs(100);
$a = array_column($pairs, 0);
$b = array_column($pairs, 1);
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $msg);
$sent = [stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0),
         stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0)];
ks_warm($a);
ks_expect_kernel_set('after warm-up');

function others(): array
{
    return array_filter(ks_fds(), fn($fd) => @readlink(ks_proc() . "/fd/$fd") !== 'anon_inode:[eventpoll]');
}
// The limit: 6 numbers above the lowest number free but for the kernel set (whatever else the
// process holds above it stays open and usable).
$used = array_flip(array_map('intval', others()));
for ($lowest = 0; isset($used[$lowest]); $lowest++);
$limit = $lowest + 6;
posix_setrlimit(POSIX_RLIMIT_NOFILE, $limit, posix_getrlimit()['hard openfiles']);
function free_numbers(): int
{
    global $limit;
    return $limit - count(array_filter(others(), fn($fd) => (int) $fd < $limit));
}
// The program's select loop goes on at its limit (sockets-ng looks at the limit at least every 64
// calls).
function select_loop(array $sockets): void
{
    for ($i = 0; $i < 70; $i++) { $r = $sockets; $w = $e = null; socket_select($r, $w, $e, 0); }
}
// Files that leave $left numbers free.
function fill_to(int $left): array
{
    $files = [];
    for ($n = free_numbers() - $left; $n > 0; $n--) { $files[] = fopen('/dev/null', 'r'); }
    return $files;
}

select_loop($a);
$free = free_numbers();
$files = [];
while (count($files) < $free + 2 && ($f = @fopen('/dev/null', 'r')) !== false) { $files[] = $f; }
echo "fopen: ", count($files) === $free ? "every free number" : count($files) . " of $free", "\n";
$files = [];

select_loop($a);
$free = free_numbers();
$made = [];
while (count($made) < $free && ($p = @stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0)) !== false) { $made[] = $p; }
echo "stream_socket_pair: ", count($made) === intdiv($free, 2) ? "every free pair" : count($made) . " of " . intdiv($free, 2), "\n";
$made = [];

select_loop($a);
$files = fill_to(3);
var_dump(socket_sendmsg($msg[0], ['iov' => ['three'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$sent[0][0], $sent[1][0], $sent[0][1]]],
]]));
$m = ['buffer_size' => 16, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 3)];
var_dump(socket_recvmsg($msg[1], $m, MSG_DONTWAIT));
echo "recvmsg: ", ($m['flags'] & MSG_CTRUNC) ? "truncated" : "whole", ", ", count($m['control'][0]['data'] ?? []), " descriptors\n";
$got = $m['control'][0]['data'] ?? [];
$got = [];
$files = [];

select_loop($a);
$files = fill_to(0);
echo "one more file: ", var_export(@fopen('/dev/null', 'r'), true), "\n";
var_dump(socket_sendmsg($msg[0], ['iov' => ['one'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$sent[1][0]]],
]]));
$files = [];
$m = ['buffer_size' => 16, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
var_dump(socket_recvmsg($msg[1], $m, MSG_DONTWAIT));
$got = $m['control'][0]['data'][0];
socket_write($got, 'q');
var_dump(fread($sent[1][1], 1));

// select still answers the same.
socket_write($b[7], 'x');
echo ks_select($a, null, null), "\n";
echo "done\n";
?>
--EXPECT--
fopen: every free number
stream_socket_pair: every free pair
int(5)
int(5)
recvmsg: whole, 3 descriptors
one more file: false
int(3)
int(3)
string(1) "q"
n=1 r=[7] w=- e=-
done
