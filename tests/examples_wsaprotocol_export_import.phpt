--TEST--
examples/wsaprotocol_export.php + wsaprotocol_import.php (seed 000 on Linux): one process exports its listener for the other, which imports and accepts
--DESCRIPTION--
Starts the importer (prints its pid and waits for an id), then the exporter with port 0 and that
pid: it prints "Listening on 127.0.0.1:PORT" and the id, which the test hands to the importer's
stdin. The importer listens on the imported socket, reports the same port, accepts a client (which
gets "Hello from process IMPORTER_PID") and exits; the exporter sees that, releases the id and
exits. sockets-ng only: the bundled extension has socket_wsaprotocol_info_* on Windows only.
--SKIPIF--
<?php
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: socket_wsaprotocol_info_* exist on Windows only in the bundled extension');
if (!function_exists('proc_open') || !function_exists('posix_kill')) die('skip proc_open and posix needed');
?>
--FILE--
<?php
require __DIR__ . '/include/examples.inc';
$imp = ex_start('wsaprotocol_import.php');
preg_match('/^Importer pid (\d+), waiting for an id on stdin$/', ex_line($imp), $m);
$pid = (int) $m[1];
var_dump($pid === proc_get_status($imp['proc'])['pid']);

$exp = ex_start('wsaprotocol_export.php', ['0', (string) $pid]);
$port = ex_listen($exp);
$line = ex_line($exp);
var_dump(preg_match("/^Id for process $pid: (sockets-ng:\\d+:[0-9a-f]{32})\$/", $line, $m) === 1);
fwrite($imp['pipes'][0], $m[1] . "\n");
var_dump(ex_line($imp) === "Server listening start, waiting for client connection on 127.0.0.1:$port...");

$c = ex_connect($port);
var_dump(ex_read_all($c) === "Hello from process $pid\n");
var_dump(ex_lines_until_exit($imp), ex_describe(ex_wait_exit($imp)));
var_dump(ex_lines_until_exit($exp), ex_describe(ex_wait_exit($exp)));
php_child_stop($imp);
php_child_stop($exp);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
array(1) {
  [0]=>
  string(19) "Client is connected"
}
string(6) "exit 0"
array(1) {
  [0]=>
  string(%d) "Process %d has exited, id released"
}
string(6) "exit 0"
