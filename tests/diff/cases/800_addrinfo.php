<?php
// Written while implementing this area: each call prints what it returns, warnings included.
function t($f){ try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; } }
$r = socket_addrinfo_lookup('127.0.0.1', '80', ['ai_family'=>AF_INET, 'ai_socktype'=>SOCK_STREAM]);
var_dump($r); var_dump(socket_addrinfo_explain($r[0]));
$r = socket_addrinfo_lookup('::1', '80', ['ai_socktype'=>SOCK_DGRAM, 'ai_flags'=>AI_CANONNAME]);
var_dump(socket_addrinfo_explain($r[0]));
t(fn() => socket_addrinfo_lookup('127.0.0.1', null, ['foo'=>1]));
t(fn() => socket_addrinfo_lookup('127.0.0.1', null, ['ai_family'=>-1]));
t(fn() => socket_addrinfo_lookup('127.0.0.1', null, ['ai_family'=>999999999999]));
t(fn() => socket_addrinfo_lookup('127.0.0.1', null, ['ai_family'=>AF_UNIX]));
t(fn() => socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype'=>-1]));
t(fn() => socket_addrinfo_lookup('127.0.0.1', null, ['ai_flags'=>PHP_INT_MAX]));
t(fn() => socket_addrinfo_lookup('127.0.0.1', null, ['ai_protocol'=>"abc"]));
t(fn() => socket_addrinfo_lookup('127.0.0.1', null, [5=>1]));
t(fn() => socket_addrinfo_lookup('no-such-host.invalid'));
t(fn() => socket_addrinfo_lookup(''));
t(fn() => socket_addrinfo_lookup("a\0b"));
t(fn() => count(socket_addrinfo_lookup('localhost')));
$r = socket_addrinfo_lookup('127.0.0.1', '0', ['ai_family'=>AF_INET, 'ai_socktype'=>SOCK_STREAM]);
t(fn() => $s = socket_addrinfo_bind($r[0]));
$r = socket_addrinfo_lookup('127.0.0.1', '1', ['ai_family'=>AF_INET, 'ai_socktype'=>SOCK_STREAM]);
t(fn() => socket_addrinfo_connect($r[0]));
t(fn() => new AddressInfo);
t(fn() => clone $r[0]);
t(fn() => serialize($r[0]));
var_dump((new ReflectionClass('AddressInfo'))->isFinal());
