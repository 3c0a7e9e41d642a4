--TEST--
socket_atmark() is true exactly when the next byte of a TCP stream is at the urgent mark
--DESCRIPTION--
PHP 8.3 added socket_atmark(); sockets-ng has it on PHP 8.2 too. Urgent (MSG_OOB) data marks a place
in the stream: before the bytes up to it are read, atmark is false; once they are, true. Sockets with
no such mark say false, or warn when they cannot tell (UDP: ENOTTY).
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (phpversion('sockets') === PHP_VERSION && PHP_VERSION_ID < 80300) die('skip the bundled extension has socket_atmark since PHP 8.3');
?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
[$c, $s] = array_slice(sk_tcp_pair(), -2);
var_dump(socket_atmark($s));
socket_send($c, 'ab', 2, 0);
socket_send($c, '!', 1, MSG_OOB);
$r = null; $w = null; $e = [$s];
var_dump(socket_select($r, $w, $e, 30));   // the urgent byte has arrived
var_dump(socket_atmark($s));
var_dump(socket_recv($s, $buf, 2, MSG_WAITALL), $buf);
var_dump(socket_atmark($s));
var_dump(socket_recv($s, $buf, 1, MSG_OOB), $buf);

$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_atmark($u), socket_last_error($u));
socket_close($u);
try {
    socket_atmark($u);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
echo (new ReflectionFunction('socket_atmark')), "\n";
?>
--EXPECTF--
bool(false)
int(1)
bool(false)
int(2)
string(2) "ab"
bool(true)
int(1)
string(1) "!"

Warning: socket_atmark(): Unable to apply sockmark [25]: Inappropriate ioctl for device in %s on line %d
bool(false)
int(25)
socket_atmark(): Argument #1 ($socket) has already been closed
Function [ <internal:sockets> function socket_atmark ] {

  - Parameters [1] {
    Parameter #0 [ <required> Socket $socket ]
  }
  - Return [ bool ]
}
