--TEST--
PHP 8.6: socket_addrinfo_lookup()'s fourth parameter receives the getaddrinfo() error (an EAI_* constant) when the lookup fails, and is left alone when it succeeds
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
<?php if (PHP_VERSION_ID < 80600) die('skip PHP 8.6 behaviour: earlier versions take three arguments'); ?>
--FILE--
<?php
$p = (new ReflectionFunction('socket_addrinfo_lookup'))->getParameters()[3];
var_dump($p->getName(), $p->isPassedByReference(), $p->getDefaultValue());
$code = 'untouched';
var_dump(is_array(socket_addrinfo_lookup('127.0.0.1', null, [], $code)), $code);
var_dump(socket_addrinfo_lookup('127.0.0.1', 'no-such-service', ['ai_socktype' => SOCK_STREAM], $code), $code === EAI_SERVICE);
var_dump(socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype' => 100], $code), $code === EAI_SOCKTYPE);
var_dump(socket_addrinfo_lookup('127.0.0.1', null, ['ai_flags' => 0x7fffffff], $code), $code === EAI_BADFLAGS);
// Bad hints throw before the lookup: the variable is not written.
$code = 'untouched';
try { socket_addrinfo_lookup('127.0.0.1', null, ['ai_family' => 'x'], $code); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($code);
// A typed property takes the int.
$o = new class { public int $code = 0; };
var_dump(socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype' => 100], $o->code), $o->code === EAI_SOCKTYPE);
// socket_cmsg_space() is declared int on 8.6.
var_dump((string) (new ReflectionFunction('socket_cmsg_space'))->getReturnType());
?>
--EXPECT--
string(10) "error_code"
bool(true)
NULL
bool(true)
string(9) "untouched"
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be of type int, string given
string(9) "untouched"
bool(false)
bool(true)
string(3) "int"
