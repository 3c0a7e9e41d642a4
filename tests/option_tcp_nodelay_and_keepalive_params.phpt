--TEST--
TCP level options: TCP_NODELAY, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT round-trip; invalid values fail
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_TCP, TCP_NODELAY));
var_dump(socket_set_option($s, SOL_TCP, TCP_NODELAY, 1));
var_dump(socket_get_option($s, SOL_TCP, TCP_NODELAY) !== 0);
foreach (['TCP_KEEPIDLE' => [TCP_KEEPIDLE, 77], 'TCP_KEEPINTVL' => [TCP_KEEPINTVL, 11], 'TCP_KEEPCNT' => [TCP_KEEPCNT, 4]] as $n => [$opt, $v]) {
    echo $n, ': ', var_export(socket_set_option($s, SOL_TCP, $opt, $v), true), ' ', socket_get_option($s, SOL_TCP, $opt), "\n";
}
var_dump(socket_set_option($s, SOL_TCP, TCP_KEEPCNT, 0));
var_dump(socket_last_error($s));
var_dump(socket_get_option($s, SOL_TCP, TCP_KEEPCNT));
// TCP options on a connected socket still work
require __DIR__ . '/include/sockets.inc';
[$c, $srv] = sk_tcp_pair();
var_dump(socket_set_option($c, SOL_TCP, TCP_NODELAY, 1), socket_get_option($c, SOL_TCP, TCP_NODELAY) !== 0);
var_dump(TCP_NODELAY, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT);
?>
--EXPECTF--
int(0)
bool(true)
bool(true)
TCP_KEEPIDLE: true 77
TCP_KEEPINTVL: true 11
TCP_KEEPCNT: true 4

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
int(22)
int(4)
bool(true)
bool(true)
int(1)
int(4)
int(5)
int(6)
