--TEST--
SO_LINGER / SO_RCVTIMEO given an object with declared properties read them as the array's keys
--DESCRIPTION--
PHP 8.4's bundled extension crashes here (segmentation fault: it looks the keys up in the
object's property table, whose declared slots are indirect). 8.2's reads the properties, as
sockets-ng does on both versions.
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80400 && phpversion('sockets') === PHP_VERSION) die('skip the bundled 8.4 extension crashes here'); ?>
--FILE--
<?php
class Linger { public $l_onoff = 1; public $l_linger = 3; }
class Timeout { public $sec = 2; public $usec = 0; }
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, new Linger), socket_get_option($s, SOL_SOCKET, SO_LINGER));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, new Timeout), socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
?>
--EXPECT--
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(3)
}
bool(true)
array(2) {
  ["sec"]=>
  int(2)
  ["usec"]=>
  int(0)
}
