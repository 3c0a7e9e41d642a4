--TEST--
examples/udp_server.php (seed 004, UDP服务端编程): every datagram answered with "OK <datagram>"
--DESCRIPTION--
Starts the UDP server on 127.0.0.1 port 0 and sends it datagrams from two client sockets: each reply
must come from the server's port, go to the right client and be "OK " + the datagram - in full, also
past 100 bytes (the seed cut every reply to 100 bytes). Datagrams longer than the server's 512-byte
buffer are cut to 512 bytes, as in the seed. The console log is checked; SIGTERM stops the server.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets extension not loaded');
if (!function_exists('proc_open')) die('skip proc_open not available');
?>
--FILE--
<?php
require __DIR__ . '/include/examples.inc';

function udp_client(?int &$port): Socket
{
    $s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
    socket_bind($s, '127.0.0.1', 0);
    socket_getsockname($s, $addr, $port);
    return $s;
}

function ask(Socket $s, int $server, string $msg): string
{
    socket_sendto($s, $msg, strlen($msg), 0, '127.0.0.1', $server);
    if (!ex_wait_readable($s, microtime(true) + 5.0)) {
        return '(no reply)';
    }
    $n = socket_recvfrom($s, $buf, 65536, 0, $from, $fromPort);
    return ($fromPort === $server ? '' : "(from port $fromPort) ") . $buf;
}

function log_lines(array &$child, int $n, array $ports): void
{
    for ($i = 0; $i < $n; $i++) {
        $line = (string) ex_line($child);
        foreach ($ports as $name => $p) {
            $line = str_replace("127.0.0.1 : $p -- ", "127.0.0.1 : $name -- ", $line);
        }
        echo '  log: ', strlen($line) > 60 ? substr($line, 0, 40) . '... (' . strlen($line) . ' bytes)' : $line, "\n";
    }
}

$child = ex_start('udp_server.php', ['127.0.0.1', '0']);
$port = ex_listen($child);
var_dump($port > 0, $child['before']);
log_lines($child, 1, []);

$c1 = udp_client($p1);
$c2 = udp_client($p2);
$ports = ['C1' => $p1, 'C2' => $p2];

var_dump(ask($c1, $port, "hello\n"));
log_lines($child, 2, $ports);
var_dump(ask($c2, $port, "from the second client\n"));
log_lines($child, 2, $ports);

$long = str_repeat('x', 300) . "\n";
$reply = ask($c1, $port, $long);
var_dump(strlen($reply), $reply === "OK $long");
log_lines($child, 2, $ports);

$huge = str_repeat('y', 600) . "\n";
$reply = ask($c2, $port, $huge);
var_dump(strlen($reply), $reply === 'OK ' . substr($huge, 0, 512));

socket_close($c1);
socket_close($c2);
echo ex_term($child), "\n";
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  string(15) "Socket created "
  [1]=>
  string(15) "Socket bind OK "
}
  log: Waiting for data ... 
string(9) "OK hello
"
  log: 127.0.0.1 : C1 -- hello
  log: Waiting for data ... 
string(26) "OK from the second client
"
  log: 127.0.0.1 : C2 -- from the second client
  log: Waiting for data ... 
int(304)
bool(true)
  log: 127.0.0.1 : C1 -- xxxxxxxxxxxxxxxxxxxxxx... (318 bytes)
  log: Waiting for data ... 
int(515)
bool(true)
terminated by SIGTERM
