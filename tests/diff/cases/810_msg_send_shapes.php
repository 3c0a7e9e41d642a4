<?php
// socket_sendmsg: shapes of the message array (iov, name, flags, extra keys) and what arrives.
require __DIR__ . '/_lib.inc';
require __DIR__ . '/_msg.inc';

socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($b);

section('iov');
t('two strings', fn() => socket_sendmsg($a, ['iov' => ['hello ', 'world']], 0));
t('recv with controllen 0', fn() => rcv($b, ['buffer_size' => 100, 'controllen' => 0]));
drain($b, controllen: 256, count_control: true);
t('scalars converted to strings', fn() => socket_sendmsg($a, ['iov' => [1, 2.5, true, null, false, -7]]));
drain($b, controllen: 256, count_control: true);

t('nested array in iov', fn() => socket_sendmsg($a, ['iov' => [['a']]]));
t('keyed iov keeps order', fn() => socket_sendmsg($a, ['iov' => ['x' => 'a', 5 => 'b', 'c']]));
t('recv truncated', fn() => rcv($b, ['buffer_size' => 2, 'controllen' => 1]));
t('iov not an array', fn() => socket_sendmsg($a, ['iov' => 'x']));
t('iov int', fn() => socket_sendmsg($a, ['iov' => 5]));
t('iov null', fn() => socket_sendmsg($a, ['iov' => null]));
t('iov empty', fn() => socket_sendmsg($a, ['iov' => []]));
drain($b, controllen: 256, count_control: true);
t('empty strings', fn() => socket_sendmsg($a, ['iov' => ['', '', '']]));
drain($b, controllen: 256, count_control: true);
t('binary and long', function () use ($a, $b) {
    $data = "\0\1\2\xff" . str_repeat('0123456789', 300);
    $r = socket_sendmsg($a, ['iov' => [$data, "\0"]]);
    $m = ['buffer_size' => 5000, 'controllen' => 1];
    $n = socket_recvmsg($b, $m);
    return [$r, $n, $m['iov'][0] === $data . "\0", $m['flags']];
});

section('object in iov (conversion throws)');
// The bundled extension sends the datagram anyway (the object as an empty string) and the
// Error surfaces afterwards; what arrives is printed by drain().
t('object alone', fn() => socket_sendmsg($a, ['iov' => [new stdClass]]));
drain($b, controllen: 256, count_control: true);
t('object after a string', fn() => socket_sendmsg($a, ['iov' => ['q', new stdClass, 'r']]));
drain($b, controllen: 256, count_control: true);

section('whole message');
t('empty message', fn() => socket_sendmsg($a, [], 0));
drain($b, controllen: 256, count_control: true);
t('only extra keys', fn() => socket_sendmsg($a, ['junk' => 1, 'more' => [1, 2]]));
drain($b, controllen: 256, count_control: true);
t('integer keys', fn() => socket_sendmsg($a, [0 => 1, 1 => 2]));
drain($b, controllen: 256, count_control: true);
t('message not array', fn() => socket_sendmsg($a, 1));
t('message string', fn() => socket_sendmsg($a, 'iov'));
t('message null', fn() => socket_sendmsg($a, null));
t('message object', fn() => socket_sendmsg($a, new ArrayObject(['iov' => ['x']])));
t('no arguments', fn() => socket_sendmsg());
t('socket not a socket', fn() => socket_sendmsg(STDIN, ['iov' => ['x']]));

section('flags');
t('flags key junk', fn() => socket_sendmsg($a, ['iov' => ['x'], 'flags' => 'junk'], 0));
drain($b, controllen: 256, count_control: true);
t('flags key array', fn() => socket_sendmsg($a, ['iov' => ['x'], 'flags' => []]));
drain($b, controllen: 256, count_control: true);
t('flags arg MSG_DONTWAIT', fn() => socket_sendmsg($a, ['iov' => ['dw']], MSG_DONTWAIT));
drain($b, controllen: 256, count_control: true);
t('flags arg string', fn() => socket_sendmsg($a, ['iov' => ['x']], 'zz'));
t('flags arg numeric string', fn() => socket_sendmsg($a, ['iov' => ['ns']], '0'));
drain($b, controllen: 256, count_control: true);
t('flags arg invalid bits', fn() => socket_sendmsg($a, ['iov' => ['x']], -1));
errs($a);

section('name on a connected pair');
t('name path ignored or refused', fn() => socket_sendmsg($a, ['name' => ['path' => '/nonexistent/sng'], 'iov' => ['a']]));
errs($a);
t('name not array', fn() => socket_sendmsg($a, ['name' => 'x', 'iov' => ['a']]));
t('name empty path', fn() => socket_sendmsg($a, ['name' => ['path' => ''], 'iov' => ['a']]));
errs($a);
t('name long path', fn() => socket_sendmsg($a, ['name' => ['path' => str_repeat('a', 200)], 'iov' => ['a']]));
t('name family inet on unix', fn() => socket_sendmsg($a, ['name' => ['family' => AF_INET, 'addr' => '127.0.0.1', 'port' => 1], 'iov' => ['a']]));
errs($a);
t('name null', fn() => socket_sendmsg($a, ['name' => null, 'iov' => ['nn']]));
drain($b, controllen: 256, count_control: true);

section('control empty or absent');
t('control empty array', fn() => socket_sendmsg($a, ['iov' => ['c0'], 'control' => []]));
t('recv', fn() => rcv($b, ['buffer_size' => 10, 'controllen' => 100]));
drain($b, controllen: 256, count_control: true);
t('control null', fn() => socket_sendmsg($a, ['iov' => ['cn'], 'control' => null]));
t('recv', fn() => rcv($b, ['buffer_size' => 10, 'controllen' => 100]));
drain($b, controllen: 256, count_control: true);

section('stream pair');
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
t('send', fn() => socket_sendmsg($q[0], ['iov' => ['ab', 'cd', 'ef']]));
t('recv', fn() => rcv($q[1], ['buffer_size' => 100, 'controllen' => 1]));
t('send seqpacket-like on stream with name', fn() => socket_sendmsg($q[0], ['name' => ['path' => '/x'], 'iov' => ['x']]));
errs($q[0]);

section('udp');
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($s, '127.0.0.1', 0);
$c = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('udp no name unconnected', fn() => socket_sendmsg($c, ['iov' => ['x']]));
errs($c);
socket_connect($c, '127.0.0.1', port_of($s));
t('udp connected no name', fn() => socket_sendmsg($c, ['iov' => ['u1', 'u2']]));
t('recv', function () use ($s) { $m = ['buffer_size' => 10, 'controllen' => 1]; $r = socket_recvmsg($s, $m); unset($m['name']['port']); var_dump($m); return $r; });
