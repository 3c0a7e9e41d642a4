<?php
// socket_recvmsg: shapes of the message array given (buffer_size, controllen, name, flags) and
// how it is rewritten.
require __DIR__ . '/_lib.inc';
require __DIR__ . '/_msg.inc';

socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($b);

section('minimal');
socket_sendmsg($a, ['iov' => ['abc']]);
t('buffer_size and controllen', fn() => rcv($b, ['buffer_size' => 10, 'controllen' => 1]));
socket_sendmsg($a, ['iov' => ['abc']]);
t('controllen only (default buffer)', fn() => rcv($b, ['controllen' => 1]));
t('buffer_size only', fn() => rcv($b, ['buffer_size' => 10]));
t('empty array', fn() => rcv($b, []));
drain($b);

section('existing keys are replaced or dropped');
socket_sendmsg($a, ['iov' => ['abc']]);
t('junk keys', fn() => rcv($b, ['buffer_size' => 10, 'controllen' => 1, 'junk' => 1, 'iov' => 'old', 'control' => 'old', 'flags' => 'junk']));
socket_sendmsg($a, ['iov' => ['abc']]);
t('name key on unnamed peer', fn() => rcv($b, ['name' => [], 'buffer_size' => 10, 'controllen' => 1]));
socket_sendmsg($a, ['iov' => ['abc']]);
t('name null', fn() => rcv($b, ['name' => null, 'buffer_size' => 10, 'controllen' => 1]));
socket_sendmsg($a, ['iov' => ['abc']]);
t('name int', fn() => rcv($b, ['name' => 1, 'buffer_size' => 10, 'controllen' => 1]));
socket_sendmsg($a, ['iov' => ['abc']]);
t('flags key', fn() => rcv($b, ['buffer_size' => 10, 'controllen' => 1, 'flags' => 5]));
drain($b);

section('truncation');
socket_sendmsg($a, ['iov' => ['abcdef']]);
t('buffer 3', fn() => rcv($b, ['buffer_size' => 3, 'controllen' => 1]));
socket_sendmsg($a, ['iov' => ['abcdef']]);
t('buffer 1 with MSG_PEEK then full', function () use ($b) {
    rcv($b, ['buffer_size' => 1, 'controllen' => 1], MSG_PEEK);
    return rcv($b, ['buffer_size' => 100, 'controllen' => 1]);
});
socket_sendmsg($a, ['iov' => ['abcdef']]);
t('MSG_TRUNC flag returns real length', fn() => rcv($b, ['buffer_size' => 2, 'controllen' => 1], MSG_TRUNC));
drain($b);

section('argument types');
t('message int', function () use ($b) { $m = 1; $r = socket_recvmsg($b, $m); var_dump($m); return $r; });
t('message string', function () use ($b) { $m = 'x'; $r = socket_recvmsg($b, $m); var_dump($m); return $r; });
t('message null', function () use ($b) { $m = null; $r = socket_recvmsg($b, $m); var_dump($m); return $r; });
t('message by reference through a reference', function () use ($a, $b) {
    socket_sendmsg($a, ['iov' => ['ref']]);
    $m = ['buffer_size' => 10, 'controllen' => 1];
    $r = &$m;
    $n = socket_recvmsg($b, $r);
    return [$n, $m['iov']];
});
t('flags string', function () use ($b) { $m = ['buffer_size' => 10, 'controllen' => 1]; return socket_recvmsg($b, $m, 'x'); });
t('flags unknown bits', function () use ($a, $b) {
    socket_sendmsg($a, ['iov' => ['abc']]);
    $m = ['buffer_size' => 5, 'controllen' => 1];
    $r = socket_recvmsg($b, $m, 12345678);
    return [$r, clean($m)];
});
errs($b);
t('no arguments', fn() => socket_recvmsg());
t('not a socket', function () { $m = []; return socket_recvmsg(STDIN, $m); });
drain($b);

section('stream socketpair');
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
socket_set_nonblock($q[1]);
socket_sendmsg($q[0], ['iov' => ['one']]);
socket_sendmsg($q[0], ['iov' => ['two']]);
t('two sends in one read', fn() => rcv($q[1], ['buffer_size' => 100, 'controllen' => 1]));
socket_sendmsg($q[0], ['iov' => ['abcdef']]);
t('short read keeps the rest (no MSG_TRUNC on streams)', fn() => rcv($q[1], ['buffer_size' => 4, 'controllen' => 1]));
t('rest', fn() => rcv($q[1], ['buffer_size' => 4, 'controllen' => 1]));
socket_close($q[0]);
t('EOF', fn() => rcv($q[1], ['buffer_size' => 4, 'controllen' => 1]));

section('udp names');
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($s, '127.0.0.1', 0);
socket_set_nonblock($s);
$c = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($c, '127.0.0.1', 0);
$cport = port_of($c);
socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => port_of($s)], 'iov' => ['u']]);
t('recv from udp fills name', function () use ($s, $cport) {
    $m = ['buffer_size' => 10, 'controllen' => 1];
    $r = socket_recvmsg($s, $m);
    var_dump($m['name']['port'] === $cport);
    unset($m['name']['port']);
    var_dump($m);
    return $r;
});
