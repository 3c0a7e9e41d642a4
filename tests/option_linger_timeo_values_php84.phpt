--TEST--
PHP 8.4: SO_LINGER / SO_RCVTIMEO / SO_SNDTIMEO want an array (TypeError otherwise), its keys, and a 16-bit l_onoff
--SKIPIF--
<?php if (PHP_VERSION_ID < 80400) die('skip PHP 8.4 behaviour (8.2: option_array_values_missing_keys_throw.phpt)'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
foreach ([SO_LINGER, SO_RCVTIMEO, SO_SNDTIMEO] as $opt) {
    foreach ([5, "l_onoff", null, true, 1.5] as $v) {
        t(fn() => socket_set_option($s, SOL_SOCKET, $opt, $v));
    }
}
// Still at other levels than IP/IPv6, as in 8.2.
t(fn() => socket_set_option($s, SOL_TCP, SO_RCVTIMEO, 1));
t(fn() => socket_set_option($s, IPPROTO_IP, SO_RCVTIMEO, 1));
// Missing keys, as before.
t(fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1]));
t(fn() => socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['usec' => 1]));
t(fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, new stdClass));
// l_onoff outside 0..65535.
t(fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 65536, 'l_linger' => 1]));
t(fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => -1, 'l_linger' => 1]));
t(fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => "70000", 'l_linger' => 1]));
// Accepted: arrays, objects with the keys, the limits.
$o = new stdClass;
$o->l_onoff = 1;
$o->l_linger = 65535;
t(fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, $o));
t(fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
t(fn() => socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 2, 'usec' => 0]));
t(fn() => socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
?>
--EXPECT--
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_LINGER, int given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_LINGER, string given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_LINGER, null given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_LINGER, true given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_LINGER, float given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_RCVTIMEO, int given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_RCVTIMEO, string given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_RCVTIMEO, null given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_RCVTIMEO, true given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_RCVTIMEO, float given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_SNDTIMEO, int given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_SNDTIMEO, string given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_SNDTIMEO, null given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_SNDTIMEO, true given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_SNDTIMEO, float given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_RCVTIMEO, int given
bool(true)
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_linger"
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
ValueError: socket_set_option(): Argument #4 ($value) "l_onoff" must be between 0 and 65535
ValueError: socket_set_option(): Argument #4 ($value) "l_onoff" must be between 0 and 65535
ValueError: socket_set_option(): Argument #4 ($value) "l_onoff" must be between 0 and 65535
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(65535)
}
bool(true)
array(2) {
  ["sec"]=>
  int(2)
  ["usec"]=>
  int(0)
}
