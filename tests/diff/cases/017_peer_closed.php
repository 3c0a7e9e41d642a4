<?php
require __DIR__ . '/_lib.inc';

section('unix stream: peer closed, data pending first');
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[0], "bye");
socket_close($p[0]);
t('read pending', fn() => socket_read($p[1], 100));
t('read at EOF', fn() => socket_read($p[1], 100));
errs($p[1]);
t('read at EOF again', fn() => socket_read($p[1], 100));
t('recv at EOF', fn() => [socket_recv($p[1], $buf, 100, 0), $buf]);
errs($p[1]);
t('recv at EOF, buffer preset', function () use ($p) { $buf = 'preset'; $r = socket_recv($p[1], $buf, 100, 0); return [$r, $buf]; });
t('recvfrom at EOF', function () use ($p) { $buf = 'preset'; $r = socket_recvfrom($p[1], $buf, 100, 0, $from); return [$r, $buf, $from]; });
errs($p[1]);
t('write to closed peer', fn() => socket_write($p[1], "x"));
errs($p[1]);
t('send to closed peer', fn() => socket_send($p[1], "x", 1, 0));
errs($p[1]);
t('select says readable', function () use ($p) { $r = [$p[1]]; $w = $e = null; return [socket_select($r, $w, $e, 0), count($r)]; });

section('tcp: client closes');
[$l, $c, $s] = tcp_pair();
socket_write($c, "last words");
socket_close($c);
var_dump(wait_readable($s));
t('read', fn() => socket_read($s, 100));
t('read EOF', fn() => socket_read($s, 100));
t('recv EOF', fn() => [socket_recv($s, $buf, 100, 0), $buf]);
t('recv EOF DONTWAIT', fn() => [socket_recv($s, $buf, 100, MSG_DONTWAIT), $buf]);
t('recvfrom EOF', fn() => [socket_recvfrom($s, $buf, 100, 0, $addr, $port), $buf, $addr, $port]);
errs($s);
t('write after peer closed (first write may succeed)', fn() => is_int(socket_write($s, "a")));
usleep(10000);
t('write again (EPIPE or ECONNRESET)', function () use ($s) {
    for ($i = 0; $i < 50; $i++) {
        $r = @socket_write($s, "b");
        if ($r === false) return socket_last_error($s);
        usleep(2000);
    }
    return 'still writable';
});
socket_clear_error($s);
socket_clear_error();

section('tcp: peer shut down writing only');
[$l, $c, $s] = tcp_pair();
socket_write($c, "half");
socket_shutdown($c, 1);
var_dump(wait_readable($s));
t('read', fn() => socket_read($s, 100));
t('read EOF', fn() => socket_read($s, 100));
t('write back still works', fn() => socket_write($s, "reply"));
var_dump(wait_readable($c));
t('peer reads reply', fn() => socket_read($c, 100));

section('tcp: reset by peer (SO_LINGER 0)');
[$l, $c, $s] = tcp_pair();
socket_set_option($c, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
socket_close($c);
var_dump(wait_readable($s));
t('read after RST', fn() => socket_read($s, 100));
errs($s);
t('read after RST again', fn() => socket_read($s, 100));
errs($s);

section('tcp: reset with unread data pending');
[$l, $c, $s] = tcp_pair();
socket_write($c, "ignored");
socket_set_option($c, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
socket_close($c);
var_dump(wait_readable($s));
t('recv after RST', fn() => [socket_recv($s, $buf, 100, 0), $buf]);
errs($s);
