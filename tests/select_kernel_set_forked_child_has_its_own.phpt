--TEST--
socket_select's kept kernel set after fork: the child watches other sockets through a set of its own; the parent's registrations are untouched and its next calls are right
--DESCRIPTION--
An epoll descriptor inherited over fork() names the same kernel set in both processes, so a child
changing it would change the parent's. sockets-ng's child makes its own set on its first
socket_select (issue 13). Under sockets-ng the test reads /proc/<pid>/fdinfo of each process's set:
the child's lists only the sockets the child watches, the parent's still lists its 100 after the
child has run. The printed results are the bundled extension's.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (!function_exists('pcntl_fork')) die('skip pcntl needed');
?>
--FILE--
<?php
require __DIR__ . '/include/kernel_set.inc';
require __DIR__ . '/include/sockets.inc';
$pairs = ks_pairs(100);
$a = array_column($pairs, 0);
$b = array_column($pairs, 1);
ks_warm($a);
ks_expect_kernel_set('parent, before the fork');

// The descriptors a process's kernel set has registered (sockets-ng only), from its fdinfo.
function registered(): ?array
{
    if (!ks_is_ours() || getenv('SOCKETS_NG_SELECT') === 'poll') {
        return null;
    }
    $proc = ks_proc();
    foreach (ks_fds() as $fd) {
        if (@readlink("$proc/fd/$fd") === 'anon_inode:[eventpoll]') {
            preg_match_all('/^tfd:\s+(\d+)/m', file_get_contents("$proc/fdinfo/$fd"), $m);
            sort($m[1]);
            return array_map('intval', $m[1]);
        }
    }
    return [];
}
$parentSet = registered();

$pid = sk_fork(function () use ($a, $b, $parentSet) {
    // The child watches the peers only, all writable, one readable.
    socket_write($a[5], 'c');
    ks_warm($b);
    $out = ks_select($b, null, null) . "\n";
    $mine = registered();
    if ($mine !== null) {
        if ($mine === $parentSet) { $out .= "child uses the parent's set\n"; }
        if (count($mine) !== 100) { $out .= "child's set has " . count($mine) . " registrations\n"; }
    }
    socket_read($b[5], 10);
    file_put_contents(sys_get_temp_dir() . '/ks_fork_' . getmypid(), $out);
});
echo "child exit: ", sk_wait($pid), "\n";
$file = sys_get_temp_dir() . "/ks_fork_$pid";
echo "child: ", file_get_contents($file);
unlink($file);

$after = registered();
echo "parent's set unchanged: ", var_export($after === $parentSet, true), "\n";
socket_write($b[42], 'p');
echo ks_select($a, null, null), "\n";
echo ks_select($a, null, null, 100000), "\n";
socket_read($a[42], 10);
echo ks_select($a, null, null, 100000), "\n";
ks_expect_kernel_set('parent, at the end');
echo "done\n";
?>
--EXPECT--
child exit: 0
child: n=1 r=[5] w=- e=-
parent's set unchanged: true
n=1 r=[42] w=- e=-
n=1 r=[42] w=- e=-
n=0 r=[] w=- e=-
done
