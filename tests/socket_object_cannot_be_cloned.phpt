--TEST--
Socket objects cannot be cloned
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump((new ReflectionClass($s))->isCloneable());
try {
    $c = clone $s;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
// original still usable
var_dump(socket_get_option($s, SOL_SOCKET, SO_TYPE) === SOCK_STREAM);
?>
--EXPECT--
bool(false)
Error: Trying to clone an uncloneable object of class Socket
bool(true)
