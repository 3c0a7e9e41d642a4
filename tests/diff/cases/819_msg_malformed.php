<?php
// Malformed message arrays: nested junk, huge counts (the kernel's errors), negative sizes,
// wrong-typed control lists, which error wins when several keys are wrong, bad/good element order.
require __DIR__ . '/_lib.inc';
require __DIR__ . '/_msg.inc';
scratch_fds();

socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($b);

section('nested junk');
t('iov of iovs', fn() => socket_sendmsg($a, ['iov' => [['a', ['b']]]]));
drain($b, short_iov: true);
t('control element int', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [1]]));
t('control element string', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => ['abc']]));
t('control element null', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [null]]));
t('control element object', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [new ArrayObject(rights([FD_A]))]]));
t('control int', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => 1]));
t('control string', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => 'rights']));
t('control stream', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => FD_A]));
t('name nested', fn() => socket_sendmsg($a, ['iov' => ['x'], 'name' => [['path' => '/x']]]));
t('deep data nesting', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([[[[FD_A]]]])]]));
t('unknown level/type with data', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => 1, 'type' => 99, 'data' => 1]]]));
t('unknown level', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => 12345, 'type' => 1, 'data' => 1]]]));
t('level 1<<40', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => 1 << 40, 'type' => 1, 'data' => [FD_A]]]]));
t('type 1<<40', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => 1, 'type' => 1 << 40, 'data' => [FD_A]]]]));
t('level array', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => [], 'type' => 1, 'data' => [FD_A]]]]));
t('type object', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => 1, 'type' => new stdClass, 'data' => [FD_A]]]]));
errs($a);
drain($b, short_iov: true);

section('huge counts');
t('2000 iov elements', fn() => socket_sendmsg($a, ['iov' => array_fill(0, 2000, 'a')]));
errs($a);
t('1024 iov elements', fn() => socket_sendmsg($a, ['iov' => array_fill(0, 1024, 'a')]));
t('1025 iov elements', fn() => socket_sendmsg($a, ['iov' => array_fill(0, 1025, 'a')]));
errs($a);
drain($b, short_iov: true);
t('300 fds', fn() => socket_sendmsg($a, ['iov' => ['q'], 'control' => [rights(array_fill(0, 300, STDIN))]]));
errs($a);
t('253 fds', fn() => socket_sendmsg($a, ['iov' => ['q'], 'control' => [rights(array_fill(0, 253, STDIN))]]));
t('recv 253', function () use ($b) {
    $m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 253)];
    $r = socket_recvmsg($b, $m);
    $n = count($m['control'][0]['data'] ?? []);
    $m = null; // closes them
    return [$r, $n];
});
t('254 fds', fn() => socket_sendmsg($a, ['iov' => ['q'], 'control' => [rights(array_fill(0, 254, STDIN))]]));
errs($a);
t('2000 control elements', fn() => socket_sendmsg($a, ['iov' => ['a'], 'control' => array_fill(0, 2000, rights([STDIN]))]));
errs($a);
t('2000 unsupported control elements', fn() => socket_sendmsg($a, ['iov' => ['a'], 'control' => array_fill(0, 2000, ['level' => 1, 'type' => 99, 'data' => 1])]));
t('100 KiB datagram', fn() => socket_sendmsg($a, ['iov' => [str_repeat('x', 100 * 1024)]]));
t('300 KiB datagram', fn() => socket_sendmsg($a, ['iov' => [str_repeat('x', 300 * 1024)]]));
errs($a);
drain($b, short_iov: true);

section('negative sizes');
t('buffer_size -1', fn() => rcv($b, ['buffer_size' => -1, 'controllen' => 1]));
t('buffer_size PHP_INT_MIN', fn() => rcv($b, ['buffer_size' => PHP_INT_MIN, 'controllen' => 1]));
t('controllen -1', fn() => rcv($b, ['buffer_size' => 10, 'controllen' => -1]));
t('controllen PHP_INT_MIN', fn() => rcv($b, ['buffer_size' => 10, 'controllen' => PHP_INT_MIN]));
t('both negative', fn() => rcv($b, ['buffer_size' => -5, 'controllen' => -5]));

section('order of errors, sendmsg');
t('control, iov, name all bad', fn() => socket_sendmsg($a, ['control' => 1, 'iov' => 1, 'name' => 1]));
t('control and iov bad', fn() => socket_sendmsg($a, ['control' => 1, 'iov' => 1]));
t('iov bad, control element bad', fn() => socket_sendmsg($a, ['iov' => 1, 'control' => [1]]));
t('name ok-ish, iov bad', fn() => socket_sendmsg($a, ['name' => ['path' => ''], 'iov' => 1]));
t('element: data, type, level bad', fn() => socket_sendmsg($a, ['control' => [['data' => 1, 'type' => 'x', 'level' => 'y']]]));
t('element: data and type bad', fn() => socket_sendmsg($a, ['control' => [['data' => 1, 'type' => 'x', 'level' => 1]]]));
t('element: only data bad', fn() => socket_sendmsg($a, ['control' => [['data' => 1, 'type' => 1, 'level' => 1]]]));

section('order of errors, recvmsg');
t('controllen, buffer_size, name bad', fn() => rcv($b, ['controllen' => 'x', 'buffer_size' => 'y', 'name' => 1]));
t('controllen and buffer_size bad', fn() => rcv($b, ['controllen' => 'x', 'buffer_size' => 'y']));
t('controllen bad only', fn() => rcv($b, ['controllen' => 'x', 'buffer_size' => 5]));
t('controllen 0, buffer_size bad', fn() => rcv($b, ['controllen' => 0, 'buffer_size' => 'y']));
t('controllen missing, buffer_size bad', fn() => rcv($b, ['buffer_size' => 'y']));

section('good and bad elements');
t('good, bad', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([FD_A]), rights('no')]]));
t('bad, good', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights('no'), rights([FD_A])]]));
t('good, good, not an array', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([FD_A]), rights([FD_B]), 5]]));
t('keyed good, bad', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => ['a' => rights([STDIN]), 'b' => 5]]));
t('sparse bad', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [5 => ['level' => 1, 'type' => 99, 'data' => 1]]]));
t('good, unsupported', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([FD_A]), ['level' => 1, 'type' => 99, 'data' => 1]]]));
errs($a);
drain($b, short_iov: true);

section('the array is not modified by sendmsg');
t('message unchanged', function () use ($a, $b) {
    $msg = ['iov' => [1, 2.5], 'control' => [['level' => '1', 'type' => '1', 'data' => ['k' => FD_A]]], 'flags' => 'x'];
    $copy = $msg;
    socket_sendmsg($a, $msg);
    drain($b, short_iov: true);
    return $msg === $copy;
});
