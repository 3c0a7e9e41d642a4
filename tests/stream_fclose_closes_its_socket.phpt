--TEST--
fclose() of a Socket's stream closes the Socket: nothing is written into a file that reuses the number
--DESCRIPTION--
A Socket and the stream it was exported to (socket_export_stream) or imported from
(socket_import_stream) share one descriptor, which the stream owns. After fclose() of the stream
the descriptor is closed and its number free for the next file the script opens. The Socket must
then act as closed (Error "has already been closed", as after socket_close), not use the old
number: socket_write would write into that file.
Differs from the bundled extension on purpose: the bundled Socket keeps the old number, so its
socket_write writes into the reopened file (and socket_close throws a TypeError about the dead
stream resource).
--SKIPIF--
<?php
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension writes into the file that reuses the number');
?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';

$path = sys_get_temp_dir() . '/stream_fclose_' . getmypid() . '.txt';

function check_closed(string $label, Socket $sock, string $path): void
{
    echo "-- $label\n";
    sk_try(fn() => socket_write($sock, "INTO-THE-FILE"));
    sk_try(fn() => socket_send($sock, "INTO-THE-FILE", 13, 0));
    sk_try(fn() => socket_read($sock, 10));
    sk_try(fn() => socket_set_nonblock($sock));
    sk_try(fn() => socket_export_stream($sock));
    sk_try(fn() => socket_close($sock));
    var_dump(file_get_contents($path));
}

// Exported stream, closed with fclose(), then a file opened that may take its number.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$stream = socket_export_stream($pair[0]);
var_dump(fclose($stream));
$file = fopen($path, 'w+');
check_closed('exported, fclose()', $pair[0], $path);
fclose($file);

// Imported stream, closed with fclose().
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$sock = socket_import_stream($a);
var_dump(fclose($a));
$file = fopen($path, 'w+');
check_closed('imported, fclose()', $sock, $path);
fclose($file);

// The other way round: socket_close() closes the stream.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$stream = socket_export_stream($pair[0]);
socket_close($pair[0]);
echo "-- socket_close() then the stream\n";
var_dump($stream);
sk_try(fn() => fwrite($stream, "x"));
// The peer sees the end of the stream: the descriptor is really closed.
var_dump(socket_read($pair[1], 10));

// Two Sockets imported from one stream: fclose() closes both.
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$s1 = socket_import_stream($a);
$s2 = socket_import_stream($a);
fclose($a);
echo "-- two imports\n";
sk_try(fn() => socket_write($s1, "x"));
sk_try(fn() => socket_write($s2, "x"));

unlink($path);
?>
--CLEAN--
<?php @unlink(sys_get_temp_dir() . '/stream_fclose_' . getmypid() . '.txt'); ?>
--EXPECTF--
bool(true)
-- exported, fclose()
Error: socket_write(): Argument #1 ($socket) has already been closed
Error: socket_send(): Argument #1 ($socket) has already been closed
Error: socket_read(): Argument #1 ($socket) has already been closed
Error: socket_set_nonblock(): Argument #1 ($socket) has already been closed
Error: socket_export_stream(): Argument #1 ($socket) has already been closed
Error: socket_close(): Argument #1 ($socket) has already been closed
string(0) ""
bool(true)
-- imported, fclose()
Error: socket_write(): Argument #1 ($socket) has already been closed
Error: socket_send(): Argument #1 ($socket) has already been closed
Error: socket_read(): Argument #1 ($socket) has already been closed
Error: socket_set_nonblock(): Argument #1 ($socket) has already been closed
Error: socket_export_stream(): Argument #1 ($socket) has already been closed
Error: socket_close(): Argument #1 ($socket) has already been closed
string(0) ""
-- socket_close() then the stream
resource(%d) of type (Unknown)
TypeError: fwrite(): %r(supplied resource is not a valid stream resource|Argument #1 \(\$stream\) must be an open stream resource)%r
string(0) ""
-- two imports
Error: socket_write(): Argument #1 ($socket) has already been closed
Error: socket_write(): Argument #1 ($socket) has already been closed
