--TEST--
socket_wsaprotocol_info_import: answered while the exporter is blocked in socket_accept or socket_select
--DESCRIPTION--
Peer A exports its listener for peer B, then blocks in socket_accept (no timeout): B's import
succeeds while A is still blocked (A cannot return before a connection comes, and none has been
made yet). Then B connects a client and A's accept returns with it. The same again with A blocked in
socket_select. An agent thread in A answers imports, so the main thread may block anywhere.
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
foreach (['accept', 'select'] as $how) {
    $id = share_id(share_cmd($a, "export {$b['pid']}"));
    var_dump(share_cmd($a, "$how L"));
    var_dump(share_cmd($b, "import $id"));
    // A is still blocked: its next line only comes after a connection.
    $c = share_client_socket($port);
    var_dump(share_line($a), share_read_line($c) === "served by {$a['pid']}");
    var_dump(share_cmd($b, 'close I'), share_cmd($a, "release $id"));
}
php_child_stop($a);
php_child_stop($b);
?>
--EXPECT--
string(8) "BLOCKING"
string(2) "OK"
string(8) "ACCEPTED"
bool(true)
string(2) "OK"
string(4) "true"
string(8) "BLOCKING"
string(2) "OK"
string(8) "ACCEPTED"
bool(true)
string(2) "OK"
string(4) "true"
