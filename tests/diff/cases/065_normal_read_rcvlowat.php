<?php
// PHP_NORMAL_READ with SO_RCVLOWAT above the line's length: a whole line that is queued comes
// back at once (the low-water mark does not hold back a one-byte read), on TCP and Unix sockets.
require __DIR__ . '/_lib.inc';

pcntl_alarm(15);
foreach (['tcp', 'unix'] as $kind) {
    section($kind);
    if ($kind === 'unix') {
        socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
        [$r, $w] = $p;
    } else {
        [$l, $w, $r] = tcp_pair();
    }
    t('SO_RCVLOWAT = 100', fn() => socket_set_option($r, SOL_SOCKET, SO_RCVLOWAT, 100));
    socket_write($w, "hi\nthere\n");
    // The peer sends the rest only once both lines are read (a byte on $go): a read that waited
    // for 100 bytes would wait until pcntl_alarm ends the script. No clock involved.
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $go);
    $pid = pcntl_fork();
    if ($pid === 0) {
        pcntl_alarm(20);
        socket_read($go[1], 1);
        socket_write($w, str_repeat('x', 150) . "\n");
        usleep(200000);
        posix_kill(posix_getpid(), SIGKILL);
    }
    foreach ([1, 2] as $n) {
        t("line $n", fn() => socket_read($r, 1000, PHP_NORMAL_READ));
        echo "   came before the rest was sent\n";
    }
    socket_write($go[0], 'g');
    t('the long line', fn() => strlen(socket_read($r, 1000, PHP_NORMAL_READ)));
    pcntl_waitpid($pid, $status);
    errs($r);
}
