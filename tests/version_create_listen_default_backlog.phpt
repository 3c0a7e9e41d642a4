--TEST--
socket_create_listen()'s backlog defaults to SOMAXCONN on PHP 8.4 and later, to 128 before
--DESCRIPTION--
PHP 8.4 changed the default; each PHP's bundled extension shows its own in reflection, and sockets-ng
shows the one of the PHP it runs on (the stub's #if PHP_VERSION_ID). PHP offers no way to read a
listening socket's queue length back, so the queue itself is not checked here.
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$p = (new ReflectionFunction('socket_create_listen'))->getParameters()[1];
if (PHP_VERSION_ID >= 80400) {
    var_dump($p->getDefaultValueConstantName() === 'SOMAXCONN', $p->getDefaultValue() === SOMAXCONN);
} else {
    var_dump($p->isDefaultValueConstant() === false, $p->getDefaultValue() === 128);
}
var_dump(get_class(socket_create_listen(0)));
?>
--EXPECT--
bool(true)
bool(true)
string(6) "Socket"
