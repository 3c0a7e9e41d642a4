--TEST--
socket_wsaprotocol_info_import: an id serves one import; release revokes an id and frees it
--DESCRIPTION--
As on Windows, where a WSAPROTOCOL_INFO is used once, an id serves one successful import: a second
import by the same target process is false with a warning (ECONNREFUSED). The exporter still holds
the used id until it releases it (true, then false). An id released before any import cannot be
imported. Closing the exported Socket in the exporter does not end the export: the import still
gets the listening socket (the export holds its own reference until import or release).
sockets-ng only.
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
$port = (int) substr(share_cmd($a, 'listen'), 5);
$id = share_id(share_cmd($a, "export {$b['pid']}"));
echo share_cmd($b, "import $id"), "\n";
echo share_cmd($b, "import $id"), "\n";
echo share_cmd($a, "release $id"), ' ', share_cmd($a, "release $id"), "\n";

$id = share_id(share_cmd($a, "export {$b['pid']}"));
echo share_cmd($a, "release $id"), "\n";
echo share_cmd($b, "import $id"), "\n";

$id = share_id(share_cmd($a, "export {$b['pid']}"));
echo share_cmd($a, 'close L'), "\n";
echo share_cmd($b, "import $id"), "\n";
echo share_cmd($b, 'accept I'), "\n";
$c = share_client_socket($port);
var_dump(share_line($b), share_read_line($c) === "served by {$b['pid']}");
echo share_cmd($a, "release $id"), "\n";
php_child_stop($a);
php_child_stop($b);
?>
--EXPECT--
OK
FAIL socket_wsaprotocol_info_import(): Unable to import WSA protocol info [111]: no socket is exported under this id (released or imported already)
true false
true
FAIL socket_wsaprotocol_info_import(): Unable to import WSA protocol info [111]: no socket is exported under this id (released or imported already)
OK
OK
BLOCKING
string(8) "ACCEPTED"
bool(true)
true
