--TEST--
socket_select's kept kernel set takes no descriptor a program could have had: at the descriptor limit, socket_create gets every free number (the kernel set is closed for it), and socket_select goes on working
--DESCRIPTION--
sockets-ng's socket_select may hold one epoll descriptor while it watches many sockets (issue 13).
A program that runs its descriptors out must still get as many sockets as under the bundled
extension, which holds none: when socket_create, socket_create_pair, socket_accept or
socket_addrinfo_bind/connect fail with EMFILE, the kernel set is closed and the call retried. The
count of sockets made is compared with the free numbers below the limit (the same under both
extensions); select works again afterwards (by poll, while no set can be made).
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
ks_warm($a);
ks_expect_kernel_set('after warm-up');

// The limit: 4 numbers above the highest descriptor that is not the kernel set.
$others = array_filter(ks_fds(), fn($fd) => @readlink(ks_proc() . "/fd/$fd") !== 'anon_inode:[eventpoll]');
$limit = max(array_map('intval', $others)) + 1 + 4;
$free = $limit - count($others);
posix_setrlimit(POSIX_RLIMIT_NOFILE, $limit, posix_getrlimit()['hard openfiles']);

$made = [];
while (count($made) < $free + 5 && ($s = @socket_create(AF_INET, SOCK_DGRAM, SOL_UDP)) !== false) {
    $made[] = $s;
}
echo "sockets made: ", count($made) === $free ? "every free number" : count($made) . " of $free", "\n";
echo "then: ", socket_last_error(), "\n";
array_pop($made);   // a number for scandir()
echo "kernel sets: ", ks_kernel_sets(), "\n";

// select still answers, with the set still full.
socket_write($b[7], 'x');
for ($i = 0; $i < 5; $i++) { echo ks_select($a, null, null), "\n"; }
// Room again: the kernel set may come back; the answers stay the same.
$made = [];
for ($i = 0; $i < 30; $i++) { $r = $a; $w = $e = null; socket_select($r, $w, $e, 0); }
echo ks_select($a, null, null), "\n";
echo "done\n";
?>
--EXPECT--
sockets made: every free number
then: 24
kernel sets: 0
n=1 r=[7] w=- e=-
n=1 r=[7] w=- e=-
n=1 r=[7] w=- e=-
n=1 r=[7] w=- e=-
n=1 r=[7] w=- e=-
n=1 r=[7] w=- e=-
done
