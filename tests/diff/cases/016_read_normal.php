<?php
require __DIR__ . '/_lib.inc';
// PHP_NORMAL_READ reads one byte at a time until \n or \r (included) or $length bytes.
// Every read here is guaranteed to find a terminator or enough bytes: a normal read
// that runs out of data blocks (or, on a non-blocking socket, spins), so that is not tested.

function pair() { socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p); return $p; }
function nr(Socket $s, int $len = 100) { $r = socket_read($s, $len, PHP_NORMAL_READ); return is_string($r) ? json_encode($r) : $r; }
function rest(Socket $s) { $r = socket_recv($s, $buf, 1000, MSG_DONTWAIT); return [$r, $buf]; }

section('\n line ending');
[$a, $b] = pair();
socket_write($a, "line1\nline2\nrest");
t('normal', fn() => nr($b));
t('normal', fn() => nr($b));
t('recv what is left', fn() => rest($b));

section('\r line ending');
socket_write($a, "one\rtwo\r");
t('normal', fn() => nr($b));
t('normal', fn() => nr($b));

section('\r\n line ending: \r ends the line, \n is a line of its own');
socket_write($a, "dos\r\nnext\r\n");
for ($i = 0; $i < 4; $i++) t('normal', fn() => nr($b));
t('recv left (nothing)', fn() => rest($b));
errs($b);

section('\n\r and blank lines');
socket_write($a, "\n\n\rx\n\n\r");
for ($i = 0; $i < 6; $i++) t('normal', fn() => nr($b));

section('length limit before newline');
socket_write($a, "abcdefgh\n");
t('normal 3', fn() => nr($b, 3));
t('normal 3', fn() => nr($b, 3));
t('normal 3 (2 bytes + \n fit)', fn() => nr($b, 3));
socket_write($a, "ab\nc\n");
t('normal 1', fn() => nr($b, 1));
t('normal 2', fn() => nr($b, 2));
t('normal 2', fn() => nr($b, 2));
socket_write($a, "\n\n");
t('normal 1 on lone \n', fn() => nr($b, 1));
t('normal 2 on lone \n', fn() => nr($b, 2));
socket_write($a, "xy\n");
t('normal 2 exactly before \n', fn() => nr($b, 2));
t('then the \n', fn() => nr($b, 2));

section('line split across writes');
socket_write($a, "par");
socket_write($a, "tial");
socket_write($a, "\nafter");
t('normal', fn() => nr($b));
t('binary sees the rest', fn() => socket_read($b, 100, PHP_BINARY_READ));

section('recv after normal read keeps bytes past the line end');
socket_write($a, "head\ntail-bytes");
t('normal', fn() => nr($b));
t('recv', fn() => [socket_recv($b, $buf, 100, 0), $buf]);
socket_write($a, "x\r\ny");
t('normal', fn() => nr($b));
t('recv peek', fn() => [socket_recv($b, $buf, 100, MSG_PEEK), $buf]);
t('recv', fn() => [socket_recv($b, $buf, 100, 0), $buf]);
socket_write($a, "l1\nl2\n");
t('normal', fn() => nr($b));
t('read binary 1', fn() => socket_read($b, 1));
t('normal', fn() => nr($b));

section('binary data with NUL in normal mode');
socket_write($a, "a\0b\nz");
t('normal', fn() => bin2hex(socket_read($b, 100, PHP_NORMAL_READ)));
t('binary', fn() => socket_read($b, 100));

section('normal read on a TCP socket');
[$l, $c, $s] = tcp_pair();
socket_write($c, "tcp line\r\nsecond\n");
wait_readable($s);
t('normal', fn() => nr($s));
t('normal', fn() => nr($s));
t('normal', fn() => nr($s));
socket_write($c, "tail");
wait_readable($s);
t('rest', fn() => rest($s));

section('no newline then EOF: the bytes are lost, false + ECONNRESET');
socket_write($a, "unterminated");
socket_close($a);
t('normal at EOF with data', fn() => nr($b));
errs($b);
t('normal at EOF no data', fn() => nr($b));
errs($b);
t('binary at EOF', fn() => socket_read($b, 100, PHP_BINARY_READ));
errs($b);

section('normal read on dgram socket reads 1 byte of each datagram');
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $d);
socket_write($d[0], "dg1\ndg2");
socket_write($d[0], "\n");
t('normal on dgram', fn() => nr($d[1]));
foreach (['a', 'b', "\r", 'last'] as $dg) socket_write($d[0], $dg);
t('normal on dgram', fn() => nr($d[1]));
t('rest', fn() => rest($d[1]));

section('zero/negative length in normal mode');
t('0', fn() => socket_read($b, 0, PHP_NORMAL_READ));
t('-5', fn() => socket_read($b, -5, PHP_NORMAL_READ));
