--TEST--
Fault: descriptors run out (EMFILE): socket_create, socket_create_pair, socket_accept fail with a warning and false, as bundled; nothing leaked
--DESCRIPTION--
The soft RLIMIT_NOFILE is lowered to a few descriptors above what is open, sockets are created
until the limit, then each call that makes a descriptor is tried (socket_create_pair with one
descriptor left too: it needs two). socket_create_listen is in
fault_emfile_create_listen_warns.phpt (the bundled one fails there without a warning). Afterwards every socket is closed, the limit restored, and
/proc/self/fd lists exactly the descriptors it listed before.
--SKIPIF--
<?php if (!extension_loaded('sockets') || !function_exists('posix_setrlimit')) die('skip sockets and posix needed'); ?>
--FILE--
<?php
function fds(): array { $l = scandir('/proc/self/fd'); sort($l); return $l; }
$before = fds();
$limits = posix_getrlimit();
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $h, $port);
$client = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($client, '127.0.0.1', $port);      // pending on $l

$open = count(fds()) - 1;                         // scandir's own descriptor is closed again
var_dump(posix_setrlimit(POSIX_RLIMIT_NOFILE, $open + 8, (int) $limits['hard openfiles']));
$held = [];
$n = 0;
while (($s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP)) !== false) {
    $held[] = $s;
    if (++$n > 100) { echo "limit not reached\n"; break; }
}
var_dump(socket_last_error(), count($held) > 0);
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair), $pair ?? null);
var_dump(socket_accept($l));
// one descriptor free: a pair still needs two
array_pop($held);
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair));
// the pending connection was not lost
$c = socket_accept($l);
var_dump($c instanceof Socket);
socket_write($client, "still here");
var_dump(socket_read($c, 100));

$held = [];
socket_close($c); socket_close($client); socket_close($l);
var_dump(posix_setrlimit(POSIX_RLIMIT_NOFILE, (int) $limits['soft openfiles'], (int) $limits['hard openfiles']));
var_dump(fds() === $before);
?>
--EXPECTF--
bool(true)

Warning: socket_create(): Unable to create socket [24]: Too many open files in %s on line %d
int(24)
bool(true)

Warning: socket_create_pair(): Unable to create socket pair [24]: Too many open files in %s on line %d
bool(false)
NULL

Warning: socket_accept(): unable to accept incoming connection [24]: Too many open files in %s on line %d
bool(false)

Warning: socket_create_pair(): Unable to create socket pair [24]: Too many open files in %s on line %d
bool(false)
bool(true)
string(10) "still here"
bool(true)
bool(true)