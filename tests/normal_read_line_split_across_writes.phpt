--TEST--
socket_read() PHP_NORMAL_READ assembles a line that arrives in several separate writes
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (!function_exists('pcntl_fork')) die('skip pcntl_fork needed');
?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
pcntl_alarm(20);
foreach (['unix' => null, 'tcp' => AF_INET] as $kind => $fam) {
    if ($fam === null) {
        socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
        [$a, $b] = $p;
    } else {
        [$a, $b] = sk_tcp_pair($fam);
    }
    $pid = sk_fork(function () use ($a, $b) {
        socket_close($a);
        foreach (["hel", "lo wo", "rld", "\n", "sec", "ond\r", "\n", "thi", "rd", "\r", "tail"] as $piece) {
            socket_write($b, $piece);
            usleep(30000);
        }
        socket_close($b);
    });
    socket_close($b);
    echo "$kind\n";
    for ($i = 0; $i < 4; $i++) {
        var_dump(json_encode(socket_read($a, 100, PHP_NORMAL_READ)));
    }
    var_dump(socket_read($a, 100, PHP_BINARY_READ)); // "tail"
    var_dump(socket_read($a, 100, PHP_BINARY_READ)); // EOF
    var_dump(sk_wait($pid));
}
?>
--EXPECT--
unix
string(15) ""hello world\n""
string(10) ""second\r""
string(4) ""\n""
string(9) ""third\r""
string(4) "tail"
string(0) ""
int(0)
tcp
string(15) ""hello world\n""
string(10) ""second\r""
string(4) ""\n""
string(9) ""third\r""
string(4) "tail"
string(0) ""
int(0)
