--TEST--
Fault: the peer resets the connection (RST) while a read is blocked or with part of a line queued: false with ECONNRESET and a warning, as bundled
--DESCRIPTION--
A child connects, sends some bytes, waits for GO, then closes with SO_LINGER {on, 0} (the kernel
sends RST). The test is then blocked in (or about to enter) the read; either way the outcome is
the same. Rows: socket_read binary after the queued bytes were taken, PHP_NORMAL_READ with part
of a line queued, socket_recv, socket_recv with MSG_WAITALL, then socket_write after the reset.
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/child.inc';
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $h, $port);
$child_code = <<<'PHP'
pcntl_alarm(60);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', (int) $argv[1]) or exit(2);
socket_write($c, $argv[2]);
echo "READY\n";
fgets(STDIN);
usleep(200000);
socket_set_option($c, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
socket_close($c);
echo "RESET\n";
PHP;
$rows = [
    'socket_read binary, queued bytes taken first' => ['abc', function ($s) {
        var_dump(socket_read($s, 3));
        return socket_read($s, 100);
    }],
    'socket_read PHP_NORMAL_READ, partial line queued' => ['abc', fn($s) => socket_read($s, 100, PHP_NORMAL_READ)],
    'socket_recv' => ['', function ($s) { $r = socket_recv($s, $buf, 100, 0); var_dump($buf); return $r; }],
    'socket_recv MSG_WAITALL, part received' => ['abc', function ($s) { $r = socket_recv($s, $buf, 100, MSG_WAITALL); var_dump($buf); return $r; }],
];
foreach ($rows as $name => [$payload, $read]) {
    echo "--- $name\n";
    $child = php_child_start($child_code, [$port, $payload], 30.0);
    $s = socket_accept($l);
    fwrite($child['pipes'][0], "GO\n");
    $r = $read($s);
    var_dump($r, socket_last_error($s));
    var_dump(php_child_read_line($child, 30.0));
    // after the reset: reads give EOF, writes fail
    var_dump(socket_read($s, 100), @socket_write($s, 'x'), socket_last_error($s));
    socket_close($s);
    php_child_wait($child, 30.0);
    php_child_stop($child);
}
?>
--EXPECTF--
--- socket_read binary, queued bytes taken first
string(3) "abc"

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
int(104)
string(5) "RESET"
string(0) ""
bool(false)
int(32)
--- socket_read PHP_NORMAL_READ, partial line queued

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
int(104)
string(5) "RESET"
string(0) ""
bool(false)
int(32)
--- socket_recv

Warning: socket_recv(): Unable to read from socket [104]: Connection reset by peer in %s on line %d
NULL
bool(false)
int(104)
string(5) "RESET"
string(0) ""
bool(false)
int(32)
--- socket_recv MSG_WAITALL, part received
string(3) "abc"
int(3)
int(0)
string(5) "RESET"

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
bool(false)
int(32)