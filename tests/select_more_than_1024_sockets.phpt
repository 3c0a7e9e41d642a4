--TEST--
socket_select() handles descriptors numbered above FD_SETSIZE (1024): ~1100 socket pairs, only the readable ones come back with their keys
--DESCRIPTION--
sockets-ng only, on purpose: the bundled extension uses fd_set and fails with
"You MUST recompile PHP with a larger value of FD_SETSIZE" once a descriptor is >= 1024.
sockets-ng must handle any descriptor number (poll-based select).
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: bundled select() is limited to FD_SETSIZE');
if (!function_exists('posix_setrlimit')) die('skip posix_setrlimit needed');
$l = posix_getrlimit();
if ($l['hard openfiles'] !== 'unlimited' && (int) $l['hard openfiles'] < 2400) die('skip hard RLIMIT_NOFILE too low');
?>
--FILE--
<?php
pcntl_alarm(30);
$lim = posix_getrlimit();
$hard = $lim['hard openfiles'] === 'unlimited' ? 4096 : (int) $lim['hard openfiles'];
if ($lim['soft openfiles'] !== 'unlimited' && (int) $lim['soft openfiles'] < 4096) {
    var_dump(posix_setrlimit(POSIX_RLIMIT_NOFILE, min(4096, $hard), $hard));
} else {
    var_dump(true);
}
$pairs = [];
for ($i = 0; $i < 1100; $i++) {
    if (!socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pairs[$i])) { echo "pair $i failed\n"; break; }
}
var_dump(count($pairs));
$ready = [3, 500, 1023, 1050, 1099];
foreach ($ready as $i) {
    socket_write($pairs[$i][1], "r$i");
}
$read = [];
foreach ($pairs as $i => $p) {
    $read["k$i"] = $p[0];
}
$write = null; $except = null;
var_dump(socket_select($read, $write, $except, 30));
var_dump(array_keys($read));
foreach ($read as $k => $s) {
    echo $k, '=', socket_read($s, 10), "\n";
}
// writable: every high socket is writable
$write = [];
foreach (array_slice($pairs, 1000, 100, true) as $i => $p) { $write[$i] = $p[1]; }
$read = null;
var_dump(socket_select($read, $write, $except, 0), count($write), array_key_first($write), array_key_last($write));
// timeout with nothing ready on high descriptors
$read = ['last' => $pairs[1099][0]]; $write = null;
$t = microtime(true);
var_dump(socket_select($read, $write, $except, 0, 200000), $read, microtime(true) - $t >= 0.15);
?>
--EXPECT--
bool(true)
int(1100)
int(5)
array(5) {
  [0]=>
  string(2) "k3"
  [1]=>
  string(4) "k500"
  [2]=>
  string(5) "k1023"
  [3]=>
  string(5) "k1050"
  [4]=>
  string(5) "k1099"
}
k3=r3
k500=r500
k1023=r1023
k1050=r1050
k1099=r1099
int(100)
int(100)
int(1000)
int(1099)
int(0)
array(0) {
}
bool(true)
