--TEST--
examples/http_client.php (seed 001 "Exemple 2"): HEAD request to a local HTTP server, prints the reply
--DESCRIPTION--
The test is a tiny HTTP server on 127.0.0.1 (port 0). It starts the example with host/port arguments,
accepts its connection, checks the request it sends ("HEAD / HTTP/1.0" + Host header), answers with
a header block sent in two pieces, closes, and checks everything the client printed and its exit code.
A second run against a closed port checks the connect failure path (message, exit code 1).
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets extension not loaded');
if (!function_exists('proc_open')) die('skip proc_open not available');
?>
--FILE--
<?php
require __DIR__ . '/include/examples.inc';

$listener = ex_listener($port);
$child = ex_start('http_client.php', ['127.0.0.1', (string) $port]);

$conn = ex_accept($listener);
var_dump($conn instanceof Socket);
$request = ex_read_until($conn, "\r\n\r\n");
var_dump($request);
socket_write($conn, "HTTP/1.0 200 OK\r\nServer: phpt-tiny\r\n");
usleep(50000);
socket_write($conn, "Content-Type: text/html\r\nContent-Length: 1234\r\n\r\n");
socket_close($conn);

$out = ex_lines_until_exit($child);
echo str_replace("'$port'", "'PORT'", implode("\n", $out)), "\n";
echo ex_describe(ex_wait_exit($child)), "\n";
php_child_stop($child);

// Nothing listens any more on that port: the client must say so and exit with 1.
socket_close($listener);
$child = ex_start('http_client.php', ['127.0.0.1', (string) $port]);
$out = ex_lines_until_exit($child);
echo str_replace("'$port'", "'PORT'", implode("\n", $out)), "\n";
echo ex_describe(ex_wait_exit($child)), "\n";
php_child_stop($child);
?>
--EXPECTF--
bool(true)
string(36) "HEAD / HTTP/1.0
Host: 127.0.0.1

"
TCP/IP Connection
OK.
Attempting to connect to '127.0.0.1' on port 'PORT'...OK.
Sending HTTP HEAD request...OK.
Reading response:

HTTP/1.0 200 OK
Server: phpt-tiny
Content-Type: text/html
Content-Length: 1234

Closing socket...OK.

exit 0
TCP/IP Connection
OK.
Attempting to connect to '127.0.0.1' on port 'PORT'...
Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
socket_connect() failed.
Reason: Connection refused
exit 1
