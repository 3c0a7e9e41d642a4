--TEST--
Socket cannot be instantiated directly, nor through reflection without constructor
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
try {
    new Socket();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    (new ReflectionClass('Socket'))->newInstanceWithoutConstructor();
} catch (ReflectionException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
Error: Cannot directly construct Socket, use socket_create() instead
ReflectionException: Class Socket is an internal class marked as final that cannot be instantiated without invoking its constructor
