--TEST--
examples/echo_server.php (seed 001 "Exemple 1"): welcome, "PHP: You said '...'.", quit, shutdown
--DESCRIPTION--
Starts the echo server on 127.0.0.1 port 0, reads the real port from its "Listening on" line, then
talks to it like telnet would: "\r\n" and "\n" line ends (PHP_NORMAL_READ), an empty line (ignored),
'quit' (closes only this connection), a client that just hangs up (the server keeps running),
and 'shutdown' (stops the server, exit code 0). Checks the replies byte for byte and the server log.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets extension not loaded');
if (!function_exists('proc_open')) die('skip proc_open not available');
?>
--FILE--
<?php
require __DIR__ . '/include/examples.inc';

$child = ex_start('echo_server.php', ['127.0.0.1', '0']);
$port = ex_listen($child);
var_dump($port > 0, $child['before']);

$welcome = "\nWelcome to the PHP Test Server. \nTo quit, type 'quit'. To shut down the server type 'shutdown'.\n";

// First client: telnet-style lines, an empty line, then 'quit'.
$c = ex_connect($port);
var_dump(ex_read_until($c, "'shutdown'.\n") === $welcome);
socket_write($c, "hello\r\n");
var_dump(ex_read_until($c, "\n"));
socket_write($c, "\r\n");           // empty line: no answer
socket_write($c, "  spaced out  \n");
var_dump(ex_read_until($c, "\n"));
socket_write($c, "two\nlines\n");   // two lines in one packet: two answers
var_dump(ex_read_until($c, "'lines'.\n"));
socket_write($c, "quit\n");
var_dump(ex_is_eof($c));            // 'quit' closes the connection
socket_close($c);

// Second client: hangs up without 'quit'; the server must survive it.
$c = ex_connect($port);
var_dump(ex_read_until($c, "'shutdown'.\n") === $welcome);
socket_write($c, "bye\n");
var_dump(ex_read_until($c, "\n"));
socket_close($c);

// Third client: 'shutdown' stops the server.
$c = ex_connect($port);
var_dump(ex_read_until($c, "'shutdown'.\n") === $welcome);
socket_write($c, "shutdown\n");
var_dump(ex_is_eof($c));
socket_close($c);

var_dump(ex_lines_until_exit($child));
echo ex_describe(ex_wait_exit($child)), "\n";
php_child_stop($child);
?>
--EXPECT--
bool(true)
array(0) {
}
bool(true)
string(23) "PHP: You said 'hello'.
"
string(28) "PHP: You said 'spaced out'.
"
string(44) "PHP: You said 'two'.
PHP: You said 'lines'.
"
bool(true)
bool(true)
string(21) "PHP: You said 'bye'.
"
bool(true)
bool(true)
array(7) {
  [0]=>
  string(5) "hello"
  [1]=>
  string(10) "spaced out"
  [2]=>
  string(3) "two"
  [3]=>
  string(5) "lines"
  [4]=>
  string(3) "bye"
  [5]=>
  string(15) "Client hung up."
  [6]=>
  string(14) "Shutting down."
}
exit 0
