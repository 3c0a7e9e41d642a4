--TEST--
socket_send(MSG_OOB) marks urgent data: select lists the receiver in the except set, socket_recv(MSG_OOB) gets the byte
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
[$c, $s] = sk_tcp_pair();
var_dump(socket_send($c, "ab", 2, 0));
var_dump(socket_send($c, "!", 1, MSG_OOB));
sk_wait_urgent($s);
$r = ['r' => $s]; $w = null; $e = ['e' => $s];
var_dump(socket_select($r, $w, $e, 30), array_keys($r), array_keys($e));
var_dump(socket_recv($s, $buf, 10, MSG_OOB), $buf);
var_dump(socket_recv($s, $buf, 10, 0), $buf);
var_dump(socket_set_option($s, SOL_SOCKET, SO_OOBINLINE, 1), socket_get_option($s, SOL_SOCKET, SO_OOBINLINE));
?>
--EXPECT--
int(2)
int(1)
int(2)
array(1) {
  [0]=>
  string(1) "r"
}
array(1) {
  [0]=>
  string(1) "e"
}
int(1)
string(1) "!"
int(2)
string(2) "ab"
bool(true)
int(1)
