--TEST--
socket_listen() accepts backlog 0, negative and huge values (kernel clamps them)
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
foreach ([0, -5, PHP_INT_MAX, SOMAXCONN] as $backlog) {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_bind($s, '127.0.0.1', 0);
    $r = socket_listen($s, $backlog);
    socket_getsockname($s, $a, $p);
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    $ok = socket_connect($c, '127.0.0.1', $p);
    $acc = socket_accept($s);
    echo "backlog ", $backlog === PHP_INT_MAX ? 'PHP_INT_MAX' : $backlog, ": ", var_export($r, true), " ", var_export($ok, true), " ", get_debug_type($acc), "\n";
}
?>
--EXPECT--
backlog 0: true true Socket
backlog -5: true true Socket
backlog PHP_INT_MAX: true true Socket
backlog 4096: true true Socket
