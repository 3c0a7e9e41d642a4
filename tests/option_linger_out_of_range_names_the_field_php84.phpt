--TEST--
PHP 8.4: an l_linger outside 0..65535 is a ValueError that names "l_linger"
--DESCRIPTION--
PHP 8.4's bundled extension throws the same ValueError but prints the bytes of the value's zval
(or of a string's address) where the key's name belongs, e.g. "\xff\xff\xff\xff\xff\xff\xff\xff\x04"
for -1; sockets-ng names the key, as it does for l_onoff.
--SKIPIF--
<?php if (PHP_VERSION_ID < 80400) die('skip PHP 8.4 behaviour'); ?>
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled message shows memory, not the key'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach ([-1, 65536, PHP_INT_MAX, "70000"] as $v) {
    try {
        var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => $v]));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]));
?>
--EXPECT--
socket_set_option(): Argument #4 ($value) "l_linger" must be between 0 and 65535
socket_set_option(): Argument #4 ($value) "l_linger" must be between 0 and 65535
socket_set_option(): Argument #4 ($value) "l_linger" must be between 0 and 65535
socket_set_option(): Argument #4 ($value) "l_linger" must be between 0 and 65535
bool(true)
