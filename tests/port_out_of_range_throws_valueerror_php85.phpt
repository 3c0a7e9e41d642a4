--TEST--
PHP 8.5: a port outside 0..65535 throws ValueError in socket_bind (any family), socket_create_listen and socket_sendto (before the length check), not in socket_connect
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
<?php if (PHP_VERSION_ID < 80500) die('skip PHP 8.5 behaviour: earlier versions take the port modulo 65536'); ?>
--FILE--
<?php
function t(string $label, callable $f): void {
    try {
        $result = $f();
        echo $label, ': ', var_export($result, true), "\n";
    } catch (Throwable $e) {
        echo $label, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$path = sys_get_temp_dir() . '/skng-port-' . getmypid();
foreach ([-1, 65536, PHP_INT_MAX] as $port) {
    t("bind inet $port", fn() => socket_bind(socket_create(AF_INET, SOCK_STREAM, SOL_TCP), '127.0.0.1', $port));
    t("bind unix $port", fn() => socket_bind(socket_create(AF_UNIX, SOCK_STREAM, 0), $path, $port));
    t("bind unresolvable $port", fn() => socket_bind(socket_create(AF_INET, SOCK_STREAM, SOL_TCP), 'host.invalid', $port));
    t("create_listen $port", fn() => socket_create_listen($port));
    t("sendto inet $port", fn() => socket_sendto(socket_create(AF_INET, SOCK_DGRAM, SOL_UDP), 'x', 1, 0, '127.0.0.1', $port));
    t("sendto unix $port", fn() => socket_sendto(socket_create(AF_UNIX, SOCK_DGRAM, 0), 'x', 1, 0, $path, $port));
    t("sendto negative length $port", fn() => socket_sendto(socket_create(AF_INET, SOCK_DGRAM, SOL_UDP), 'x', -1, 0, '127.0.0.1', $port));
}
var_dump(file_exists($path));
// socket_connect has no such check: the kernel sees the port modulo 65536.
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(@socket_connect($c, '127.0.0.1', 65536), socket_last_error($c) === SOCKET_ECONNREFUSED);
// 0 and 65535 are in range.
var_dump(socket_bind(socket_create(AF_INET, SOCK_DGRAM, SOL_UDP), '127.0.0.1', 0));
var_dump(socket_create_listen(0) instanceof Socket);
?>
--CLEAN--
<?php @unlink(sys_get_temp_dir() . '/skng-port-' . getmypid()); ?>
--EXPECTF--
bind inet -1: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
bind unix -1: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
bind unresolvable -1: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
create_listen -1: ValueError: socket_create_listen(): Argument #1 ($port) must be between 0 and 65535
sendto inet -1: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
sendto unix -1: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
sendto negative length -1: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
bind inet 65536: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
bind unix 65536: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
bind unresolvable 65536: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
create_listen 65536: ValueError: socket_create_listen(): Argument #1 ($port) must be between 0 and 65535
sendto inet 65536: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
sendto unix 65536: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
sendto negative length 65536: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
bind inet %d: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
bind unix %d: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
bind unresolvable %d: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
create_listen %d: ValueError: socket_create_listen(): Argument #1 ($port) must be between 0 and 65535
sendto inet %d: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
sendto unix %d: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
sendto negative length %d: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
