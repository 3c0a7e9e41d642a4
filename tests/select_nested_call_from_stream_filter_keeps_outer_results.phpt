--TEST--
socket_select() called again from a stream filter's onClose, run while the outer call releases its old $read, gets its own results and leaves the outer call's intact
--DESCRIPTION--
A Socket from socket_export_stream() holding the last reference to its stream frees it when
the outer call drops that Socket from $read (it is not ready); the stream's user filter then
runs PHP code inside the outer call. sockets-ng kept its poll set in a static that the nested
call reset and refilled: the nested call failed with EBADF (it polled the outer call's
descriptors too, one of them being closed) and the outer call lost its $write results.
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
class NestedSelectFilter extends php_user_filter {
    public function filter($in, $out, &$consumed, $closing): int { return PSFS_PASS_ON; }
    public function onClose(): void {
        global $idle, $busy;
        echo "onClose\n";
        $r = [$idle[0], 'busy' => $busy[0]]; $w = null; $e = null;
        var_dump(socket_select($r, $w, $e, 0), array_keys($r));
    }
}
stream_filter_register('nested_select', 'NestedSelectFilter');
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $filtered);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $writable);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $idle);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $busy);
socket_write($busy[1], "x");

$stream = socket_export_stream($filtered[0]);
stream_filter_append($stream, 'nested_select', STREAM_FILTER_WRITE);
$r = ['filtered' => $filtered[0]];
$w = ['a' => $writable[0], 'b' => $writable[1]];
$e = [$writable[0]];
unset($stream, $filtered[0]);  // $r holds the last reference

var_dump(socket_select($r, $w, $e, 0), $r, array_keys($w), $e);

// The next call works as usual.
$r = [$busy[0], $idle[0]]; $w = null; $e = null;
var_dump(socket_select($r, $w, $e, 0), count($r));
?>
--EXPECT--
onClose
int(1)
array(1) {
  [0]=>
  string(4) "busy"
}
int(2)
array(0) {
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(0) {
}
int(1)
int(1)
