<?php
require __DIR__ . '/_lib.inc';

function pair() { socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p); return $p; }

section('\n line ending');
[$a, $b] = pair();
socket_write($a, "line1\nline2\nrest");
t('normal 100', fn() => socket_read($b, 100, PHP_NORMAL_READ));
t('normal 100', fn() => socket_read($b, 100, PHP_NORMAL_READ));
t('recv what is left', fn() => [socket_recv($b, $buf, 100, MSG_DONTWAIT), $buf]);

section('\r line ending');
socket_write($a, "one\rtwo\r");
t('normal', fn() => socket_read($b, 100, PHP_NORMAL_READ));
t('normal', fn() => socket_read($b, 100, PHP_NORMAL_READ));

section('\r\n line ending');
socket_write($a, "dos\r\nnext\r\n");
t('normal', fn() => socket_read($b, 100, PHP_NORMAL_READ));
t('normal', fn() => socket_read($b, 100, PHP_NORMAL_READ));
t('normal', fn() => socket_read($b, 100, PHP_NORMAL_READ));
t('normal', fn() => socket_read($b, 100, PHP_NORMAL_READ));
t('recv left (DONTWAIT)', fn() => [socket_recv($b, $buf, 100, MSG_DONTWAIT), $buf]);
errs($b);

section('\n\r and blank lines');
socket_write($a, "\n\n\rx\n");
for ($i = 0; $i < 4; $i++) t('normal', fn() => socket_read($b, 100, PHP_NORMAL_READ));

section('length limit before newline');
socket_write($a, "abcdefgh\n");
t('normal 3', fn() => socket_read($b, 3, PHP_NORMAL_READ));
t('normal 3', fn() => socket_read($b, 3, PHP_NORMAL_READ));
t('normal 3', fn() => socket_read($b, 3, PHP_NORMAL_READ));
t('normal 3 (gets the \n)', fn() => socket_read($b, 3, PHP_NORMAL_READ));
socket_write($a, "ab\n");
t('normal 1', fn() => socket_read($b, 1, PHP_NORMAL_READ));
t('normal 2', fn() => socket_read($b, 2, PHP_NORMAL_READ));
socket_write($a, "\n");
t('normal 1 on lone \n', fn() => socket_read($b, 1, PHP_NORMAL_READ));

section('line split across writes');
socket_write($a, "par");
socket_write($a, "tial");
socket_write($a, "\nafter");
t('normal', fn() => socket_read($b, 100, PHP_NORMAL_READ));
t('binary sees the rest', fn() => socket_read($b, 100, PHP_BINARY_READ));

section('recv after normal read keeps bytes past the line end');
socket_write($a, "head\ntail-bytes");
t('normal', fn() => socket_read($b, 100, PHP_NORMAL_READ));
t('recv', fn() => [socket_recv($b, $buf, 100, 0), $buf]);
socket_write($a, "x\r\ny");
t('normal', fn() => socket_read($b, 100, PHP_NORMAL_READ));
t('recv peek', fn() => [socket_recv($b, $buf, 100, MSG_PEEK), $buf]);
t('recv', fn() => [socket_recv($b, $buf, 100, 0), $buf]);

section('binary data with NUL in normal mode');
socket_write($a, "a\0b\nz");
t('normal', fn() => bin2hex(socket_read($b, 100, PHP_NORMAL_READ)));
t('binary', fn() => socket_read($b, 100));

section('no newline then EOF');
socket_write($a, "unterminated");
socket_close($a);
t('normal at EOF with data', fn() => socket_read($b, 100, PHP_NORMAL_READ));
errs($b);
t('normal at EOF no data', fn() => socket_read($b, 100, PHP_NORMAL_READ));
errs($b);
t('binary at EOF', fn() => socket_read($b, 100, PHP_BINARY_READ));
errs($b);

section('normal read on non-blocking socket, nothing pending');
[$a, $b] = pair();
socket_set_nonblock($b);
t('normal nonblock empty', fn() => socket_read($b, 100, PHP_NORMAL_READ));
errs($b);
socket_write($a, "nb-partial");
t('normal nonblock, data without newline', fn() => socket_read($b, 100, PHP_NORMAL_READ));
errs($b);
t('binary after', fn() => socket_read($b, 100));
errs($b);

section('normal read on dgram socket');
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $d);
socket_write($d[0], "dg1\ndg2");
socket_write($d[0], "second\n");
t('normal on dgram', fn() => socket_read($d[1], 100, PHP_NORMAL_READ));
t('normal on dgram', fn() => socket_read($d[1], 100, PHP_NORMAL_READ));
socket_set_nonblock($d[1]);
t('normal on dgram', fn() => socket_read($d[1], 100, PHP_NORMAL_READ));
errs($d[1]);

section('zero/negative length in normal mode');
t('0', fn() => socket_read($b, 0, PHP_NORMAL_READ));
t('-5', fn() => socket_read($b, -5, PHP_NORMAL_READ));
