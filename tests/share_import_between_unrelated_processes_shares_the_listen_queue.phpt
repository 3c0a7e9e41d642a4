--TEST--
socket_wsaprotocol_info_import: two unrelated processes share one listening queue
--DESCRIPTION--
Peers A and B are separate PHP processes (siblings, neither forked the other). A listens on a
loopback port and exports the listener for B's pid; B imports it. A connection made before B
imported waits in the queue and is accepted by B; later connections are accepted by whichever
process calls accept and served there (each answers with its own pid). sockets-ng only: the bundled
extension has these functions on Windows only.
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
var_dump(preg_match('/^sockets-ng:' . $a['pid'] . ':[0-9a-f]{32}$/', $id) === 1);

// Queued before the import: only the queue itself can carry it to B.
$early = share_client_socket($port);
var_dump(share_cmd($b, "import $id"));
var_dump(share_cmd($b, 'accept I'), share_line($b));
var_dump(share_read_line($early) === "served by {$b['pid']}");

var_dump(share_cmd($a, 'accept L'));
$c1 = share_client_socket($port);
var_dump(share_line($a), share_read_line($c1) === "served by {$a['pid']}");

var_dump(share_cmd($b, 'accept I'));
$c2 = share_client_socket($port);
var_dump(share_line($b), share_read_line($c2) === "served by {$b['pid']}");

var_dump(share_cmd($a, "release $id"));
php_child_stop($a);
php_child_stop($b);
?>
--EXPECT--
bool(true)
string(2) "OK"
string(8) "BLOCKING"
string(8) "ACCEPTED"
bool(true)
string(8) "BLOCKING"
string(8) "ACCEPTED"
bool(true)
string(8) "BLOCKING"
string(8) "ACCEPTED"
bool(true)
string(4) "true"
