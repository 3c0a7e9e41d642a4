--TEST--
C interface: an extension built against the bundled php_sockets.h reads true php_socket fields of Sockets made by PHP code
--DESCRIPTION--
tests/cabi/run.sh builds the sockets_cabi_test extension against the bundled header; through
Z_SOCKET_P it reads bsd_socket (the descriptor, -1 once closed), type (the family), error,
blocking, zstream (the stream after socket_export_stream/socket_import_stream) and
IS_INVALID_SOCKET / ENSURE_SOCKET_VALID, which must be what the bundled extension keeps there.
--SKIPIF--
<?php if (!extension_loaded('sockets_cabi_test')) die('skip needs tests/cabi/run.sh'); ?>
--FILE--
<?php
function show(string $what, Socket $s): void {
    $f = cabi_fields($s);
    $fd = $f['bsd_socket'];
    printf("%s: fd %s type %d error %d blocking %d invalid %s zstream %s\n", $what,
        $fd >= 0 ? (is_link("/proc/self/fd/$fd") ? 'open' : 'NOT OPEN') : $fd,
        $f['type'], $f['error'], $f['blocking'], var_export($f['invalid'], true),
        get_debug_type($f['zstream']));
}

$tcp = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('inet stream', $tcp);
var_dump(cabi_fields($tcp)['type'] === AF_INET);
socket_set_nonblock($tcp);
show('nonblocking', $tcp);
socket_set_block($tcp);
show('blocking again', $tcp);

// A refused connection: the error field holds ECONNREFUSED, as socket_last_error($s) says.
$l = socket_create_listen(0);
socket_getsockname($l, $addr, $port);
socket_close($l);
var_dump(@socket_connect($tcp, '127.0.0.1', $port));
show('refused', $tcp);
var_dump(cabi_fields($tcp)['error'] === SOCKET_ECONNREFUSED, socket_last_error($tcp) === SOCKET_ECONNREFUSED);

$u = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(cabi_fields($u)['type'] === AF_INET6);

// Accepted and paired Sockets.
$l = socket_create_listen(0);
socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$s = socket_accept($l);
show('accepted', $s);
var_dump(cabi_fields($s)['bsd_socket'] !== cabi_fields($c)['bsd_socket']);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
show('pair', $pair[0]);
var_dump(cabi_fields($pair[0])['type'] === AF_UNIX);

// The exported stream is in zstream; the descriptor is the stream's.
$stream = socket_export_stream($pair[0]);
show('exported', $pair[0]);
var_dump(cabi_fields($pair[0])['zstream'] === $stream);
fwrite($stream, "x");
var_dump(cabi_read_fd($pair[1], 10));

// An imported stream is in zstream too.
$server = stream_socket_server('tcp://127.0.0.1:0');
$name = stream_socket_get_name($server, false);
$client = stream_socket_client("tcp://$name");
$imported = socket_import_stream($client);
show('imported', $imported);
var_dump(cabi_fields($imported)['zstream'] === $client);
stream_set_blocking($client, false);
$nb = socket_import_stream($client);
show('imported nonblocking', $nb);

// Closed: bsd_socket -1, zstream gone, ENSURE_SOCKET_VALID throws as the bundled functions do.
var_dump(cabi_ensure_valid($tcp));
socket_close($tcp);
show('closed', $tcp);
try {
    cabi_ensure_valid($tcp);
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
socket_close($pair[0]);
show('closed with its stream', $pair[0]);
var_dump(is_resource($stream));
var_dump(cabi_is_socket($s), cabi_is_socket($stream), cabi_is_socket(new stdClass));
?>
--EXPECT--
inet stream: fd open type 2 error 0 blocking 1 invalid false zstream null
bool(true)
nonblocking: fd open type 2 error 0 blocking 0 invalid false zstream null
blocking again: fd open type 2 error 0 blocking 1 invalid false zstream null
bool(false)
refused: fd open type 2 error 111 blocking 1 invalid false zstream null
bool(true)
bool(true)
bool(true)
accepted: fd open type 2 error 0 blocking 1 invalid false zstream null
bool(true)
pair: fd open type 1 error 0 blocking 1 invalid false zstream null
bool(true)
exported: fd open type 1 error 0 blocking 1 invalid false zstream resource (stream)
bool(true)
string(1) "x"
imported: fd open type 2 error 0 blocking 1 invalid false zstream resource (stream)
bool(true)
imported nonblocking: fd open type 2 error 0 blocking 0 invalid false zstream resource (stream)
bool(true)
closed: fd -1 type 2 error 111 blocking 1 invalid true zstream null
Error: cabi_ensure_valid(): Argument #1 ($a) has already been closed
closed with its stream: fd -1 type 1 error 0 blocking 1 invalid true zstream null
bool(false)
bool(true)
bool(false)
bool(false)
