<?php
require __DIR__ . '/_lib.inc';

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($a, "ready");

section('null and empty arrays');
t('all null', function () { $r = null; $w = null; $e = null; return socket_select($r, $w, $e, 0); });
t('all empty arrays', function () { $r = []; $w = []; $e = []; return [socket_select($r, $w, $e, 0), $r, $w, $e]; });
t('read empty, others null', function () { $r = []; $w = null; $e = null; return [socket_select($r, $w, $e, 0), $r, $w, $e]; });
t('only write', function () use ($a) { $r = null; $w = [$a]; $e = null; return [socket_select($r, $w, $e, 0), count($w), $r, $e]; });
t('only except', function () use ($a) { $r = null; $w = null; $e = [$a]; return [socket_select($r, $w, $e, 0), $e, $r, $w]; });
t('read ok, write [] stays []', function () use ($b) { $r = [$b]; $w = []; $e = null; return [socket_select($r, $w, $e, 0), count($r), $w, $e]; });

section('keys are kept');
t('string keys', function () use ($a, $b) {
    $r = ['first' => $a, 'second' => $b, 10 => $a];
    $w = null; $e = null;
    $n = socket_select($r, $w, $e, 0);
    return [$n, array_keys($r)];
});
t('sparse int keys', function () use ($a, $b) {
    $r = [5 => $a, 9 => $b, -3 => $b];
    $w = [100 => $a, 7 => $b]; $e = null;
    $n = socket_select($r, $w, $e, 0);
    return [$n, array_keys($r), array_keys($w)];
});
t('order kept', function () use ($a, $b) {
    $w = ['z' => $b, 'a' => $a, 'm' => $b];
    $r = null; $e = null;
    socket_select($r, $w, $e, 0);
    return array_keys($w);
});

section('non-Socket elements');
foreach (['string' => 'x', 'int' => 1, 'null' => null, 'array' => [], 'stdClass' => new stdClass, 'resource' => STDIN, 'false' => false] as $n => $v) {
    t("element $n in read", function () use ($b, $v) { $r = [$b, $v]; $w = null; $e = null; return socket_select($r, $w, $e, 0); });
}
t('element in write', function () use ($b) { $r = null; $w = [$b, 'x']; $e = null; return socket_select($r, $w, $e, 0); });
t('element in except', function () use ($b) { $r = null; $w = null; $e = [1.5]; return socket_select($r, $w, $e, 0); });
t('nested array of sockets', function () use ($b) { $r = [[$b]]; $w = null; $e = null; return socket_select($r, $w, $e, 0); });
t('reference element', function () use ($b) { $x = $b; $r = [&$x]; $w = null; $e = null; return [socket_select($r, $w, $e, 0), count($r)]; });

section('non-array arguments');
t('read is string', function () { $r = 'x'; $w = null; $e = null; return socket_select($r, $w, $e, 0); });
t('read is int', function () { $r = 1; $w = null; $e = null; return socket_select($r, $w, $e, 0); });
t('read is Socket', function () use ($b) { $r = $b; $w = null; $e = null; return socket_select($r, $w, $e, 0); });
t('write is false', function () { $r = null; $w = false; $e = null; return socket_select($r, $w, $e, 0); });
t('literal array', fn() => eval('$w = null; $e = null; return socket_select([], $w, $e, 0);'));
t('literal null', fn() => eval('$w = null; $e = null; return socket_select(null, $w, $e, 0);'));
t('undefined variables', function () { return [socket_select($r, $w, $e, 0), $r, $w, $e]; });

section('too few / too many / named');
t('3 args', function () { $r = null; $w = null; $e = null; return socket_select($r, $w, $e); });
t('6 args', function () use ($b) { $r = [$b]; $w = null; $e = null; return socket_select($r, $w, $e, 0, 0, 0); });
t('named', function () use ($b) { $r = [$b]; $n = socket_select(read: $r, write: $w, except: $e, seconds: 0); return [$n, count($r), $w, $e]; });
t('named microseconds', function () use ($b) { $r = [$b]; $w = $e = null; return socket_select($r, $w, $e, microseconds: 0, seconds: 0); });
