--TEST--
examples/phpcn_server.php (seed 003, php.cn tutorial): greeting, reply with the message, stops after 5 clients
--DESCRIPTION--
Starts the reconstructed php.cn server on 127.0.0.1 port 0 (default limit of 5 connections, as in the
seed's surviving "if (++$count >= 5) break;"). Five clients in turn send a message and read until the
server closes: each must get the greeting then "收到的信息 (received): <message>\n". After the fifth,
the server must stop by itself with exit code 0. The server's console log is checked too.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets extension not loaded');
if (!function_exists('proc_open')) die('skip proc_open not available');
?>
--FILE--
<?php
require __DIR__ . '/include/examples.inc';

$child = ex_start('phpcn_server.php', ['127.0.0.1', '0']);
$port = ex_listen($child);
var_dump($port > 0);

$greeting = "测试成功！(test successful!)\n";
for ($i = 1; $i <= 5; $i++) {
    $c = ex_connect($port);
    $msg = $i === 1 ? "Ho\r\nfirst blood\r\n" : "message $i";
    socket_write($c, $msg);
    $all = ex_read_all($c);
    socket_close($c);
    var_dump($all === $greeting . "收到的信息 (received): $msg\n");
}

echo implode("\n", ex_lines_until_exit($child)), "\n";
echo ex_describe(ex_wait_exit($child)), "\n";
php_child_stop($child);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
Test successful (测试成功了啊)
收到的信息 (received): Ho
first blood

Test successful (测试成功了啊)
收到的信息 (received): message 2
Test successful (测试成功了啊)
收到的信息 (received): message 3
Test successful (测试成功了啊)
收到的信息 (received): message 4
Test successful (测试成功了啊)
收到的信息 (received): message 5
Served 5 connections, bye.
exit 0
