--TEST--
examples/phpcn_client.php (seed 003, php.cn tutorial): sends its message, prints the server's reply
--DESCRIPTION--
Part 1: the test plays the server on 127.0.0.1 port 0: it checks the bytes the client sends
("Ho\r\nfirst blood\r\n"), answers, closes, and checks what the client printed and its exit code.
Part 2: end to end with examples/phpcn_server.php (limited to one connection), the client given
its own message as third argument.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets extension not loaded');
if (!function_exists('proc_open')) die('skip proc_open not available');
?>
--FILE--
<?php
require __DIR__ . '/include/examples.inc';

echo "-- against the test --\n";
$listener = ex_listener($port);
$child = ex_start('phpcn_client.php', ['127.0.0.1', (string) $port]);
$conn = ex_accept($listener);
var_dump(ex_read_until($conn, "first blood\r\n"));
socket_write($conn, "reply from the test\n");
socket_close($conn);
socket_close($listener);
echo str_replace("'$port'", "'PORT'", implode("\n", ex_lines_until_exit($child))), "\n";
echo ex_describe(ex_wait_exit($child)), "\n";
php_child_stop($child);

echo "-- against phpcn_server.php --\n";
$server = ex_start('phpcn_server.php', ['127.0.0.1', '0', '1']);
$port = ex_listen($server);
$child = ex_start('phpcn_client.php', ['127.0.0.1', (string) $port, 'hello server']);
// The server writes its greeting and its reply separately: the client may read them as one chunk
// or two, so the per-chunk headers are removed before comparing.
$lines = array_filter(ex_lines_until_exit($child), fn($l) => $l !== 'Reply received from the server (接收服务器回传信息成功！)');
$out = str_replace(['Received (接受的内容为): ', "'$port'"], ['', "'PORT'"], implode("\n", $lines));
echo $out, "\n";
echo ex_describe(ex_wait_exit($child)), "\n";
echo implode("\n", ex_lines_until_exit($server)), "\n";
echo ex_describe(ex_wait_exit($server)), "\n";
php_child_stop($child);
php_child_stop($server);
?>
--EXPECT--
-- against the test --
string(17) "Ho
first blood
"
TCP/IP Connection
OK.
Connecting to '127.0.0.1' port 'PORT' (试图连接)...
Connection OK (连接OK)
Message sent to the server (发送到服务器信息成功！)
Sent (发送的内容为): Ho
first blood

Reply received from the server (接收服务器回传信息成功！)
Received (接受的内容为): reply from the test
Closing socket (关闭SOCKET)...
Closed OK (关闭OK)
exit 0
-- against phpcn_server.php --
TCP/IP Connection
OK.
Connecting to '127.0.0.1' port 'PORT' (试图连接)...
Connection OK (连接OK)
Message sent to the server (发送到服务器信息成功！)
Sent (发送的内容为): hello server
测试成功！(test successful!)
收到的信息 (received): hello server
Closing socket (关闭SOCKET)...
Closed OK (关闭OK)
exit 0
Test successful (测试成功了啊)
收到的信息 (received): hello server
Served 1 connections, bye.
exit 0
