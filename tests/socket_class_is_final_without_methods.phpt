--TEST--
Socket class is final, has no methods, properties, parent or interfaces
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$rc = new ReflectionClass('Socket');
var_dump($rc->isFinal());
var_dump($rc->isInternal());
var_dump($rc->getParentClass());
var_dump($rc->getInterfaceNames());
var_dump(count($rc->getMethods()));
var_dump(count($rc->getProperties()));
var_dump($rc->getConstructor());
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump($s instanceof Socket, get_class($s));
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
array(0) {
}
int(0)
int(0)
NULL
bool(true)
string(6) "Socket"
