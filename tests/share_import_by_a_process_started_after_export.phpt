--TEST--
socket_wsaprotocol_info_import: the target may be a PHP process that starts after the export
--DESCRIPTION--
The target pid belongs to a shell waiting on its stdin when peer A exports for it; only then
does the shell exec PHP (same pid), which imports the id and accepts on the shared listener. The
id is bound to the pid and that process's start time (exec keeps both), not to a PHP process that
was running at export time. sockets-ng only.
--SKIPIF--
<?php
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: socket_wsaprotocol_info_* exist on Windows only in the bundled extension');
if (!function_exists('proc_open')) die('skip proc_open needed');
?>
--FILE--
<?php
require __DIR__ . '/include/share.inc';
$a = share_peer();
$port = (int) substr(share_cmd($a, 'listen'), 5);
$cmd = 'read go; exec ' . php_child_cmd() . ' ' . escapeshellarg(__DIR__ . '/include/share_peer.php');
$proc = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
stream_set_blocking($pipes[1], false);
stream_set_blocking($pipes[2], false);
$late = ['proc' => $proc, 'pipes' => $pipes, 'buf' => '', 'err' => '', 'file' => null];
$pid = proc_get_status($proc)['pid'];
$id = share_id(share_cmd($a, "export $pid"));
fwrite($pipes[0], "go\n");
var_dump(share_line($late) === "READY $pid");
echo share_cmd($late, "import $id"), "\n";
echo share_cmd($late, 'accept I'), "\n";
$c = share_client_socket($port);
var_dump(share_line($late), share_read_line($c) === "served by $pid");
php_child_stop($late);
php_child_stop($a);
?>
--EXPECT--
bool(true)
OK
BLOCKING
string(8) "ACCEPTED"
bool(true)
