--TEST--
socket_select over 100 sockets, kept kernel set: sockets added, removed, moved between the read, write and except arrays, the same socket in several arrays, from one call to the next
--DESCRIPTION--
sockets-ng keeps an epoll set between socket_select calls once many sockets are watched (issue 13).
Each call here changes the arrays in another way; the results must be those a poll over the
arrays gives (the bundled extension's: this test's expectations), whatever the set held before.
Under sockets-ng the test also checks that the kernel set is the one in use.
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/kernel_set.inc';
require_once __DIR__ . '/include/sockets.inc';
$pairs = ks_pairs(100);
$a = array_column($pairs, 0);   // watched ends
$b = array_column($pairs, 1);   // their peers
ks_warm($a);
ks_expect_kernel_set('after warm-up');

// Nothing readable yet; then three become readable.
echo ks_select($a, null, null), "\n";
foreach ([3, 50, 99] as $i) { socket_write($b[$i], 'x'); }
echo ks_select($a, null, null), "\n";
ks_expect_kernel_set('read array');

// Removed: 50 is left out (its byte is still queued), 10 and 11 too.
$r = $a; unset($r[50], $r[10], $r[11]);
echo ks_select($r, null, null), "\n";
// Added back, with string keys this time.
$r = [];
foreach ($a as $i => $s) { $r["k$i"] = $s; }
echo ks_select($r, null, null), "\n";

// Moved: 0..49 to the write array (all writable), 50..99 stay in read.
$r = array_slice($a, 50, null, true);
$w = array_slice($a, 0, 50, true);
echo ks_select($r, $w, null), "\n";
ks_expect_kernel_set('read and write arrays');
// Moved back, and 3 (readable) into except only: not ready there.
$r = $a; unset($r[3]);
echo ks_select($r, null, [3 => $a[3]]), "\n";

// The same socket in read, write and except, and twice in read.
$r = $a; $r[] = $a[99]; $r[] = $a[98];
echo ks_select($r, [7 => $a[99]], [8 => $a[99]]), "\n";

// Out-of-band data on a TCP socket added to the set: ready in the except array only.
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0); socket_listen($l); socket_getsockname($l, $h, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_connect($c, $h, $port); $s = socket_accept($l);
socket_send($c, '!', 1, MSG_OOB);
sk_wait_urgent($s);
$e = $a; $e['tcp'] = $s;
echo ks_select(null, null, $e), "\n";
$r = $a; $r['tcp'] = $s;
echo ks_select($r, null, $e), "\n";

// Drained: the three reads empty their sockets; nothing is ready any more.
foreach ([3, 50, 99] as $i) { socket_read($a[$i], 10); }
echo ks_select($a, null, null), "\n";
// Everything readable at once, then a wholly different set (the peers).
foreach ($b as $peer) { socket_write($peer, 'y'); }
echo ks_select($a, null, null), "\n";
echo ks_select($b, null, null), "\n";
echo ks_select(null, $b, null), "\n";
echo "done\n";
?>
--EXPECT--
n=0 r=[] w=- e=-
n=3 r=[3,50,99] w=- e=-
n=2 r=[3,99] w=- e=-
n=3 r=[k3,k50,k99] w=- e=-
n=52 r=[50,99] w=[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49] e=-
n=2 r=[50,99] w=- e=[]
n=4 r=[3,50,99,100] w=[7] e=[]
n=1 r=- w=- e=[tcp]
n=4 r=[3,50,99] w=- e=[tcp]
n=0 r=[] w=- e=-
n=100 r=[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99] w=- e=-
n=0 r=[] w=- e=-
n=100 r=- w=[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99] e=-
done