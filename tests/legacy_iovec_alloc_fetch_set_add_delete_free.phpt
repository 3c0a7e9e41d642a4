--TEST--
sockets.legacy_iovec=1: socket_iovec_alloc/fetch/set/add/delete/free keep PHP 4.1's meanings (N zeroed buffers of given sizes; set replaces a buffer and its size; add appends; delete moves later ones down)
--SKIPIF--
<?php require __DIR__ . '/include/legacy.inc'; legacy_skip_unless_ours(); ?>
--INI--
sockets.legacy_iovec=1
--FILE--
<?php
function show(SocketIovec $v, int $n): void
{
    $parts = [];
    for ($i = 0; $i < $n; $i++) {
        $parts[] = json_encode(socket_iovec_fetch($v, $i));
    }
    echo implode(' ', $parts), "\n";
}

$v = socket_iovec_alloc(3, 2, 0, 4);
var_dump($v instanceof SocketIovec);
show($v, 3);                                        // zeroed buffers of the sizes asked for
var_dump(socket_iovec_set($v, 1, "middle"));        // a 0-byte buffer becomes 6 bytes
var_dump(socket_iovec_set($v, 0, "A"));             // a 2-byte buffer becomes 1 byte
show($v, 3);
var_dump(socket_iovec_add($v, 3));                  // appended, zeroed
show($v, 4);
var_dump(socket_iovec_set($v, 3, "end"));
var_dump(socket_iovec_delete($v, 0));               // the others move down one place
show($v, 3);
var_dump(socket_iovec_delete($v, 2));
show($v, 2);
// Binary data, NULs included, comes back byte for byte.
socket_iovec_set($v, 0, "\0\xff\r\n");
var_dump(bin2hex(socket_iovec_fetch($v, 0)));
// fetch returns a copy: changing it changes nothing in the iovec.
$copy = socket_iovec_fetch($v, 1);
$copy[0] = 'X';
echo json_encode(socket_iovec_fetch($v, 1)), "\n";

// An empty iovec, filled with add.
$e = socket_iovec_alloc(0);
var_dump(socket_iovec_add($e, 1), socket_iovec_add($e, 0), socket_iovec_set($e, 1, "b"));
show($e, 2);

// Numeric strings are lengths in coercive mode, as for any int parameter.
$n = socket_iovec_alloc("2", "1", 3.0);
show($n, 2);

// The most one readv()/writev() takes: IOV_MAX (1024 on Linux), no other limit.
$max = socket_iovec_alloc(1024, ...array_fill(0, 1024, 1));
var_dump(strlen(socket_iovec_fetch($max, 1023)));

var_dump(socket_iovec_free($v));
echo "done\n";
?>
--EXPECT--
bool(true)
"\u0000\u0000" "" "\u0000\u0000\u0000\u0000"
bool(true)
bool(true)
"A" "middle" "\u0000\u0000\u0000\u0000"
bool(true)
"A" "middle" "\u0000\u0000\u0000\u0000" "\u0000\u0000\u0000"
bool(true)
bool(true)
"middle" "\u0000\u0000\u0000\u0000" "end"
bool(true)
"middle" "\u0000\u0000\u0000\u0000"
string(8) "00ff0d0a"
"\u0000\u0000\u0000\u0000"
bool(true)
bool(true)
bool(true)
"\u0000" "b"
"\u0000" "\u0000\u0000\u0000"
int(1)
bool(true)
done
