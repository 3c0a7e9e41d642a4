--TEST--
SO_LINGER / SO_RCVTIMEO / SO_SNDTIMEO values must be arrays with the required keys, else ValueError
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
<?php if (PHP_VERSION_ID >= 80400) die('skip PHP 8.2 behaviour: 8.4 throws TypeError for a value that is not an array (option_linger_timeo_values_php84.phpt)'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$cases = [
    [SO_LINGER, ['l_onoff' => 1]],
    [SO_LINGER, ['l_linger' => 1]],
    [SO_LINGER, []],
    [SO_LINGER, 5],
    [SO_LINGER, [1, 5]],
    [SO_RCVTIMEO, ['sec' => 1]],
    [SO_RCVTIMEO, ['usec' => 1]],
    [SO_RCVTIMEO, 3],
    [SO_SNDTIMEO, ['sec' => 1]],
    [SO_SNDTIMEO, [1, 2]],
];
foreach ($cases as [$opt, $val]) {
    try {
        var_dump(socket_set_option($s, SOL_SOCKET, $opt, $val));
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER), socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
?>
--EXPECT--
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_linger"
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
ValueError: socket_set_option(): Argument #4 ($value) must have key "usec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "usec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
array(2) {
  ["l_onoff"]=>
  int(0)
  ["l_linger"]=>
  int(0)
}
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(0)
}
