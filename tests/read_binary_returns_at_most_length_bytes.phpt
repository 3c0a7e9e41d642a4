--TEST--
socket_read() PHP_BINARY_READ returns what is available, at most $length bytes, newlines included
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($b, "line1\nline2\r\nrest\0bin");
var_dump(json_encode(socket_read($a, 3)));
var_dump(json_encode(socket_read($a, 8, PHP_BINARY_READ)));
var_dump(json_encode(socket_read($a, 1000)));
socket_write($b, "x");
var_dump(socket_read($a, 1));
$big = str_repeat('0123456789', 1000);
socket_write($b, $big);
$got = '';
while (strlen($got) < strlen($big)) {
    $chunk = socket_read($a, 4096);
    if ($chunk === false || $chunk === '') break;
    if (strlen($chunk) > 4096) { echo "too long\n"; }
    $got .= $chunk;
}
var_dump($got === $big);
?>
--EXPECT--
string(5) ""lin""
string(11) ""e1\nline2""
string(19) ""\r\nrest\u0000bin""
string(1) "x"
bool(true)
