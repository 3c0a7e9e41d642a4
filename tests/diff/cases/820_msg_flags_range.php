<?php
// socket_sendmsg / socket_recvmsg range-check $flags as a C int (issue 10 item 9): a ValueError
// before the socket is checked for being closed and before the message array is read; values
// past 32 bits are not truncated (4294967296 | MSG_PEEK used to peek).
require __DIR__ . '/_lib.inc';
require __DIR__ . '/_msg.inc';

socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
section('sendmsg');
foreach ([4294967296, -2147483649, PHP_INT_MAX, PHP_INT_MIN, 2147483648] as $flags) {
    t("flags $flags, bad message", fn() => socket_sendmsg($a, ['iov' => 1], $flags));
}
t('flags INT_MAX: the message is read', fn() => socket_sendmsg($a, ['iov' => 1], 2147483647));
t('flags INT_MIN: the message is read', fn() => socket_sendmsg($a, ['iov' => 1], -2147483648));
t('4294967296 | MSG_DONTWAIT, good message', fn() => socket_sendmsg($a, ['iov' => ['x']], 4294967296 | MSG_DONTWAIT));

section('recvmsg');
socket_sendmsg($a, ['iov' => ['queued']]);
t('4294967296 | MSG_PEEK does not peek', fn() => rcv($b, ['buffer_size' => 10, 'controllen' => 1], 4294967296 | MSG_PEEK));
t('flags -2147483649, bad message', fn() => rcv($b, ['controllen' => 'x'], -2147483649));
t('flags INT_MAX: the message is read', fn() => rcv($b, ['controllen' => 'x'], 2147483647));
drain($b);

section('closed socket and big flags: flags first');
socket_close($a);
t('sendmsg', fn() => socket_sendmsg($a, ['iov' => ['x']], 1 << 40));
t('recvmsg', fn() => rcv($a, ['controllen' => 1], 1 << 40));
t('sendmsg, flags fit', fn() => socket_sendmsg($a, ['iov' => ['x']], 0));
