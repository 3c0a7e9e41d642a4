<?php
require __DIR__ . '/_lib.inc';

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

section('set_nonblock / set_block');
t('set_nonblock', fn() => socket_set_nonblock($b));
t('set_nonblock twice', fn() => socket_set_nonblock($b));
t('read empty', fn() => socket_read($b, 10));
errs($b);
t('recv empty', fn() => [socket_recv($b, $buf, 10, 0), $buf]);
errs($b);
t('recv empty, preset buffer', function () use ($b) { $buf = 'preset'; $r = socket_recv($b, $buf, 10, 0); return [$r, $buf]; });
errs($b);
t('recvfrom empty', function () use ($b) { $buf = 'preset'; $from = 'x'; $r = socket_recvfrom($b, $buf, 10, 0, $from); return [$r, $buf, $from]; });
errs($b);
t('read empty (error kept)', fn() => socket_read($b, 10));
socket_write($a, "data");
t('read with data', fn() => socket_read($b, 10));
t('last_error not cleared by success', fn() => socket_last_error($b));
socket_clear_error($b);

section('MSG_DONTWAIT on a blocking socket');
t('set_block', fn() => socket_set_block($a));
t('recv DONTWAIT empty', fn() => [socket_recv($a, $buf, 10, MSG_DONTWAIT), $buf]);
errs($a);

section('write until EAGAIN');
socket_set_nonblock($a);
$total = 0; $r = 0; $i = 0;
while ($i++ < 100000) {
    $r = @socket_write($a, str_repeat('x', 65536));
    if ($r === false) break;
    $total += $r;
}
var_dump($r, $total > 0);
errs($a);
t('write (EAGAIN: no warning)', fn() => socket_write($a, 'y'));
errs($a);
t('send (EAGAIN: no warning)', fn() => socket_send($a, 'y', 1, 0));
errs($a);
t('select: not writable', function () use ($a) { $r = null; $w = [$a]; $e = null; return [socket_select($r, $w, $e, 0), count($w)]; });
// drain
$drained = 0;
while (($x = @socket_read($b, 65536)) !== false && $x !== '') $drained += strlen($x);
var_dump($drained === $total);
errs($b);

section('tcp nonblocking read');
[$l, $c, $s] = tcp_pair();
socket_set_nonblock($s);
t('tcp read empty', fn() => socket_read($s, 10));
errs($s);
socket_write($c, "12345");
wait_readable($s);
t('tcp read 3', fn() => socket_read($s, 3));
t('tcp read rest', fn() => socket_read($s, 10));
t('tcp read empty again', fn() => socket_read($s, 10));
errs($s);

section('udp nonblocking');
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '127.0.0.1', 0);
socket_set_nonblock($u);
t('recvfrom empty', fn() => [socket_recvfrom($u, $buf, 10, 0, $from, $port), $buf, $from, $port]);
errs($u);

section('block again');
t('set_block', fn() => socket_set_block($b));
socket_write($a, "z");
t('read blocking with data', fn() => socket_read($b, 10));

section('on listening and closed sockets / args');
t('nonblock listener', fn() => socket_set_nonblock($l));
t('block listener', fn() => socket_set_block($l));
$z = socket_create(AF_INET, SOCK_STREAM, 0);
socket_close($z);
t('nonblock closed', fn() => socket_set_nonblock($z));
t('block closed', fn() => socket_set_block($z));
t('nonblock no args', fn() => socket_set_nonblock());
t('block 2 args', fn() => socket_set_block($a, 1));
t('nonblock string', fn() => socket_set_nonblock('a'));
t('named', fn() => socket_set_block(socket: $a));
