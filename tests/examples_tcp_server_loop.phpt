--TEST--
examples/tcp_server_loop.php (seed 004, TCP服务器端编程 with accept in a loop): one exchange per client, forever
--DESCRIPTION--
Starts the looping server on 127.0.0.1 port 0. Three clients in turn send a message; each must get
"OK .. <message>" and then the end of the stream right away (the seed never closed the client socket,
so a client saw the end only when the next one connected). Binary data goes through unchanged.
The server is still running afterwards and is stopped with SIGTERM.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets extension not loaded');
if (!function_exists('proc_open')) die('skip proc_open not available');
?>
--FILE--
<?php
require __DIR__ . '/include/examples.inc';

$child = ex_start('tcp_server_loop.php', ['127.0.0.1', '0']);
$port = ex_listen($child);
var_dump($port > 0, count($child['before']));

foreach (["first\n", "second one\n", "bin\x00\xff\r\n"] as $msg) {
    $c = ex_connect($port);
    socket_write($c, $msg);
    $reply = ex_read_until($c, "\n");
    var_dump($reply === "OK .. $msg", ex_is_eof($c, 30));
    socket_close($c);
}

for ($i = 0; $i < 4; $i++) {
    echo preg_replace('/^Client 127\.0\.0\.1 : \d+ is/', 'Client 127.0.0.1 : PORT is', ex_line($child)), "\n";
}
echo ex_term($child), "\n";
?>
--EXPECT--
bool(true)
int(3)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
Waiting for incoming connections... 
Client 127.0.0.1 : PORT is now connected to us. 
Client 127.0.0.1 : PORT is now connected to us. 
Client 127.0.0.1 : PORT is now connected to us. 
terminated by SIGTERM
