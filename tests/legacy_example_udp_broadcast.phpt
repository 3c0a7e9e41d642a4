--TEST--
examples/legacy/udp_broadcast.php (seed 001's UDP broadcast note, PHP 4.0 names, as written) is received by a listener on the loopback broadcast address 127.255.255.255
--DESCRIPTION--
255.255.255.255, the note's address, leaves by the default route (onto the LAN of a networked
machine; unreachable, -101, where only loopback exists, as in scripts/hermetic.sh's namespace).
Linux broadcasts on loopback to 127.255.255.255, lo's broadcast address, which stays on the
machine and needs SO_BROADCAST like any broadcast address. So a copy of the program sends there,
to the port of a listener bound to 127.255.255.255 (port 0, read back) instead of 4096. The same
program without its setsockopt() line fails with -13 (EACCES), which shows the note's
setsockopt($sock, 1, 6, TRUE) is what turns broadcasting on.
--SKIPIF--
<?php
require __DIR__ . '/include/legacy.inc';
legacy_skip_unless_ours();
if (!function_exists('proc_open')) die('skip proc_open not available');
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
if (!@socket_bind($s, '127.255.255.255', 0)) die('skip cannot bind the loopback broadcast address here');
?>
--FILE--
<?php
require __DIR__ . '/include/legacy.inc';

$listener = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($listener, '127.255.255.255', 0);
socket_getsockname($listener, $addr, $port);
socket_set_option($listener, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 60, 'usec' => 0]);

echo "-- as written, sent to the loopback broadcast address\n";
$copy = legacy_example_copy('udp_broadcast.php', ["'255.255.255.255', 4096" => "'127.255.255.255', $port"]);
$child = legacy_child_start($copy, ['sockets.legacy_names' => 1]);
$r = legacy_child_finish($child);
var_dump($r['out'], $r['err'], $r['exit']);
var_dump(socket_recvfrom($listener, $data, 1024, 0, $from, $fromPort), $data, $from);
@unlink($copy);

echo "-- without its setsockopt() call\n";
$copy = legacy_example_copy('udp_broadcast.php', [
    "'255.255.255.255', 4096" => "'127.255.255.255', $port",
    "setsockopt(\$sock, 1, 6, TRUE);" => "0;",
]);
$child = legacy_child_start($copy, ['sockets.legacy_names' => 1]);
$r = legacy_child_finish($child);
var_dump($r['out'], $r['err'], $r['exit']);
socket_set_nonblock($listener);
var_dump(@socket_recvfrom($listener, $data, 1024, 0, $from, $fromPort));
@unlink($copy);
?>
--EXPECT--
-- as written, sent to the loopback broadcast address
string(0) ""
string(0) ""
int(0)
int(30)
string(30) "Hello from PHP 4.0's sendto()
"
string(9) "127.0.0.1"
-- without its setsockopt() call
string(43) "sendto() failed, error: Permission denied 
"
string(0) ""
int(0)
bool(false)
