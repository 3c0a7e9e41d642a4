<?php
require __DIR__ . '/_lib.inc';

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p1);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p2);
[$a1, $b1] = $p1;
[$a2, $b2] = $p2;

function show(string $label, ?array $r, ?array $w, ?array $e, $ret)
{
    echo "$label: ret=", var_export($ret, true),
        ' r=', $r === null ? 'null' : json_encode(array_keys($r)),
        ' w=', $w === null ? 'null' : json_encode(array_keys($w)),
        ' e=', $e === null ? 'null' : json_encode(array_keys($e)), "\n";
}

section('nothing readable');
$r = [$b1, $b2]; $w = null; $e = null;
$ret = socket_select($r, $w, $e, 0);
show('empty', $r, $w, $e, $ret);

section('one readable');
socket_write($a2, "x");
$r = [$b1, $b2]; $w = null; $e = null;
$ret = socket_select($r, $w, $e, 0);
show('b2 ready', $r, $w, $e, $ret);
var_dump($r[1] === $b2);

section('read + write');
$r = [$b1, $b2]; $w = [$a1, $a2]; $e = [$b1];
$ret = socket_select($r, $w, $e, 0);
show('mixed', $r, $w, $e, $ret);

section('same socket in read and write counts twice');
$r = [$b2]; $w = [$b2]; $e = null;
$ret = socket_select($r, $w, $e, 0);
show('twice', $r, $w, $e, $ret);

section('duplicate entries in one array');
$r = [$b2, $b2, $b1, $b2]; $w = null; $e = null;
$ret = socket_select($r, $w, $e, 0);
show('dups', $r, $w, $e, $ret);

section('listening socket readable when a connection is pending');
$l = socket_create_listen(0);
$r = [$l]; $w = null; $e = null;
show('no pending', $r, $w, $e, socket_select($r, $w, $e, 0));
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', port_of($l));
$r = [$l]; $w = null; $e = null;
show('pending', $r, $w, $e, socket_select($r, $w, $e, 1));

section('EOF is readable');
socket_close($a1);
$r = [$b1]; $w = null; $e = null;
show('eof', $r, $w, $e, socket_select($r, $w, $e, 0));

section('OOB data shows in except');
[$L, $tc, $ts] = tcp_pair();
socket_send($tc, "!", 1, MSG_OOB);
$r = [$ts]; $w = null; $e = [$ts];
show('oob', $r, $w, $e, socket_select($r, $w, $e, 1));

section('arrays are passed by reference and rewritten');
$r = [$b2];
$copy = $r;
$w = null; $e = null;
socket_read($b2, 10);
socket_select($r, $w, $e, 0);
var_dump(count($r), count($copy));

section('return value counts');
socket_write($a2, "y");
$r = [$b2]; $w = [$a2, $b2]; $e = [$a2, $b2];
var_dump(socket_select($r, $w, $e, 0));
var_dump(count($r), count($w), count($e));
