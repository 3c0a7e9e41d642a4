--TEST--
examples/tcp_client.php (seed 004, TCP客户端编程): socket_send a GET request, socket_recv 2045 bytes with MSG_WAITALL
--DESCRIPTION--
The test plays the web server on 127.0.0.1 port 0.
1) A long reply (3000 bytes, sent in three pieces): MSG_WAITALL must gather exactly the first 2045 bytes
   across the pieces, and the client prints exactly those.
2) A short reply then close: MSG_WAITALL returns what arrived before the end of the stream.
3) A closed port: "Could not connect: [111] ..." and exit code 1.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets extension not loaded');
if (!function_exists('proc_open')) die('skip proc_open not available');
?>
--FILE--
<?php
require __DIR__ . '/include/examples.inc';

$head = "Socket created \nConnection established \nMessage send successfully \n";

echo "-- long reply --\n";
$listener = ex_listener($port);
$child = ex_start('tcp_client.php', ['127.0.0.1', (string) $port]);
$conn = ex_accept($listener);
var_dump(ex_read_until($conn, "\r\n\r\n"));
$body = str_repeat("0123456789abcdef", 200);
$reply = "HTTP/1.1 200 OK\r\nContent-Length: " . strlen($body) . "\r\nConnection: close\r\n\r\n" . $body;
$reply = substr($reply, 0, 3000);
foreach (str_split($reply, 1000) as $piece) {
    socket_write($conn, $piece);
    usleep(30000);
}
$out = ex_output_until_exit($child);
socket_close($conn);
var_dump(strlen($out) - strlen($head), $out === $head . substr($reply, 0, 2045));
echo ex_describe(ex_wait_exit($child)), "\n";
php_child_stop($child);

echo "-- short reply --\n";
$child = ex_start('tcp_client.php', ['localhost', (string) $port]);
$conn = ex_accept($listener);
var_dump(ex_read_until($conn, "\r\n\r\n"));
socket_write($conn, "HTTP/1.1 204 No Content\r\n\r\n");
socket_close($conn);
echo ex_output_until_exit($child);
echo ex_describe(ex_wait_exit($child)), "\n";
php_child_stop($child);

echo "-- nobody listening --\n";
socket_close($listener);
$child = ex_start('tcp_client.php', ['127.0.0.1', (string) $port]);
echo ex_output_until_exit($child);
echo ex_describe(ex_wait_exit($child)), "\n";
php_child_stop($child);
?>
--EXPECTF--
-- long reply --
string(54) "GET / HTTP/1.1
Host: 127.0.0.1
Connection: close

"
int(2045)
bool(true)
exit 0
-- short reply --
string(54) "GET / HTTP/1.1
Host: localhost
Connection: close

"
Socket created 
Connection established 
Message send successfully 
HTTP/1.1 204 No Content

exit 0
-- nobody listening --
Socket created 

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
Could not connect: [111] Connection refused 
exit 1
