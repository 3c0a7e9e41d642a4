--TEST--
4 MiB sent by a child process over TCP arrives complete and in order via socket_recv until EOF
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/child.inc';
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $h, $port);
$child = php_child_start(<<<'PHP'
pcntl_alarm(120);
$port = (int) $argv[1];
mt_srand(42);
// Built in 4 KiB pieces joined once: appending 4 bytes a million times reallocates the string
// each time, which is quadratic under USE_ZEND_ALLOC=0 with ASan (every realloc copies).
$parts = [];
for ($i = 0; $i < 1024; $i++) {
    $words = [];
    for ($j = 0; $j < 1024; $j++) { $words[] = mt_rand(); }
    $parts[] = pack('N*', ...$words);
}
$data = implode('', $parts);
unset($parts);
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($s, '127.0.0.1', $port);
echo "READY ", md5($data), "\n";
$off = 0;
while ($off < strlen($data)) {
    $n = socket_write($s, substr($data, $off, 100000 + $off % 7919));
    if ($n === false) { echo "ERR ", socket_last_error($s), "\n"; exit(1); }
    $off += $n;
}
socket_close($s);
PHP, [$port]);
$c = socket_accept($l);
socket_set_option($c, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 60, 'usec' => 0]);
$got = [];
$reads = 0;
while (true) {
    $n = socket_recv($c, $buf, 65536, 0);
    if ($n === false) { echo "recv failed: ", socket_last_error($c), "\n"; break; }
    if ($n === 0) break;
    $got[] = $buf;
    $reads++;
}
$got = implode('', $got);
var_dump(strlen($got), md5($got) === $child['ready'], $reads > 1);
var_dump(php_child_wait($child, 60));
php_child_stop($child);
?>
--EXPECT--
int(4194304)
bool(true)
bool(true)
int(0)
