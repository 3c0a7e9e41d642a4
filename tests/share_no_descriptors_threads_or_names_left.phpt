--TEST--
socket_wsaprotocol_info_*: no descriptor, thread or abstract name is left in either process
--DESCRIPTION--
Counts /proc/self/fd and /proc/self/task in the exporter (peer A) and the importer (peer B) before
and after. A exports three ids (one agent thread, three listeners, three duplicates), B imports one
and closes it; after A releases all three, both processes have what they had before and no
"@sockets-ng:<A's pid>:" name is bound in /proc/net/unix. The importer never starts a thread.
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
share_cmd($a, 'listen');
function names_of(array $peer): string
{
    $mine = array_filter(explode(' ', share_cmd($peer, 'names')), fn($n) => str_starts_with($n, "sockets-ng:{$peer['pid']}:"));
    return count($mine) . ' names';
}
$a0 = share_cmd($a, 'counts');
$b0 = share_cmd($b, 'counts');
$ids = [];
for ($i = 0; $i < 3; $i++) {
    $ids[] = share_id(share_cmd($a, "export {$b['pid']}"));
}
preg_match('/^FDS (\d+) TASKS (\d+)$/', $a0, $before);
preg_match('/^FDS (\d+) TASKS (\d+)$/', share_cmd($a, 'counts'), $during);
var_dump($during[1] - $before[1], $during[2] - $before[2], names_of($a));
echo share_cmd($b, "import {$ids[1]}"), "\n";
preg_match('/^FDS (\d+) TASKS (\d+)$/', share_cmd($b, 'counts'), $bm);
preg_match('/^FDS (\d+) TASKS (\d+)$/', $b0, $bb);
var_dump($bm[1] - $bb[1], $bm[2] - $bb[2]);
echo share_cmd($b, 'close I'), "\n";
foreach ($ids as $id) {
    echo share_cmd($a, "release $id"), "\n";
}
var_dump(share_cmd($a, 'counts') === $a0, share_cmd($b, 'counts') === $b0, names_of($a));
php_child_stop($a);
php_child_stop($b);
?>
--EXPECT--
int(7)
int(1)
string(7) "3 names"
OK
int(1)
int(0)
OK
true
true
true
bool(true)
bool(true)
string(7) "0 names"
