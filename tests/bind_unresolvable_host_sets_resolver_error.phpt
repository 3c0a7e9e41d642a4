--TEST--
socket_bind()/socket_connect() with an unresolvable host name warn "Host lookup failed" with a resolver code below -10000
--DESCRIPTION--
Resolver failures are reported as -(10000 + h_errno); socket_strerror() turns them back into the
hstrerror() text. The exact h_errno depends on the resolver (NXDOMAIN vs no network), so the code
is matched loosely but must be one of the four resolver codes and agree with socket_strerror().
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$codes = [-10001, -10002, -10003, -10004];
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($s, 'no-such-host.invalid', 0));
$e = socket_last_error($s);
var_dump(in_array($e, $codes, true), socket_last_error() === $e);
var_dump(socket_strerror($e) === ['Unknown host', 'Host name lookup failure', 'Unknown server error', 'No address associated with name'][-$e - 10001]);
var_dump(socket_connect($s, 'no-such-host.invalid', 80));
var_dump(in_array(socket_last_error($s), $codes, true));
?>
--EXPECTF--
Warning: socket_bind(): Host lookup failed [-1000%d]: %s in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)

Warning: socket_connect(): Host lookup failed [-1000%d]: %s in %s on line %d
bool(false)
bool(true)
