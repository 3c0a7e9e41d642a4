--TEST--
socket_set_option does not convert the caller's SO_LINGER / SO_RCVTIMEO array in place
--DESCRIPTION--
Differs from the bundled extension on purpose: it converts the elements of the array passed
(by value) to integers, so the caller's variable changes. sockets-ng reads the values without
touching the array. The option itself is set the same way.
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension changes the array'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$linger = ['l_onoff' => "1", 'l_linger' => "2"];
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, $linger));
var_dump($linger);
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
$timeout = ['sec' => "3", 'usec' => "0"];
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, $timeout));
var_dump($timeout['sec'], socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO)['sec']);
?>
--EXPECT--
bool(true)
array(2) {
  ["l_onoff"]=>
  string(1) "1"
  ["l_linger"]=>
  string(1) "2"
}
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(2)
}
bool(true)
string(1) "3"
int(3)
