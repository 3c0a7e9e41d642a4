--TEST--
Socket functions reject non-Socket arguments (resources, strings, null) with TypeError
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$fp = fopen('php://memory', 'r');
$calls = [
    fn() => socket_read($fp, 10),
    fn() => socket_write('socket', 'x'),
    fn() => socket_close(null),
    fn() => socket_bind(42, '127.0.0.1'),
    fn() => socket_get_option(new stdClass, SOL_SOCKET, SO_TYPE),
    fn() => socket_last_error('x'),
    fn() => socket_read(socket_create(AF_INET, SOCK_STREAM, 0), 'ten'),
    fn() => socket_create('AF_INET', SOCK_STREAM, 0),
];
foreach ($calls as $f) {
    try {
        $f();
        echo "no error\n";
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
TypeError: socket_read(): Argument #1 ($socket) must be of type Socket, resource given
TypeError: socket_write(): Argument #1 ($socket) must be of type Socket, string given
TypeError: socket_close(): Argument #1 ($socket) must be of type Socket, null given
TypeError: socket_bind(): Argument #1 ($socket) must be of type Socket, int given
TypeError: socket_get_option(): Argument #1 ($socket) must be of type Socket, stdClass given
TypeError: socket_last_error(): Argument #1 ($socket) must be of type ?Socket, string given
TypeError: socket_read(): Argument #2 ($length) must be of type int, string given
TypeError: socket_create(): Argument #1 ($domain) must be of type int, string given
