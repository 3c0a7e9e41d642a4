--TEST--
Socket objects dump as empty, cast to empty array and reject dynamic properties
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump($s);
var_dump((array) $s);
var_dump(json_encode($s));
try {
    $s->foo = 1;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(isset($s->foo));
socket_close($s);
var_dump($s);
?>
--EXPECTF--
object(Socket)#1 (0) {
}
array(0) {
}
string(2) "{}"
Error: Cannot create dynamic property Socket::$foo
bool(false)
object(Socket)#1 (0) {
}
