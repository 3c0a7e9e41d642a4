--TEST--
examples/legacy/http_head_client.php (seed 001 "Exemple 2", PHP 4.0 names, as written) sends HEAD to a local HTTP server and prints its answer; run through bin/php-sockets -d sockets.legacy_names=1
--DESCRIPTION--
The test is the HTTP server: a listener on 127.0.0.1, port 0. The program asks for www.php.net on
the www port; a copy of it points those two lines at the local server instead (the host name and
the service, nothing else), as a reader would to try it at home. The server checks the request
byte for byte, answers with headers and closes; the program reads the answer line by line (PHP
4.0's read()) until read() returns 0, and prints it.
--SKIPIF--
<?php
require __DIR__ . '/include/legacy.inc';
legacy_skip_unless_ours();
if (!function_exists('proc_open')) die('skip proc_open not available');
?>
--FILE--
<?php
require __DIR__ . '/include/legacy.inc';

$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l, 1);
socket_getsockname($l, $addr, $port);

$copy = legacy_example_copy('http_head_client.php', [
    "getservbyname('www', 'tcp')" => (string) $port,
    "'www.php.net'" => "'127.0.0.1'",
]);
$child = legacy_child_start($copy, ['sockets.legacy_names' => 1], true);

$r = [$l];
$w = $e = null;
$connected = socket_select($r, $w, $e, 60) === 1;
var_dump($connected);
if (!$connected) {
    // The program never connected (it failed to start, say): show why instead of blocking in
    // socket_accept until run-tests.php's timeout.
    var_dump(legacy_child_finish($child));
    exit(1);
}
$conn = socket_accept($l);
socket_set_option($conn, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 60, 'usec' => 0]);
$request = '';
while (strpos($request, "\r\n\r\n") === false && ($chunk = socket_read($conn, 1024)) !== false && $chunk !== '') {
    $request .= $chunk;
}
var_dump($request);
$response = "HTTP/1.0 200 OK\r\nServer: sockets-ng test\r\nContent-Type: text/html\r\nContent-Length: 1234\r\n\r\n";
socket_write($conn, $response);
socket_close($conn);

$result = legacy_child_finish($child);
echo $result['out'];
var_dump($result['err'], $result['exit']);
var_dump(substr_count($result['out'], $response));
@unlink($copy);
?>
--EXPECTF--
bool(true)
string(19) "HEAD / HTTP/1.0

"
<h2>TCP/IP Connection</h2>
Connexion à '127.0.0.1' on port '%d'...OK.
Envoi des entêtes HTTP HEAD...OK.
Lecture de la réponse :

HTTP/1.0 200 OK
Server: sockets-ng test
Content-Type: text/html
Content-Length: 1234

Fermeture de la socket...OK.

string(0) ""
int(0)
int(1)
