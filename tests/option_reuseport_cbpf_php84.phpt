--TEST--
SO_ATTACH_REUSEPORT_CBPF attaches a CPU or queue filter, 0 detaches, anything else warns
--DESCRIPTION--
PHP 8.3 added SO_ATTACH_REUSEPORT_CBPF (8.3 and 8.4 build the same two-instruction program);
sockets-ng defines the constant on PHP 8.2 too, so there it works the same way (the bundled 8.2
knows no such option: 51 is a plain integer there, which the kernel refuses).
--SKIPIF--
<?php
if (phpversion('sockets') === PHP_VERSION && PHP_VERSION_ID < 80300) die('skip the bundled extension has SO_ATTACH_REUSEPORT_CBPF since PHP 8.3');
?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($s, SOL_SOCKET, SO_REUSEPORT, true));
var_dump(socket_set_option($s, SOL_SOCKET, 51, 1));                 // not SKF_AD_CPU/QUEUE
var_dump(socket_set_option($s, SOL_SOCKET, 51, 36));                // SKF_AD_CPU
var_dump(socket_set_option($s, SOL_SOCKET, 51, 24));                // SKF_AD_QUEUE
// 0 asks for SO_DETACH_BPF before PHP 8.6, which detaches a socket filter, not the reuseport one:
// ENOENT. 8.6 asks for SO_DETACH_REUSEPORT_BPF, which detaches the filter attached above.
socket_clear_error($s);
$detached = @socket_set_option($s, SOL_SOCKET, 51, 0);
var_dump(PHP_VERSION_ID >= 80600 ? $detached && socket_last_error($s) === 0 : !$detached && socket_last_error($s) === SOCKET_ENOENT);
var_dump(socket_set_option($s, IPPROTO_IP, 51, 1));                 // IP level: a plain int
?>
--EXPECTF--
bool(true)

Warning: socket_set_option(): Unsupported CBPF filter in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
