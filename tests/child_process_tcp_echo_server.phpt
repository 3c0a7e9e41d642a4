--TEST--
A TCP echo server in a child PHP process (READY <port> handshake) answers lines read with PHP_NORMAL_READ
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/child.inc';
$child = php_child_start(<<<'PHP'
pcntl_alarm(20);
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($l, SOL_SOCKET, SO_REUSEADDR, 1);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
echo "READY $port\n";
$c = socket_accept($l);
while (($line = socket_read($c, 1024, PHP_NORMAL_READ)) !== false && $line !== '') {
    if (trim($line) === '') continue;
    if (trim($line) === 'quit') break;
    socket_write($c, strtoupper(trim($line)) . "\n");
}
socket_close($c);
echo "DONE\n";
PHP);
$port = (int) $child['ready'];
var_dump($port > 0);
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 60, 'usec' => 0]);
var_dump(socket_connect($s, '127.0.0.1', $port));
foreach (["hello\n", "split ", "line\n", "crlf\r\n"] as $chunk) {
    socket_write($s, $chunk);
    usleep(20000);
}
for ($i = 0; $i < 3; $i++) {
    var_dump(json_encode(socket_read($s, 1024, PHP_NORMAL_READ)));
}
socket_write($s, "quit\n");
var_dump(socket_read($s, 1024)); // server closed
var_dump(php_child_read_line($child, 30));
var_dump(php_child_wait($child, 30));
php_child_stop($child);
?>
--EXPECT--
bool(true)
bool(true)
string(9) ""HELLO\n""
string(14) ""SPLIT LINE\n""
string(8) ""CRLF\n""
string(0) ""
string(4) "DONE"
int(0)
