--TEST--
socket_select's kept kernel set: registrations left by sockets closed through their streams while a forked child still holds them do not hide ready sockets
--DESCRIPTION--
A prefork-style program: 50 sockets watched by socket_select are exported with
socket_export_stream and fclose()d while a forked child still holds them. Their files stay open in
the child, so the kernel set (sockets-ng, issue 13) can keep registrations for them, and they are
readable: they fire at every wait. Before issue 19 they filled the slots of one epoll_wait and the
call returned with only part of the 50 ready sockets (20 of 50). Every call must report all 50, as
poll and the bundled extension do. Under sockets-ng the test also reads the kernel set's fdinfo:
each fclose() takes its socket out of the set before the stream closes the descriptor, so only the
50 others are left registered.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (!function_exists('pcntl_fork')) die('skip pcntl needed');
?>
--FILE--
<?php
require __DIR__ . '/include/kernel_set.inc';
require __DIR__ . '/include/sockets.inc';
$stale = ks_pairs(50);
$real = ks_pairs(50);
$watched = array_merge(array_column($real, 0), array_column($stale, 0));
ks_warm($watched);
ks_expect_kernel_set('after warm-up');

$streams = array_map(fn($pair) => socket_export_stream($pair[0]), $stale);

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $control);
$pid = sk_fork(function () use ($control) {
    // Holds every descriptor of the parent until the parent says so.
    socket_read($control[1], 1);
});
foreach ($streams as $stream) { fclose($stream); }
// Under sockets-ng, each fclose() took its socket out of the kernel set first: no registration left.
if (ks_is_ours() && getenv('SOCKETS_NG_SELECT') !== 'poll') {
    foreach (ks_fds() as $fd) {
        if (@readlink(ks_proc() . "/fd/$fd") === 'anon_inode:[eventpoll]'
                && ($n = preg_match_all('/^tfd:/m', file_get_contents(ks_proc() . "/fdinfo/$fd"))) !== 50) {
            echo "kernel set registrations after the fclose()s: $n\n";
        }
    }
}

// Every socket readable, stale and real in turn (the kernel queues them in that order); the stale
// ones' registrations fire for as long as the child holds them.
$ready = array_column($real, 0);
foreach ($real as $i => [$s, $peer]) {
    socket_write($stale[$i][1], 's');
    socket_write($peer, 'r');
}
for ($i = 0; $i < 3; $i++) {
    $r = $ready; $w = $e = null;
    $n = socket_select($r, $w, $e, 0, 200000);
    echo "n=$n read=", count($r), " same=", var_export(array_keys($r) === array_keys($ready), true), "\n";
}
$r = $ready; $w = $e = null;
echo "null timeout: ", socket_select($r, $w, $e, null), "\n";

socket_write($control[0], 'q');
echo "child exit: ", sk_wait($pid), "\n";
echo "done\n";
?>
--EXPECT--
n=50 read=50 same=true
n=50 read=50 same=true
n=50 read=50 same=true
null timeout: 50
child exit: 0
done
