--TEST--
socket_recv()/socket_recvfrom() with MSG_TRUNC return the datagram's full length but at most $length bytes
--DESCRIPTION--
With MSG_TRUNC, recv() returns the datagram's real length even when it is longer than the buffer.
The bundled extension then writes a NUL byte that far past its buffer (a heap overflow a peer
steers: ASan reports heap-buffer-overflow) and hands back a string of that length, filled with
whatever memory follows the buffer. sockets-ng returns the same count but puts only the bytes the
kernel wrote, at most $length, in $data. On a stream socket MSG_TRUNC discards the data without
copying it: $data then holds that many NUL bytes, not uninitialised memory.
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension overflows its buffer here'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;

// A datagram far longer than the buffer: the NUL would land 60 KiB past a 10-byte string.
socket_write($b, str_repeat('a', 60000));
var_dump(socket_recv($a, $buf, 10, MSG_TRUNC), $buf);

socket_write($b, 'b' . str_repeat('x', 99));
var_dump(socket_recvfrom($a, $buf, 10, MSG_TRUNC, $from), strlen($buf), $buf === 'b' . str_repeat('x', 9));

// Peeking with MSG_TRUNC leaves the datagram queued; the next read gets it whole.
socket_write($b, 'peeked datagram');
var_dump(socket_recv($a, $buf, 6, MSG_TRUNC | MSG_PEEK), $buf);
var_dump(socket_recv($a, $buf, 100, 0), $buf);

// Shorter than the buffer: nothing changes.
socket_write($b, 'short');
var_dump(socket_recv($a, $buf, 100, MSG_TRUNC), $buf);

$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '127.0.0.1', 0);
socket_getsockname($u, $host, $port);
socket_sendto($u, str_repeat('u', 5000), 5000, 0, '127.0.0.1', $port);
var_dump(socket_recvfrom($u, $buf, 3, MSG_TRUNC, $host, $fromPort), $buf, $host);

// TCP: MSG_TRUNC discards the bytes; the count says how many.
$l = socket_create_listen(0, 1);
socket_getsockname($l, $lh, $lp);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $lp);
$s = socket_accept($l);
socket_write($c, 'discarded!rest');
usleep(100000);
var_dump(socket_recv($s, $buf, 10, MSG_TRUNC), $buf === str_repeat("\0", 10));
var_dump(socket_recv($s, $buf, 100, 0), $buf);
?>
--EXPECT--
int(60000)
string(10) "aaaaaaaaaa"
int(100)
int(10)
bool(true)
int(15)
string(6) "peeked"
int(15)
string(15) "peeked datagram"
int(5)
string(5) "short"
int(5000)
string(3) "uuu"
string(9) "127.0.0.1"
int(10)
bool(true)
int(4)
string(4) "rest"
