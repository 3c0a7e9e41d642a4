--TEST--
SO_RCVTIMEO and SO_SNDTIMEO take and return ['sec' => .., 'usec' => ..]; out-of-range usec fails with EDOM
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 1, 'usec' => 500000]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
var_dump(socket_set_option($s, SOL_SOCKET, SO_SNDTIMEO, ['usec' => 0, 'sec' => '2']));
var_dump(socket_get_option($s, SOL_SOCKET, SO_SNDTIMEO));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 2000000]));
var_dump(socket_last_error($s));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO)); // unchanged
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 0]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
?>
--EXPECTF--
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(0)
}
bool(true)
array(2) {
  ["sec"]=>
  int(1)
  ["usec"]=>
  int(500000)
}
bool(true)
array(2) {
  ["sec"]=>
  int(2)
  ["usec"]=>
  int(0)
}

Warning: socket_set_option(): Unable to set socket option [33]: Numerical argument out of domain in %s on line %d
bool(false)
int(33)
array(2) {
  ["sec"]=>
  int(1)
  ["usec"]=>
  int(500000)
}
bool(true)
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(0)
}
