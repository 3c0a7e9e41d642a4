--TEST--
A user stream wrapper's stream_close, run when socket_select() drops a Socket imported from it, may replace $read and $write: the results are stored first and its assignments stay
--DESCRIPTION--
sockets-ng only, on purpose: the bundled extension crashes here (segmentation fault).
socket_import_stream() accepts a user-wrapper stream whose stream_cast() gives a socket stream;
the Socket then holds the last reference to the wrapper's stream, and dropping it from $read
(not ready) runs the wrapper's stream_close() inside socket_select. The bundled extension (and
sockets-ng before) had released $read before storing its result and then read $write, which
stream_close had set to a string.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension crashes here');
?>
--FILE--
<?php
class SocketWrapper {
    public $context;
    public static $next;
    private $inner;
    public function stream_open($path, $mode, $options, &$opened) { $this->inner = self::$next; self::$next = null; return true; }
    public function stream_cast($as) { return $this->inner; }
    public function stream_set_option($option, $arg1, $arg2) { return false; }
    public function stream_close() {
        global $r, $w;
        echo "stream_close: ", json_encode(array_keys($r)), " ", json_encode(array_keys($w)), "\n";
        $r = 'read replaced';
        $w = 'write replaced';
    }
}
stream_wrapper_register('sockwrap', 'SocketWrapper');
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
SocketWrapper::$next = socket_export_stream($p[0]);
$wrapped = fopen('sockwrap://socket', 'r+');
$r = ['wrapped' => socket_import_stream($wrapped), 'other' => $q[0]];
$w = ['w' => $q[0]];
$e = null;
unset($wrapped);
var_dump(socket_select($r, $w, $e, 0), $r, $w);
?>
--EXPECT--
stream_close: [] ["w"]
int(1)
string(13) "read replaced"
string(14) "write replaced"
