--TEST--
socket_read() PHP_NORMAL_READ of a line longer than $length returns $length bytes and leaves the rest
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
$line = str_repeat('abcdefghij', 50) . "\n";    // 501 bytes
socket_write($b, $line . "next\n");
$parts = [];
do {
    $chunk = socket_read($a, 64, PHP_NORMAL_READ);
    $parts[] = strlen($chunk);
} while ($chunk !== false && substr($chunk, -1) !== "\n");
echo implode(',', $parts), "\n";
var_dump(json_encode(socket_read($a, 100, PHP_NORMAL_READ)));
// exact fits: line of length-1 plus "\n", and line of exactly length
socket_write($b, "abc\nabcd\n");
var_dump(json_encode(socket_read($a, 4, PHP_NORMAL_READ)));
var_dump(json_encode(socket_read($a, 4, PHP_NORMAL_READ)));
var_dump(json_encode(socket_read($a, 4, PHP_NORMAL_READ)));
socket_write($b, "xy\n");
var_dump(json_encode(socket_read($a, 1, PHP_NORMAL_READ)));
var_dump(json_encode(socket_read($a, 1, PHP_NORMAL_READ)));
var_dump(json_encode(socket_read($a, 1, PHP_NORMAL_READ)));
?>
--EXPECT--
64,64,64,64,64,64,64,53
string(8) ""next\n""
string(7) ""abc\n""
string(6) ""abcd""
string(4) ""\n""
string(3) ""x""
string(3) ""y""
string(4) ""\n""
