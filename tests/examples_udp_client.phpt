--TEST--
examples/udp_client.php (seed 004, UDP客户端编程): lines from STDIN sent as datagrams, replies printed
--DESCRIPTION--
Part 1: the test plays the UDP server on 127.0.0.1 port 0: it feeds the client's STDIN line by line,
checks each datagram it receives, answers it, and checks the client's prompts and "Reply : ..." lines.
Closing STDIN must end the client with exit code 0 (the seed sent an empty datagram and died).
Part 2: end to end with examples/udp_server.php, input given all at once.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets extension not loaded');
if (!function_exists('proc_open')) die('skip proc_open not available');
?>
--FILE--
<?php
require __DIR__ . '/include/examples.inc';

echo "-- against the test --\n";
$srv = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($srv, '127.0.0.1', 0);
socket_getsockname($srv, $addr, $port);

$child = ex_start('udp_client.php', ['127.0.0.1', (string) $port]);
foreach (["first line\n", "second line\n"] as $line) {
    fwrite($child['pipes'][0], $line);
    fflush($child['pipes'][0]);
    if (!ex_wait_readable($srv, microtime(true) + 5.0)) {
        echo "no datagram\n";
        break;
    }
    socket_recvfrom($srv, $buf, 65536, 0, $from, $fromPort);
    var_dump($buf);
    socket_sendto($srv, "ANSWER " . strtoupper($buf), strlen($buf) + 7, 0, $from, $fromPort);
}
fclose($child['pipes'][0]);
echo ex_output_until_exit($child);
echo ex_describe(ex_wait_exit($child)), "\n";
php_child_stop($child);
socket_close($srv);

echo "-- against udp_server.php --\n";
$server = ex_start('udp_server.php', ['127.0.0.1', '0']);
$port = ex_listen($server);
$child = ex_start('udp_client.php', ['127.0.0.1', (string) $port]);
fwrite($child['pipes'][0], "one\ntwo\nthree\n");
fclose($child['pipes'][0]);
echo ex_output_until_exit($child);
echo ex_describe(ex_wait_exit($child)), "\n";
php_child_stop($child);
echo ex_term($server), "\n";
?>
--EXPECT--
-- against the test --
string(11) "first line
"
string(12) "second line
"
Socket created 
Enter a message to send : Reply : ANSWER FIRST LINE
Enter a message to send : Reply : ANSWER SECOND LINE
Enter a message to send : 
exit 0
-- against udp_server.php --
Socket created 
Enter a message to send : Reply : OK one
Enter a message to send : Reply : OK two
Enter a message to send : Reply : OK three
Enter a message to send : 
exit 0
terminated by SIGTERM
