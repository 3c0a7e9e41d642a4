--TEST--
socket_create() with an unknown domain throws ValueError and creates nothing
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
foreach ([-1, 0, 3, 17, PHP_INT_MAX] as $d) {
    try {
        var_dump(socket_create($d, SOCK_STREAM, 0));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
