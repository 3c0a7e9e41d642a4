--TEST--
SO_LINGER takes and returns an array with l_onoff and l_linger
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 5]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_linger' => '0', 'l_onoff' => '1', 'extra' => 'ignored']));
var_dump(socket_getopt($s, SOL_SOCKET, SO_LINGER));
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 0, 'l_linger' => 0]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
// linger 0 makes close() send RST: the peer sees ECONNRESET
require __DIR__ . '/include/sockets.inc';
[$c, $srv] = sk_tcp_pair();
socket_set_option($c, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
socket_close($c);
var_dump(@socket_recv($srv, $buf, 10, 0), socket_last_error($srv));
?>
--EXPECT--
array(2) {
  ["l_onoff"]=>
  int(0)
  ["l_linger"]=>
  int(0)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(5)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(0)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(0)
  ["l_linger"]=>
  int(0)
}
bool(false)
int(104)
