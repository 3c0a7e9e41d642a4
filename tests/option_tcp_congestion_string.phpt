--TEST--
TCP_CONGESTION is set with a string and read back as ['name' => string]
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (!defined('TCP_CONGESTION')) die('skip TCP_CONGESTION not available');
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
if (!@socket_set_option($s, SOL_TCP, TCP_CONGESTION, 'reno')) die('skip reno not available');
?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, 'reno'));
var_dump(socket_get_option($s, SOL_TCP, TCP_CONGESTION));
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, 'no-such-algorithm'));
var_dump(socket_get_option($s, SOL_TCP, TCP_CONGESTION));
?>
--EXPECTF--
bool(true)
array(1) {
  ["name"]=>
  string(4) "reno"
}

Warning: socket_set_option(): Unable to set socket option [2]: No such file or directory in %s on line %d
bool(false)
array(1) {
  ["name"]=>
  string(4) "reno"
}
