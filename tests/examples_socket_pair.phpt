--TEST--
examples/socket_pair.php (seed 004, socket_create_pair()): write on one end, read on the other
--DESCRIPTION--
Runs the example as a child process (like a user would) and checks its whole output and exit code:
the 10 bytes written on $sockets[0] are read back from $sockets[1].
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets extension not loaded');
if (!function_exists('proc_open')) die('skip proc_open not available');
?>
--FILE--
<?php
require __DIR__ . '/include/examples.inc';

$child = ex_start('socket_pair.php');
var_dump(ex_output_until_exit($child));
echo ex_describe(ex_wait_exit($child)), "\n";
var_dump(trim($child['err'] . stream_get_contents($child['pipes'][2])));
php_child_stop($child);
?>
--EXPECT--
string(24) "string(10) "ABCdef123
"
"
exit 0
string(0) ""
