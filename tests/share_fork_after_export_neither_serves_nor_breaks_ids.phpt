--TEST--
socket_wsaprotocol_info_export: a child forked after export owns none of the ids and breaks none
--DESCRIPTION--
Peer A exports two ids for peer B, then forks. The child (pcntl_fork) holds none of the ids
(release is false), has none of the agent's descriptors (it has 5 fewer: two id listeners, two
duplicates of the exported socket, the agent's eventfd) and no agent thread, and its exit (request
shutdown included) leaves A's ids working: B imports the first. A's release of the second unbinds
it at once even though a forked child is still alive: the import is refused (the agent shuts the
listener down, which also acts on the child's copy), and the name goes as soon as the child has
closed its copy, which it does right after fork. sockets-ng only.
--SKIPIF--
<?php
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: socket_wsaprotocol_info_* exist on Windows only in the bundled extension');
if (!function_exists('proc_open') || !function_exists('pcntl_fork')) die('skip proc_open and pcntl needed');
?>
--FILE--
<?php
require __DIR__ . '/include/share.inc';
$a = share_peer();
$b = share_peer();
share_cmd($a, 'listen');
$id1 = share_id(share_cmd($a, "export {$b['pid']}"));
$id2 = share_id(share_cmd($a, "export {$b['pid']}"));
preg_match('/^FDS (\d+) TASKS (\d+)$/', share_cmd($a, 'counts'), $m);
[, $fds, $tasks] = $m;
echo share_cmd($a, "fork-child release $id1"), ' ', share_line($a), "\n";
echo str_replace(['FDS ' . ($fds - 5), 'TASKS ' . ($tasks - 1)], ['FDS n-5', 'TASKS n-1'], share_cmd($a, 'fork-child counts')), ' ', share_line($a), "\n";
echo share_cmd($b, "import $id1"), "\n";

// A child that lives on while A releases: the name goes anyway.
$lingering = (int) substr(share_cmd($a, 'fork-linger'), 10);
var_dump($lingering > 0 && file_exists("/proc/$lingering"));
echo share_cmd($a, "release $id2"), "\n";
echo share_cmd($b, "import $id2"), "\n";
// The child closes its copy of the listener right after fork (the name then goes): bounded wait.
for ($i = 0; $i < 250 && str_contains(file_get_contents('/proc/net/unix'), '@' . $id2); $i++) {
    usleep(20000);
}
var_dump(str_contains(file_get_contents('/proc/net/unix'), '@' . $id2));
php_child_stop($a);
php_child_stop($b);
?>
--EXPECT--
false FORKED
FDS n-5 TASKS n-1 FORKED
OK
bool(true)
true
FAIL socket_wsaprotocol_info_import(): Unable to import WSA protocol info [111]: no socket is exported under this id (released or imported already)
bool(false)
