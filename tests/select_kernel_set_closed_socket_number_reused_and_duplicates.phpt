--TEST--
socket_select over 100 sockets, kept kernel set: a socket closed and its descriptor number reused by a new socket between calls; duplicates (SCM_RIGHTS, php://fd) of a watched socket stay watched when the original is closed; a socket closed through its exported stream
--DESCRIPTION--
An epoll registration belongs to a (number, file) pair and lives as long as the file is open
anywhere: after a watched socket is closed while a duplicate keeps its file open, a new socket given
the same number must not inherit the old file's readiness, and the duplicate must still be reported.
The results are the bundled extension's (a poll over the arrays); under sockets-ng the test also
checks that the kernel set is in use throughout.
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/kernel_set.inc';
$pairs = ks_pairs(100);
$a = array_column($pairs, 0);
$b = array_column($pairs, 1);
ks_warm($a);
ks_expect_kernel_set('after warm-up');

// A TCP connection whose client end's descriptor number is known.
function tcp_connection(): array
{
    static $l = null;
    if ($l === null) {
        $l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        socket_bind($l, '127.0.0.1', 0);
        socket_listen($l, 8);
    }
    socket_getsockname($l, $h, $port);
    [$c, $n] = ks_new_fd(fn() => socket_create(AF_INET, SOCK_STREAM, SOL_TCP));
    socket_connect($c, $h, $port);
    return [$c, socket_accept($l), $n];
}

// Replaced sockets are kept open, so that the only number freed is the one closed on purpose.
$kept = [];
echo "-- closed, number reused\n";
$kept[] = [$a[10], $b[10]];
[$a[10], $b[10], $n10] = tcp_connection();
ks_warm($a);
echo ks_select($a, null, null), "\n";
socket_close($a[10]);
[$a[10], $b[10], $again] = tcp_connection();
echo "same number: ", var_export($again === $n10, true), "\n";
echo ks_select($a, null, null), "\n";
socket_write($b[10], 'x');
echo ks_select($a, null, null), "\n";
socket_read($a[10], 10);
ks_expect_kernel_set('after reuse');

echo "-- php://fd duplicate\n";
$kept[] = [$a[30], $b[30]];
[$a[30], $b[30], $n30] = tcp_connection();
$dupStream = fopen("php://fd/$n30", 'r+');
$dup = socket_import_stream($dupStream);
$watch = $a; $watch['dup'] = $dup;
ks_warm($watch);
echo ks_select($watch, null, null), "\n";
socket_close($a[30]);                  // the file stays open through the duplicate
[$a[30], $other, $n] = tcp_connection();
echo "same number: ", var_export($n === $n30, true), "\n";
socket_write($b[30], 'y');             // the old file is readable; the socket now at its number is not
$watch = $a; $watch['dup'] = $dup;
echo ks_select($watch, null, null), "\n";
echo ks_select($a, null, null), "\n";
echo "dup reads: ", socket_read($dup, 10), "\n";
echo ks_select($watch, null, null), "\n";
ks_expect_kernel_set('after the duplicate');

echo "-- SCM_RIGHTS copy\n";
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $carrier);
// The descriptor goes as a stream: the bundled extension sends the wrong descriptor for a Socket
// object (README, "Differences"), and its results are this test's expectations.
socket_sendmsg($carrier[0], ['iov' => ['.'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [socket_export_stream($a[20])]]]], 0);
$msg = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
socket_recvmsg($carrier[1], $msg, 0);
$copy = $msg['control'][0]['data'][0];
echo "received a Socket: ", var_export($copy instanceof Socket, true), "\n";
$watch = $a; $watch['copy'] = $copy;
ks_warm($watch);
echo ks_select($watch, null, null), "\n";
socket_close($a[20]);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $fresh);
$kept[] = [$b[20]];
[$a[20], $freshPeer] = $fresh;
socket_write($b[20], 'z');
$watch = $a; $watch['copy'] = $copy;
echo ks_select($watch, null, null), "\n";
echo ks_select($a, null, null), "\n";
echo "copy reads: ", socket_read($copy, 10), "\n";
echo ks_select($watch, null, null), "\n";
ks_expect_kernel_set('after the SCM_RIGHTS copy');

echo "-- closed through its exported stream\n";
$stream = socket_export_stream($a[40]);
socket_write($b[40], 'w');
echo ks_select($a, null, null), "\n";
fclose($stream);   // closes $a[40] too (tested apart: stream_fclose_*.phpt)
unset($a[40]);
echo ks_select($a, null, null), "\n";
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p40);
[$a[40], $b[40]] = $p40;
echo ks_select($a, null, null), "\n";
socket_write($b[40], 'v');
echo ks_select($a, null, null), "\n";
ks_expect_kernel_set('at the end');
echo "done\n";
?>
--EXPECT--
-- closed, number reused
n=0 r=[] w=- e=-
same number: true
n=0 r=[] w=- e=-
n=1 r=[10] w=- e=-
-- php://fd duplicate
n=0 r=[] w=- e=-
same number: true
n=1 r=[dup] w=- e=-
n=0 r=[] w=- e=-
dup reads: y
n=0 r=[] w=- e=-
-- SCM_RIGHTS copy
received a Socket: true
n=0 r=[] w=- e=-
n=1 r=[copy] w=- e=-
n=0 r=[] w=- e=-
copy reads: z
n=0 r=[] w=- e=-
-- closed through its exported stream
n=1 r=[40] w=- e=-
n=0 r=[] w=- e=-
n=0 r=[] w=- e=-
n=1 r=[40] w=- e=-
done