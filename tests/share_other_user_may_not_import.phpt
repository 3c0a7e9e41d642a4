--TEST--
socket_wsaprotocol_info_import: a process of another user gets false and a warning
--DESCRIPTION--
This test process exports a socket for a peer's pid, then forks a child that switches to the user
"nobody" and tries to import: false with a warning, and the peer imports the id afterwards.
Needs root (to switch users). sockets-ng only.
--SKIPIF--
<?php
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: socket_wsaprotocol_info_* exist on Windows only in the bundled extension');
if (!function_exists('proc_open') || !function_exists('pcntl_fork')) die('skip proc_open and pcntl needed');
if (posix_geteuid() !== 0 || posix_getpwnam('nobody') === false) die('skip needs root and a user "nobody"');
?>
--FILE--
<?php
require __DIR__ . '/include/share.inc';
$b = share_peer();
$pair = [];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$id = socket_wsaprotocol_info_export($pair[0], $b['pid']);
$nobody = posix_getpwnam('nobody');
$pid = pcntl_fork();
if ($pid === 0) {
    posix_setgid($nobody['gid']);
    posix_setuid($nobody['uid']);
    $s = socket_wsaprotocol_info_import($id);
    echo 'as ', posix_getpwuid(posix_geteuid())['name'], ': ', var_export($s, true), ' ', socket_last_error(), "\n";
    exit(0);
}
pcntl_waitpid($pid, $status);
echo share_cmd($b, "import $id"), "\n";
var_dump(socket_wsaprotocol_info_release($id));
php_child_stop($b);
?>
--EXPECTF--
Warning: socket_wsaprotocol_info_import(): Unable to import WSA protocol info [1]: the id was exported for another process in %s on line %d
as nobody: false 1
OK
bool(true)
