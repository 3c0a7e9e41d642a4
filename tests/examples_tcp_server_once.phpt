--TEST--
examples/tcp_server_once.php (seed 004, TCP服务器端编程): one client, one read, "OK .. <data>", then exit
--DESCRIPTION--
Starts the single-shot server on 127.0.0.1 port 0 and checks its console messages, the reply to one
client (written once - the seed wrote it twice), that the server closes the connection, and that it
then exits by itself with code 0.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets extension not loaded');
if (!function_exists('proc_open')) die('skip proc_open not available');
?>
--FILE--
<?php
require __DIR__ . '/include/examples.inc';

$child = ex_start('tcp_server_once.php', ['127.0.0.1', '0']);
$port = ex_listen($child);
var_dump($port > 0, $child['before']);

$c = ex_connect($port);
socket_write($c, "hello server\n");
var_dump(ex_read_all($c));          // stops at the end of the stream: the server closed
socket_close($c);

$log = implode("\n", ex_lines_until_exit($child));
echo preg_replace('/^Client 127\.0\.0\.1 : \d+ is/m', 'Client 127.0.0.1 : PORT is', $log), "\n";
echo ex_describe(ex_wait_exit($child)), "\n";
php_child_stop($child);
?>
--EXPECT--
bool(true)
array(3) {
  [0]=>
  string(15) "Socket created "
  [1]=>
  string(15) "Socket bind OK "
  [2]=>
  string(17) "Socket listen OK "
}
string(19) "OK .. hello server
"
Waiting for incoming connections... 
Client 127.0.0.1 : PORT is now connected to us. 
exit 0
