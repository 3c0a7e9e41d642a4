<?php
// Bad-input battery (issue 5): out-of-range ports, lengths, sizes and timeouts in every function
// that takes one: PHP_INT_MAX, PHP_INT_MIN, negative, just past the range. Run under the
// sanitizer build too (scripts/check-asan.sh): nothing may over-read, overflow or wrap silently.
// Out-of-range ports wrap to fixed ones (-1 and 131071 to 65535, 2^32+80 to 80): the two sides
// would bind them at the same time.
// diff: one side at a time
require __DIR__ . '/_lib.inc';

$big = [PHP_INT_MAX, PHP_INT_MIN, -1, 65536, 65535 + 65536, 1 << 32, (1 << 32) + 80];

section('ports');
foreach ($big as $p) {
    $u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
    socket_set_nonblock($u);
    t("bind inet port $p", fn() => socket_bind($u, '127.0.0.1', $p));
    errs($u);
    t("sendto inet port $p", fn() => socket_sendto($u, 'x', 1, 0, '127.0.0.1', $p));
    errs($u);
    $t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_set_nonblock($t);
    t("connect inet port $p (refused or in progress)", function () use ($t, $p) {
        $r = @socket_connect($t, '127.0.0.1', $p);
        return $r === false ? in_array(socket_last_error($t), [SOCKET_ECONNREFUSED, SOCKET_EINPROGRESS], true) : $r;
    });
    $u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
    t("sendto inet6 port $p", fn() => socket_sendto($u6, 'x', 1, MSG_DONTWAIT, '::1', $p));
    errs($u6);
    t("create_listen port $p", function () use ($p) {
        $l = @socket_create_listen($p);
        return $l instanceof Socket ? 'Socket' : [$l, socket_last_error()];
    });
    socket_clear_error();
    socket_close($u); socket_close($t); socket_close($u6);
}

section('lengths');
[$a, $b] = (function () { socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p); return $p; })();
socket_set_nonblock($a); socket_set_nonblock($b);
foreach ([PHP_INT_MIN, -1, 0, PHP_INT_MAX] as $len) {
    t("write len $len", fn() => socket_write($a, 'abc', $len));
    errs($a);
    t("send len $len", fn() => socket_send($a, 'abc', $len, 0));
    errs($a);
    t("sendto len $len (connected unix stream)", fn() => @socket_sendto($a, 'abc', $len, 0, ''));
    errs($a);
    if ($len <= 0) {
        t("read len $len", fn() => socket_read($b, $len));
        t("recv len $len", fn() => [socket_recv($b, $buf, $len, 0), $buf ?? 'unset']);
        t("recvfrom len $len", fn() => socket_recvfrom($b, $buf, $len, 0, $from));
    }
}
t('drain', fn() => socket_read($b, 100));
t('recv flags PHP_INT_MAX', fn() => socket_recv($b, $buf, 10, PHP_INT_MAX));
errs($b);
t('send flags PHP_INT_MIN', fn() => socket_send($a, 'x', 1, PHP_INT_MIN));
errs($a);

section('listen backlog and create arguments');
foreach ([PHP_INT_MAX, PHP_INT_MIN, -1] as $v) {
    $l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_bind($l, '127.0.0.1', 0);
    t("listen backlog $v", fn() => socket_listen($l, $v));
    errs($l);
    socket_close($l);
    t("create_listen backlog $v", function () use ($v) { $l = socket_create_listen(0, $v); return $l instanceof Socket; });
    t("create domain $v", fn() => socket_create($v, SOCK_STREAM, 0));
    t("create type $v", fn() => socket_create(AF_INET, $v, 0));
    t("create protocol $v", fn() => socket_create(AF_INET, SOCK_STREAM, $v));
    socket_clear_error();
    t("create_pair type $v", fn() => socket_create_pair(AF_UNIX, $v, 0, $pp));
    t("shutdown how $v", fn() => socket_shutdown($a, $v));
    errs($a);
    t("read mode $v", fn() => socket_read($b, 10, $v));
    errs($b);
    t("strerror $v", fn() => socket_strerror($v));
}

section('option values');
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
foreach ([PHP_INT_MAX, PHP_INT_MIN, -1, 1 << 31, (1 << 31) - 1] as $v) {
    t("SO_RCVBUF $v", fn() => socket_set_option($u, SOL_SOCKET, SO_RCVBUF, $v));
    errs($u);
    t("IP_TTL $v", fn() => socket_set_option($u, IPPROTO_IP, IP_TTL, $v));
    errs($u);
    t("SO_RCVTIMEO sec $v", fn() => socket_set_option($u, SOL_SOCKET, SO_RCVTIMEO, ['sec' => $v, 'usec' => 0]));
    errs($u);
    t("SO_SNDTIMEO usec $v", fn() => socket_set_option($u, SOL_SOCKET, SO_SNDTIMEO, ['sec' => 0, 'usec' => $v]));
    errs($u);
    t("SO_LINGER $v", fn() => socket_set_option($u, SOL_SOCKET, SO_LINGER, ['l_onoff' => $v, 'l_linger' => $v]));
    errs($u);
    t("level $v", fn() => socket_set_option($u, $v, SO_RCVBUF, 1));
    errs($u);
    t("get option name $v", fn() => socket_get_option($u, SOL_SOCKET, $v));
    errs($u);
}

section('select timeouts');
// Left out: usec PHP_INT_MIN with sec 0. The bundled one passes it to select() as is and the
// result depends on the kernel's overflow (here: 1, as if there were no timeout); ours refuses it
// with EINVAL like every other negative usec.
foreach ([[PHP_INT_MAX, 0], [0, PHP_INT_MAX], [PHP_INT_MAX, PHP_INT_MAX], [PHP_INT_MIN, 0], [0, -1], [-1, 0]] as [$sec, $usec]) {
    // $a is writable, so a valid timeout returns at once
    t("select sec $sec usec $usec", function () use ($a, $sec, $usec) {
        $r = null; $w = [$a]; $e = null;
        return [socket_select($r, $w, $e, $sec, $usec), count($w)];
    });
    errs($a);
}
