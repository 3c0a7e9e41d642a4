--TEST--
socket_select's kept kernel set: a watched descriptor replaced with dup2() or closed behind PHP's back (FFI) is answered as poll answers, and a null timeout does not wait for ever
--DESCRIPTION--
The kernel drops a registration of the kept kernel set (sockets-ng, issue 13) with its file, so a
descriptor that FFI or another extension dup2()'d over or close()d leaves the set nothing to
report: before issue 19 socket_select then waited until the timeout, with a null timeout for ever,
where poll and the bundled extension report the new file readable, or fail with EBADF at once.
sockets-ng has poll answer one call every 1.04 s at least, and a kernel wait lasts at most until
then (README: socket_select's kept kernel set): the answers here are the bundled extension's.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (!extension_loaded('ffi')) die('skip ffi needed');
if (!function_exists('pcntl_alarm')) die('skip pcntl needed');
?>
--EXTENSIONS--
ffi
--INI--
ffi.enable=1
--FILE--
<?php
require __DIR__ . '/include/kernel_set.inc';
$libc = FFI::cdef('int close(int fd); int dup2(int oldfd, int newfd);', 'libc.so.6');
pcntl_alarm(20);   // a wait for ever ends the test

function udp(): array
{
    return ks_new_fd(function () {
        $s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
        socket_bind($s, '127.0.0.1', 0);
        return $s;
    });
}
$pairs = ks_pairs(100);
$watched = array_column($pairs, 0);
[$replaced, $replacedFd] = udp();
[$closed, $closedFd] = udp();
$watched[100] = $replaced;
$watched[101] = $closed;
ks_warm($watched);
ks_expect_kernel_set('after warm-up');

// Another socket, readable, takes the number of the watched one.
[$other, $otherFd] = udp();
socket_getsockname($other, $addr, $port);
socket_sendto(socket_create(AF_INET, SOCK_DGRAM, SOL_UDP), 'n', 1, 0, '127.0.0.1', $port);
var_dump($libc->dup2($otherFd, $replacedFd) === $replacedFd);
$r = $watched; $w = $e = null;
var_dump(socket_select($r, $w, $e, null), array_keys($r));
socket_recvfrom($other, $buf, 10, 0, $from, $fromPort);
var_dump($buf);

// A watched descriptor closed.
var_dump($libc->close($closedFd));
$r = $watched; $w = $e = null;
var_dump(socket_select($r, $w, $e, null));
$r = $watched; $w = $e = null;
var_dump(socket_select($r, $w, $e, 5));
echo "done\n";
?>
--EXPECTF--
bool(true)
int(1)
array(1) {
  [0]=>
  int(100)
}
string(1) "n"
int(0)

Warning: socket_select(): Unable to select [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_select(): Unable to select [9]: Bad file descriptor in %s on line %d
bool(false)
done
