--TEST--
socket_sendmsg: an IPv6 "addr" that is not a string is a conversion warning, not a crash
--DESCRIPTION--
The bundled extension reads an IPv6 address as the raw string of the value it was given: for an
array that prints '' and for null it crashes (segmentation fault, seen with php8.2-cli on Debian 12).
sockets-ng converts the value as PHP would, resolves it, and on failure words the warning as the
bundled one does for the array case ('' for anything that is not a string on 8.2; on 8.4,
as 8.4's does, the converted text: 'Array'). Intentional difference:
the bundled extension cannot run this test.
--EXTENSIONS--
sockets
--SKIPIF--
<?php
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension crashes here');
$s = @socket_create(AF_INET6, SOCK_DGRAM, 0);
if (!$s || !@socket_bind($s, '::1', 0)) die('skip no IPv6 loopback');
?>
--FILE--
<?php
$c6 = socket_create(AF_INET6, SOCK_DGRAM, 0);
foreach ([null, [], false] as $addr) {
    var_dump(socket_sendmsg($c6, ['name' => ['addr' => $addr, 'port' => 9], 'iov' => ['x']]));
    var_dump(socket_sendmsg($c6, ['name' => ['addr' => '::1', 'port' => 9], 'iov' => ['x'],
        'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => $addr, 'ifindex' => 1]]]]));
}
echo "alive\n";
?>
--EXPECTF--
Warning: socket_sendmsg(): Host lookup failed [%i]: %s in %s on line %d

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > addr): could not resolve address '' to get an AF_INET6 address in %s on line %d
bool(false)

Warning: socket_sendmsg(): Host lookup failed [%i]: %s in %s on line %d

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > addr): could not resolve address '' to get an AF_INET6 address in %s on line %d
bool(false)

Warning: Array to string conversion in %s on line %d

Warning: socket_sendmsg(): Host lookup failed [%i]: %s in %s on line %d

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > addr): could not resolve address '%r(Array)?%r' to get an AF_INET6 address in %s on line %d
bool(false)

Warning: Array to string conversion in %s on line %d

Warning: socket_sendmsg(): Host lookup failed [%i]: %s in %s on line %d

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > addr): could not resolve address '%r(Array)?%r' to get an AF_INET6 address in %s on line %d
bool(false)

Warning: socket_sendmsg(): Host lookup failed [%i]: %s in %s on line %d

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > addr): could not resolve address '' to get an AF_INET6 address in %s on line %d
bool(false)

Warning: socket_sendmsg(): Host lookup failed [%i]: %s in %s on line %d

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > addr): could not resolve address '' to get an AF_INET6 address in %s on line %d
bool(false)
alive
