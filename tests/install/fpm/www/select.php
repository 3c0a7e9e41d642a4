<?php
// (b) socket_select: of two pairs only the one written to is readable (keys kept), then a wait
// on nothing ready times out after 50 ms; the byte read is this request's n.
require __DIR__ . '/state.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $a);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $b);
socket_write($a[1], "n=$n");
$r = ['quiet' => $b[0], 'ready' => $a[0]];
$w = $e = null;
$ready = socket_select($r, $w, $e, 5);
$data = socket_read($a[0], 100);
$r2 = [$a[0], $b[0]];
$t0 = microtime(true);
$none = socket_select($r2, $w, $e, 0, 50000);
$waited = microtime(true) - $t0;
$leave = leave_behind();
reply(['ready' => $ready, 'keys' => array_keys($r), 'data' => $data, 'timeout' => $none,
       'waited_ok' => $waited >= 0.045 && $waited < 2, 'left' => $leave]);
