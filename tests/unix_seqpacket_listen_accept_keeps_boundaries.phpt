--TEST--
AF_UNIX SOCK_SEQPACKET server: listen/accept work and each read returns exactly one record
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
$path = sk_tmp_path('seqp');
$l = socket_create(AF_UNIX, SOCK_SEQPACKET, 0);
var_dump(socket_bind($l, $path), socket_listen($l));
$c = socket_create(AF_UNIX, SOCK_SEQPACKET, 0);
var_dump(socket_connect($c, $path));
$s = socket_accept($l);
var_dump(socket_get_option($s, SOL_SOCKET, SO_TYPE) === SOCK_SEQPACKET);
foreach (["rec1", "record-two", "", "3"] as $m) {
    var_dump(socket_send($c, $m, strlen($m), 0));
}
for ($i = 0; $i < 4; $i++) {
    var_dump(socket_recv($s, $buf, 100, 0), $buf);
}
socket_close($c);
var_dump(socket_recv($s, $buf, 100, 0), $buf);
unlink($path);
?>
--CLEAN--
<?php @unlink(sys_get_temp_dir() . '/skng_seqp_' . getmypid() . '.sock'); ?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
int(4)
int(10)
int(0)
int(1)
int(4)
string(4) "rec1"
int(10)
string(10) "record-two"
int(0)
NULL
int(1)
string(1) "3"
int(0)
NULL
