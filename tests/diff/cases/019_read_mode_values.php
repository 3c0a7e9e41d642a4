<?php
require __DIR__ . '/_lib.inc';
// Any mode other than PHP_NORMAL_READ behaves as a binary read.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
foreach ([0, 1, 2, 3, -1, 99, PHP_INT_MAX, PHP_INT_MIN, PHP_BINARY_READ | PHP_NORMAL_READ, (1 << 32) | 1] as $mode) {
    socket_write($a, "ab\ncd");
    t("mode $mode", fn() => json_encode(socket_read($b, 4, $mode)));
    errs($b);
    t('left', fn() => [socket_recv($b, $buf, 100, MSG_DONTWAIT), $buf]);
}
t('mode true', function () use ($a, $b) { socket_write($a, "x\ny"); return json_encode(socket_read($b, 10, true)); });
t('left', fn() => [socket_recv($b, $buf, 100, MSG_DONTWAIT), $buf]);
t('mode 1.0', function () use ($a, $b) { socket_write($a, "x\ny"); return json_encode(socket_read($b, 10, 1.0)); });
t('left', fn() => [socket_recv($b, $buf, 100, MSG_DONTWAIT), $buf]);
t('mode "1"', function () use ($a, $b) { socket_write($a, "x\ny"); return json_encode(socket_read($b, 10, "1")); });
t('left', fn() => [socket_recv($b, $buf, 100, MSG_DONTWAIT), $buf]);
t('mode array', fn() => socket_read($b, 10, []));
t('named mode', function () use ($a, $b) { socket_write($a, "n\nm"); return json_encode(socket_read($b, mode: PHP_NORMAL_READ, length: 10)); });
t('left', fn() => [socket_recv($b, $buf, 100, MSG_DONTWAIT), $buf]);
