--TEST--
socket_select given the same array again after its sockets changed without the array changing: a socket closed, its stream fclose()d, an element replaced in place or through a reference, a socket freed and another made in its place
--DESCRIPTION--
sockets-ng reuses its poll set when a call passes the same Socket objects at the same places as
the previous one (issue 13), which it knows from the objects alone, so anything that changes a
Socket without changing the array must make it look again: socket_close, fclose() of the Socket's
stream, a socket freed (another may be made at the same address), a reference in the array pointed
elsewhere. Expectations are the bundled extension's, apart from the fclose() case where the bundled
one selects on the dead descriptor (README, "Differences"), which is left out here.
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/kernel_set.inc';
$pairs = ks_pairs(80);
$a = array_column($pairs, 0);
$b = array_column($pairs, 1);
ks_warm($a);
ks_expect_kernel_set('after warm-up');
socket_write($b[1], 'x');

function show(array $r): void
{
    try {
        echo ks_select($r, null, null), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

show($a);
show($a);
socket_close($a[5]);
show($a);                       // same array, a closed socket in it
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a[5], $b[5]] = $p;            // replaced in place (the array changes)
show($a);
socket_write($b[5], 'y');
show($a);

// A reference in the array pointed at another socket: the array itself is the same.
$x = $a[10];
$withRef = $a;
$withRef[10] = &$x;
show($withRef);
show($withRef);
$x = $a[5];                     // now the readable one, through the reference
show($withRef);
unset($x);

// A socket freed and another made (maybe at the same address) into the same place.
$c = $a;
$c[20] = null;
$c[20] = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
show($c);
show($c);
socket_bind($c[20], '127.0.0.1', 0);
socket_getsockname($c[20], $h, $port);
$sender = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_sendto($sender, 'z', 1, 0, $h, $port);
usleep(20000);
show($c);

// Given a stream since the last call: still selected right.
$stream = socket_export_stream($a[30]);
socket_write($b[30], 'w');
show($a);
show($a);
echo "done\n";
?>
--EXPECT--
n=1 r=[1] w=- e=-
n=1 r=[1] w=- e=-
TypeError: socket_select(): Argument #1 ($read) contains a closed socket
n=1 r=[1] w=- e=-
n=2 r=[1,5] w=- e=-
n=2 r=[1,5] w=- e=-
n=2 r=[1,5] w=- e=-
n=2 r=[1,5,10] w=- e=-
n=2 r=[1,5] w=- e=-
n=2 r=[1,5] w=- e=-
n=3 r=[1,5,20] w=- e=-
n=3 r=[1,5,30] w=- e=-
n=3 r=[1,5,30] w=- e=-
done