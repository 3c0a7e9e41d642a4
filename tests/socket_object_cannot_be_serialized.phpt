--TEST--
Socket objects cannot be serialized or unserialized
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
try {
    serialize($s);
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    serialize([1, ['x' => $s]]);
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    unserialize('O:6:"Socket":0:{}');
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
Exception: Serialization of 'Socket' is not allowed
Exception: Serialization of 'Socket' is not allowed
Exception: Unserialization of 'Socket' is not allowed
