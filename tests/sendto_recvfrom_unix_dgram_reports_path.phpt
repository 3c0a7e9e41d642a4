--TEST--
AF_UNIX SOCK_DGRAM sendto/recvfrom: sender path reported when bound, "" when unbound; port untouched
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
$pa = sk_tmp_path('dga');
$pb = sk_tmp_path('dgb');
$a = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($a, $pa));
$b = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_sendto($b, "anonymous", 9, 0, $pa));
$port = 'untouched';
var_dump(socket_recvfrom($a, $buf, 100, 0, $from, $port), $buf, $from, $port);
var_dump(socket_bind($b, $pb));
var_dump(socket_sendto($b, "named", 5, 0, $pa, 999));
var_dump(socket_recvfrom($a, $buf, 100, 0, $from), $buf, $from === $pb);
var_dump(socket_sendto($a, "reply", 5, 0, $from));
var_dump(socket_recvfrom($b, $buf, 100, 0, $from2), $buf, $from2 === $pa);
unlink($pa); unlink($pb);
?>
--CLEAN--
<?php
@unlink(sys_get_temp_dir() . '/skng_dga_' . getmypid() . '.sock');
@unlink(sys_get_temp_dir() . '/skng_dgb_' . getmypid() . '.sock');
?>
--EXPECT--
bool(true)
int(9)
int(9)
string(9) "anonymous"
string(0) ""
string(9) "untouched"
bool(true)
int(5)
int(5)
string(5) "named"
bool(true)
int(5)
int(5)
string(5) "reply"
bool(true)
