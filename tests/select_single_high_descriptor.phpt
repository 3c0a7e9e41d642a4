--TEST--
socket_select() on a single socket whose descriptor is above 1024 (after opening many others) works
--DESCRIPTION--
sockets-ng only, on purpose: the bundled extension cannot put descriptors >= FD_SETSIZE in an fd_set
and fails with "You MUST recompile PHP with a larger value of FD_SETSIZE".
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: bundled select() is limited to FD_SETSIZE');
if (!function_exists('posix_setrlimit')) die('skip posix_setrlimit needed');
$l = posix_getrlimit();
if ($l['hard openfiles'] !== 'unlimited' && (int) $l['hard openfiles'] < 1500) die('skip hard RLIMIT_NOFILE too low');
?>
--FILE--
<?php
pcntl_alarm(30);
$lim = posix_getrlimit();
$hard = $lim['hard openfiles'] === 'unlimited' ? 4096 : (int) $lim['hard openfiles'];
if ($lim['soft openfiles'] !== 'unlimited' && (int) $lim['soft openfiles'] < 2048) {
    posix_setrlimit(POSIX_RLIMIT_NOFILE, min(4096, $hard), $hard);
}
$filler = [];
for ($i = 0; $i < 1100; $i++) {
    $filler[] = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
}
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '127.0.0.1', 0);
socket_getsockname($u, $h, $port);
$r = ['u' => $u]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 0), $r);
socket_sendto($filler[0], "hi", 2, 0, '127.0.0.1', $port);
$r = ['u' => $u];
var_dump(socket_select($r, $w, $e, 30), array_keys($r));
var_dump(socket_recvfrom($u, $buf, 10, 0, $from, $fp), $buf);
?>
--EXPECT--
int(0)
array(0) {
}
int(1)
array(1) {
  [0]=>
  string(1) "u"
}
int(2)
string(2) "hi"
