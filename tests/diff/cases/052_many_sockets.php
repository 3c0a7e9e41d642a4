<?php
require __DIR__ . '/_lib.inc';

section('create and close many sockets');
$all = [];
for ($i = 0; $i < 300; $i++) {
    $all[] = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
}
var_dump(count(array_filter($all, fn($s) => $s instanceof Socket)));
foreach ($all as $s) socket_close($s);
var_dump(count($all));
t('all closed', function () use ($all) {
    $n = 0;
    foreach ($all as $s) { try { socket_getsockname($s, $a); } catch (Error $e) { $n++; } }
    return $n;
});
unset($all);

section('object ids are reused like any object');
$a = socket_create(AF_INET, SOCK_STREAM, 0);
$id = spl_object_id($a);
unset($a);
$b = socket_create(AF_INET, SOCK_STREAM, 0);
var_dump(spl_object_id($b) === $id);
var_dump($b);

section('select over 200 socket pairs');
$pairs = [];
for ($i = 0; $i < 200; $i++) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    $pairs["p$i"] = $p;
}
foreach ([3, 77, 150, 199] as $i) socket_write($pairs["p$i"][0], "hi $i");
$r = array_map(fn($p) => $p[1], $pairs);
$w = null; $e = null;
var_dump(socket_select($r, $w, $e, 1));
var_dump(array_keys($r));
foreach ($r as $k => $s) echo "$k: ", socket_read($s, 100), "\n";

section('all writable');
$w = array_map(fn($p) => $p[0], $pairs);
$r = null;
var_dump(socket_select($r, $w, $e, 0), count($w));

section('free sockets held only by arrays');
$pairs = null;
gc_collect_cycles();
$x = socket_create(AF_INET, SOCK_STREAM, 0);
var_dump($x instanceof Socket);

section('socket in a cycle is freed by gc');
$o = new stdClass;
$o->self = $o;
$o->sock = socket_create_listen(0);
$port = port_of($o->sock);
unset($o);
var_dump(gc_collect_cycles() > 0);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('connect to freed listener', fn() => socket_connect($c, '127.0.0.1', $port));
