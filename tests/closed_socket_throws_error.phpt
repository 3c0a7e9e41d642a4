--TEST--
Every function given a closed Socket throws Error "has already been closed"
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_close($s));
$buf = null; $addr = null; $port = null;
$calls = [
    'socket_close'       => fn() => socket_close($s),
    'socket_bind'        => fn() => socket_bind($s, '127.0.0.1', 0),
    'socket_listen'      => fn() => socket_listen($s),
    'socket_accept'      => fn() => socket_accept($s),
    'socket_connect'     => fn() => socket_connect($s, '127.0.0.1', 1),
    'socket_read'        => fn() => socket_read($s, 10),
    'socket_write'       => fn() => socket_write($s, 'x'),
    'socket_recv'        => function () use ($s) { return socket_recv($s, $buf, 10, 0); },
    'socket_send'        => fn() => socket_send($s, 'x', 1, 0),
    'socket_recvfrom'    => function () use ($s) { return socket_recvfrom($s, $buf, 10, 0, $addr, $port); },
    'socket_sendto'      => fn() => socket_sendto($s, 'x', 1, 0, '127.0.0.1', 1),
    'socket_shutdown'    => fn() => socket_shutdown($s),
    'socket_set_block'   => fn() => socket_set_block($s),
    'socket_set_nonblock'=> fn() => socket_set_nonblock($s),
    'socket_getsockname' => function () use ($s) { return socket_getsockname($s, $addr); },
    'socket_getpeername' => function () use ($s) { return socket_getpeername($s, $addr); },
    'socket_get_option'  => fn() => socket_get_option($s, SOL_SOCKET, SO_TYPE),
    'socket_getopt'      => fn() => socket_getopt($s, SOL_SOCKET, SO_TYPE),
    'socket_set_option'  => fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 1),
    'socket_setopt'      => fn() => socket_setopt($s, SOL_SOCKET, SO_REUSEADDR, 1),
    'socket_last_error'  => fn() => socket_last_error($s),
    'socket_clear_error' => fn() => socket_clear_error($s),
];
foreach ($calls as $name => $f) {
    try {
        $f();
        echo "$name: no exception\n";
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
NULL
Error: socket_close(): Argument #1 ($socket) has already been closed
Error: socket_bind(): Argument #1 ($socket) has already been closed
Error: socket_listen(): Argument #1 ($socket) has already been closed
Error: socket_accept(): Argument #1 ($socket) has already been closed
Error: socket_connect(): Argument #1 ($socket) has already been closed
Error: socket_read(): Argument #1 ($socket) has already been closed
Error: socket_write(): Argument #1 ($socket) has already been closed
Error: socket_recv(): Argument #1 ($socket) has already been closed
Error: socket_send(): Argument #1 ($socket) has already been closed
Error: socket_recvfrom(): Argument #1 ($socket) has already been closed
Error: socket_sendto(): Argument #1 ($socket) has already been closed
Error: socket_shutdown(): Argument #1 ($socket) has already been closed
Error: socket_set_block(): Argument #1 ($socket) has already been closed
Error: socket_set_nonblock(): Argument #1 ($socket) has already been closed
Error: socket_getsockname(): Argument #1 ($socket) has already been closed
Error: socket_getpeername(): Argument #1 ($socket) has already been closed
Error: socket_get_option(): Argument #1 ($socket) has already been closed
Error: socket_getopt(): Argument #1 ($socket) has already been closed
Error: socket_set_option(): Argument #1 ($socket) has already been closed
Error: socket_setopt(): Argument #1 ($socket) has already been closed
Error: socket_last_error(): Argument #1 ($socket) has already been closed
Error: socket_clear_error(): Argument #1 ($socket) has already been closed
