--TEST--
socket_wsaprotocol_info_import: only the target process may import; others get false and a warning
--DESCRIPTION--
Peer A exports its listener for peer B. Peer C (same user, another process) gets false and a
warning, as does a child forked from B itself (another pid; another user's process is refused
too: share_other_user_may_not_import.phpt). Those refusals do not use the id up: B imports it afterwards. The agent checks the importer's pid with
SO_PEERCRED and the start time of that process. sockets-ng only.
--SKIPIF--
<?php
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: socket_wsaprotocol_info_* exist on Windows only in the bundled extension');
if (!function_exists('proc_open')) die('skip proc_open needed');
?>
--FILE--
<?php
require __DIR__ . '/include/share.inc';
$a = share_peer();
$b = share_peer();
$c = share_peer();
share_cmd($a, 'listen');
$id = share_id(share_cmd($a, "export {$b['pid']}"));

echo share_cmd($c, "import $id"), "\n";
echo share_cmd($b, "fork-child import $id"), "\n", share_line($b), "\n";

echo share_cmd($b, "import $id"), "\n";
var_dump(share_cmd($a, "release $id"));
php_child_stop($a);
php_child_stop($b);
php_child_stop($c);
?>
--EXPECT--
FAIL socket_wsaprotocol_info_import(): Unable to import WSA protocol info [1]: the id was exported for another process
FAIL socket_wsaprotocol_info_import(): Unable to import WSA protocol info [1]: the id was exported for another process
FORKED
OK
string(4) "true"
