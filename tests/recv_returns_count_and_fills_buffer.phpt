--TEST--
socket_recv() returns the number of bytes and replaces the by-reference buffer with them
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($b, "0123456789\nabc");
$buf = ['not', 'a', 'string'];
var_dump(socket_recv($a, $buf, 4, 0), $buf);
var_dump(socket_recv($a, $buf, 100, 0), json_encode($buf));
socket_write($b, str_repeat("z", 70000));
$total = 0;
while ($total < 70000) {
    $n = socket_recv($a, $chunk, 70000 - $total, 0);
    if ($n === false || $n === 0) break;
    if ($n !== strlen($chunk)) echo "mismatch\n";
    $total += $n;
}
var_dump($total);
?>
--EXPECT--
int(4)
string(4) "0123"
int(10)
string(13) ""456789\nabc""
int(70000)
