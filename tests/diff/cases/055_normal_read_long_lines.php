<?php
require __DIR__ . '/_lib.inc';
// PHP_NORMAL_READ with long lines, lines cut by $length, and what select/recv see afterwards.
// Every read below finds its line end or $length bytes already queued.

function summary($r) { return is_string($r) ? strlen($r) . ' bytes, ends ' . json_encode(substr($r, -3)) : $r; }

foreach (['unix' => function () { socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p); return [null, $p[0], $p[1]]; }, 'tcp' => 'tcp_pair'] as $kind => $mk) {
    section("$kind: 70000-byte line");
    [$l, $a, $b] = $mk();
    $line = str_repeat('L', 70000) . "\n";
    socket_set_nonblock($a);
    $sent = 0;
    $data = $line . "tail";
    for ($i = 0; $i < 1000 && $sent < strlen($data); $i++) {
        $n = @socket_write($a, substr($data, $sent));
        if ($n === false) { usleep(1000); continue; }
        $sent += $n;
    }
    socket_set_block($a);
    var_dump($sent === strlen($data));
    if ($kind === 'tcp') { // make sure the whole line is queued before the read
        $t0 = microtime(true);
        while (microtime(true) - $t0 < 30 && socket_recv($b, $peek, 70005, MSG_PEEK | MSG_DONTWAIT) < 70005) usleep(1000);
    }
    t('normal 100000', fn() => summary(socket_read($b, 100000, PHP_NORMAL_READ)));
    t('select readable (tail queued)', function () use ($b) { $r = [$b]; $w = $e = null; return socket_select($r, $w, $e, 0); });
    t('recv tail', fn() => [socket_recv($b, $buf, 100, MSG_DONTWAIT), $buf]);

    section("$kind: line cut by length");
    socket_write($a, str_repeat('c', 5000) . "\nnext\n");
    $t0 = microtime(true);
    while ($kind === 'tcp' && microtime(true) - $t0 < 30 && socket_recv($b, $peek, 5006, MSG_PEEK | MSG_DONTWAIT) < 5006) usleep(1000);
    t('normal 3000', fn() => summary(socket_read($b, 3000, PHP_NORMAL_READ)));
    t('normal 3000', fn() => summary(socket_read($b, 3000, PHP_NORMAL_READ)));
    t('normal 2000 (next line)', fn() => summary(socket_read($b, 2000, PHP_NORMAL_READ)));
    t('nothing left', fn() => [socket_recv($b, $buf, 100, MSG_DONTWAIT), $buf]);
    socket_clear_error($b);
    socket_clear_error();

    section("$kind: many short lines in one write");
    socket_write($a, implode("\n", range(1, 50)) . "\n");
    $t0 = microtime(true);
    while ($kind === 'tcp' && microtime(true) - $t0 < 30 && socket_recv($b, $peek, 141, MSG_PEEK | MSG_DONTWAIT) < 141) usleep(1000);
    $lines = [];
    for ($i = 0; $i < 50; $i++) $lines[] = socket_read($b, 10, PHP_NORMAL_READ);
    var_dump(implode('', $lines) === implode("\n", range(1, 50)) . "\n");
    t('select after all lines read', function () use ($b) { $r = [$b]; $w = $e = null; return socket_select($r, $w, $e, 0); });

    section("$kind: line end then EOF");
    socket_write($a, "last line\nunterminated");
    socket_close($a);
    wait_readable($b);
    t('normal', fn() => json_encode(socket_read($b, 100, PHP_NORMAL_READ)));
    t('binary rest', fn() => read_upto($b, 12));
    t('binary EOF', fn() => socket_read($b, 100));
}
