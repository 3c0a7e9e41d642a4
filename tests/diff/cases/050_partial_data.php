<?php
require __DIR__ . '/_lib.inc';

foreach (['unix pair' => function () { socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p); return [null, $p[0], $p[1]]; },
          'tcp' => 'tcp_pair', 'tcp6' => 'tcp6_pair'] as $kind => $mk) {
    section($kind);
    [$l, $c, $s] = $mk();
    socket_write($c, "abcdefghij");
    wait_readable($s);
    t('read 3', fn() => socket_read($s, 3));
    t('recv 2', fn() => [socket_recv($s, $buf, 2, 0), $buf]);
    t('peek 100', fn() => [socket_recv($s, $buf, 100, MSG_PEEK), $buf]);
    t('recvfrom 1', fn() => [socket_recvfrom($s, $buf, 1, 0, $a, $p), $buf]);
    t('read 100 (rest)', fn() => socket_read($s, 100));
    socket_write($c, "12");
    socket_write($c, "34");
    wait_readable($s);
    t('WAITALL 4 spanning writes', fn() => [socket_recv($s, $buf, 4, MSG_WAITALL), $buf]);
    socket_write($c, "line one\nline two\n");
    wait_readable($s);
    t('normal', fn() => socket_read($s, 100, PHP_NORMAL_READ));
    t('binary 4', fn() => socket_read($s, 4));
    t('normal', fn() => socket_read($s, 100, PHP_NORMAL_READ));
    t('nothing left', fn() => [socket_recv($s, $buf, 100, MSG_DONTWAIT), $buf]);
    errs($s);
    section("$kind: partial write with non-blocking socket");
    socket_set_nonblock($c);
    $chunk = str_repeat('p', 1 << 20);
    $w1 = @socket_write($c, $chunk);
    var_dump(is_int($w1), is_int($w1) && $w1 > 0 && $w1 <= strlen($chunk));
    $got = 0;
    while ($got < $w1 && wait_readable($s, 1000)) {
        $r = socket_read($s, 65536);
        if ($r === false || $r === '') break;
        $got += strlen($r);
    }
    var_dump($got === $w1);
    socket_set_block($c);
    socket_clear_error($c);
    socket_clear_error();
    section("$kind: write then close, reader gets everything then EOF");
    socket_write($c, str_repeat('z', 5000));
    socket_close($c);
    $all = '';
    while (wait_readable($s, 1000)) {
        $r = socket_read($s, 1024);
        if ($r === '' || $r === false) { var_dump($r); break; }
        $all .= $r;
    }
    var_dump(strlen($all));
}
