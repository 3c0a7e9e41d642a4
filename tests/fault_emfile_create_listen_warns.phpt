--TEST--
Fault: socket_create_listen() when descriptors run out: false with a warning and EMFILE as the last error (sockets-ng only)
--DESCRIPTION--
Intentional difference: the bundled extension looks up a host name before creating the socket;
with no descriptor left the lookup (it reads /etc/hosts) fails and socket_create_listen() returns
false with no warning and no error code. Ours creates the socket first and reports EMFILE, as
socket_create() does in the same situation. Nothing is leaked.
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled one fails silently'); ?>
<?php if (!function_exists('posix_setrlimit')) die('skip posix needed'); ?>
--FILE--
<?php
function fds(): array { $l = scandir('/proc/self/fd'); sort($l); return $l; }
$before = fds();
$limits = posix_getrlimit();
posix_setrlimit(POSIX_RLIMIT_NOFILE, count($before) - 1 + 4, (int) $limits['hard openfiles']);
$held = [];
while (($s = @socket_create(AF_INET, SOCK_DGRAM, SOL_UDP)) !== false && count($held) < 100) { $held[] = $s; }
socket_clear_error();
var_dump(socket_create_listen(0), socket_last_error());
$held = [];
posix_setrlimit(POSIX_RLIMIT_NOFILE, (int) $limits['soft openfiles'], (int) $limits['hard openfiles']);
var_dump(fds() === $before);
?>
--EXPECTF--
Warning: socket_create_listen(): unable to create listening socket [24]: Too many open files in %s on line %d
bool(false)
int(24)
bool(true)
