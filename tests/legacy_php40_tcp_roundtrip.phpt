--TEST--
sockets.legacy_names=1: socket, bind, listen, connect, accept_connect, write, read (lines by default, binary on request), close on integer descriptors over TCP loopback
--SKIPIF--
<?php require __DIR__ . '/include/legacy.inc'; legacy_skip_unless_ours(); ?>
--INI--
sockets.legacy_names=1
--FILE--
<?php
require __DIR__ . '/include/legacy.inc';

// PHP 4.0 had no getsockname(): the port is picked free first, as a user would pick one.
for ($try = 0; ; $try++) {
    $port = legacy_free_tcp_port();
    $server = socket(AF_INET, SOCK_STREAM, 0);
    $rc = bind($server, '127.0.0.1', $port);
    if ($rc === 0 || $try === 4) {
        break;
    }
    close($server);
}
var_dump(is_int($server) && $server > 2, $rc, listen($server, 5));

$client = socket(AF_INET, SOCK_STREAM, 0);
var_dump(connect($client, '127.0.0.1', $port));
$conn = accept_connect($server);
var_dump(is_int($conn) && $conn > 2 && $conn !== $client && $conn !== $server);

echo "-- write: the length given, at most the string\n";
var_dump(write($client, "first line\nsecond\rthird", 23));
var_dump(write($client, "ABCDEF", 3));
var_dump(write($client, "xy", 100));
var_dump(write($client, "ignored", 0));

echo "-- read: one line per call (\"\\n\" or \"\\r\" included), as PHP 4.0 read by default\n";
$buf = 'old';
var_dump(read($conn, $buf, 2048), $buf);
var_dump(read($conn, $buf, 2048), json_encode($buf));
echo "-- a length shorter than the line stops there\n";
var_dump(read($conn, $buf, 2), $buf);
echo "-- binary: one plain read of what is queued\n";
usleep(50000);
var_dump(read($conn, $buf, 100, true), $buf);

echo "-- setsockopt of an integer option, then the reverse direction\n";
var_dump(setsockopt($conn, SOL_SOCKET, SO_REUSEADDR, 1));
var_dump(setsockopt($conn, SOL_TCP, TCP_NODELAY, true));
var_dump(write($conn, "back\n", 5), read($client, $buf, 10), $buf);

echo "-- a typed reference that cannot hold a string: TypeError, the bytes consumed, nothing leaked\n";
class Holder { public int $n = 7; }
$h = new Holder;
write($client, "for an int\n", 11);
try {
    read($conn, $h->n, 100);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump($h->n);
try {
    read(12345, $h->n, 100);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}

echo "-- end of stream: 0 and an empty buffer, in both modes\n";
var_dump(close($client));
$buf = 'old';
var_dump(read($conn, $buf, 2048), $buf);
$buf = 'old';
var_dump(read($conn, $buf, 2048, true), $buf);

echo "-- a closed descriptor is no longer usable\n";
var_dump(close($conn), close($conn), write($conn, "x", 1));
var_dump(close($server));
?>
--EXPECT--
bool(true)
int(0)
int(0)
int(0)
bool(true)
-- write: the length given, at most the string
int(23)
int(3)
int(2)
int(0)
-- read: one line per call ("\n" or "\r" included), as PHP 4.0 read by default
int(11)
string(11) "first line
"
int(7)
string(10) ""second\r""
-- a length shorter than the line stops there
int(2)
string(2) "th"
-- binary: one plain read of what is queued
int(8)
string(8) "irdABCxy"
-- setsockopt of an integer option, then the reverse direction
int(0)
int(0)
int(5)
int(5)
string(5) "back
"
-- a typed reference that cannot hold a string: TypeError, the bytes consumed, nothing leaked
Cannot assign string to reference held by property Holder::$n of type int
int(7)
Cannot assign string to reference held by property Holder::$n of type int
-- end of stream: 0 and an empty buffer, in both modes
int(0)
int(0)
string(0) ""
int(0)
string(0) ""
-- a closed descriptor is no longer usable
int(0)
int(-9)
int(-9)
int(0)
