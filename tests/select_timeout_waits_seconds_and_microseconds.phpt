--TEST--
socket_select() waits for the given seconds + microseconds (microseconds may exceed one second) before returning 0
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
pcntl_alarm(20);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
foreach ([[0, 300000, 0.25], [1, 0, 0.95], [0, 1200000, 1.15]] as [$sec, $usec, $min]) {
    $r = [$p[0]]; $w = $e = null;
    $t = microtime(true);
    $n = socket_select($r, $w, $e, $sec, $usec);
    $dt = microtime(true) - $t;
    echo "$sec s $usec us: ", var_export($n, true), ' ', var_export($dt >= $min && $dt < $min + 30, true), ' ', count($r), "\n";
}
?>
--EXPECT--
0 s 300000 us: 0 true 0
1 s 0 us: 0 true 0
0 s 1200000 us: 0 true 0
