--TEST--
examples/select_server.php (seed 004, select-based server): several clients at once, full server, disconnects
--DESCRIPTION--
Starts the socket_select() server on 127.0.0.1 port 0 with at most 2 clients and checks, step by step
(reading the server's console after each step, which also keeps the steps in order):
welcome message for each client, "OK ... <line>" answers to clients talking in turn and at the same
time, a third client turned away ("Server is full") instead of the seed's busy loop, a client that
closes (the seed crashed here: socket_close(null) after unset()), a client that resets the
connection (SO_LINGER 0), its slot reused by a new client, and finally SIGTERM.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets extension not loaded');
if (!function_exists('proc_open')) die('skip proc_open not available');
?>
--FILE--
<?php
require __DIR__ . '/include/examples.inc';

function server_log(array &$child, int $n): void
{
    for ($i = 0; $i < $n; $i++) {
        $line = ex_line($child);
        echo '  log: ', $line === null ? '(nothing)' : preg_replace('/^Client 127\.0\.0\.1 : \d+ is/', 'Client 127.0.0.1 : PORT is', $line), "\n";
    }
}

$welcome = "Welcome to php socket server version 1.0 \nEnter a message and press enter, and i shall reply back \n";

$child = ex_start('select_server.php', ['127.0.0.1', '0', '2']);
$port = ex_listen($child);
var_dump($port > 0, $child['before']);
server_log($child, 1);

echo "A and B connect\n";
$a = ex_connect($port);
var_dump(ex_read_until($a, "back \n") === $welcome);
server_log($child, 1);
$b = ex_connect($port);
var_dump(ex_read_until($b, "back \n") === $welcome);
server_log($child, 1);

echo "A, then B, then both at once\n";
socket_write($a, "hello\n");
var_dump(ex_read_until($a, "\n"));
server_log($child, 1);
socket_write($b, "world\n");
var_dump(ex_read_until($b, "\n"));
server_log($child, 1);
socket_write($a, "from a\n");
socket_write($b, "from b\n");
var_dump(ex_read_until($b, "\n"), ex_read_until($a, "\n"));
server_log($child, 2);

echo "C is turned away\n";
$c = ex_connect($port);
var_dump(ex_read_all($c));
socket_close($c);
server_log($child, 1);

echo "A closes, D takes its slot\n";
socket_close($a);
server_log($child, 1);
$d = ex_connect($port);
var_dump(ex_read_until($d, "back \n") === $welcome);
server_log($child, 1);
socket_write($d, "d here\n");
var_dump(ex_read_until($d, "\n"));
server_log($child, 1);

echo "B resets the connection\n";
socket_set_option($b, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
socket_close($b);
server_log($child, 1);
socket_write($d, "still alive?\n");
var_dump(ex_read_until($d, "\n"));
server_log($child, 1);
socket_close($d);
server_log($child, 1);

echo ex_term($child), "\n";
?>
--EXPECT--
bool(true)
array(3) {
  [0]=>
  string(15) "Socket created "
  [1]=>
  string(15) "Socket bind OK "
  [2]=>
  string(17) "Socket listen OK "
}
  log: Waiting for incoming connections... 
A and B connect
bool(true)
  log: Client 127.0.0.1 : PORT is now connected to us. 
bool(true)
  log: Client 127.0.0.1 : PORT is now connected to us. 
A, then B, then both at once
string(13) "OK ... hello
"
  log: Sending output to client 
string(13) "OK ... world
"
  log: Sending output to client 
string(14) "OK ... from b
"
string(14) "OK ... from a
"
  log: Sending output to client 
  log: Sending output to client 
C is turned away
string(45) "Server is full (2 clients), try again later 
"
  log: Rejected a client: server full 
A closes, D takes its slot
  log: Client disconnected 
bool(true)
  log: Client 127.0.0.1 : PORT is now connected to us. 
string(14) "OK ... d here
"
  log: Sending output to client 
B resets the connection
  log: Client disconnected: Connection reset by peer 
string(20) "OK ... still alive?
"
  log: Sending output to client 
  log: Client disconnected 
terminated by SIGTERM
