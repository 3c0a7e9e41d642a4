--TEST--
sockets.legacy_iovec=1: bad counts, lengths, positions and types are ValueError/TypeError, a freed iovec is an Error everywhere, the class cannot be made, cloned, serialized or compared
--SKIPIF--
<?php require __DIR__ . '/include/legacy.inc'; legacy_skip_unless_ours(); ?>
--INI--
sockets.legacy_iovec=1
--FILE--
<?php
function t(callable $f): void
{
    try {
        $r = $f();
        echo 'returned ', var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

echo "-- socket_iovec_alloc\n";
t(fn() => socket_iovec_alloc(-1));
t(fn() => socket_iovec_alloc(1025, ...array_fill(0, 1025, 1)));
t(fn() => socket_iovec_alloc(2, 1));
t(fn() => socket_iovec_alloc(1, 1, 2));
t(fn() => socket_iovec_alloc(2, 1, -1));
t(fn() => socket_iovec_alloc(1, "abc"));
t(fn() => socket_iovec_alloc(1, []));
t(fn() => socket_iovec_alloc(1, null) instanceof SocketIovec);   // null: deprecated, as for any int parameter
t(fn() => socket_iovec_alloc("x"));
t(fn() => socket_iovec_alloc());
// The total must stay within what one readv()/writev() takes (SSIZE_MAX), checked before
// anything is allocated.
t(fn() => socket_iovec_alloc(2, PHP_INT_MAX, 1));

$v = socket_iovec_alloc(2, 1, 1);
echo "-- positions\n";
t(fn() => socket_iovec_fetch($v, -1));
t(fn() => socket_iovec_fetch($v, 2));
t(fn() => socket_iovec_set($v, 2, "x"));
t(fn() => socket_iovec_set($v, -5, "x"));
t(fn() => socket_iovec_delete($v, 2));
t(fn() => socket_iovec_delete($v, PHP_INT_MIN));
t(fn() => socket_iovec_fetch(socket_iovec_alloc(0), 0));
echo "-- types\n";
t(fn() => socket_iovec_set($v, 0, []));
t(fn() => socket_iovec_fetch($v, "first"));
t(fn() => socket_iovec_fetch(new stdClass, 0));
t(fn() => socket_iovec_add($v, "one"));
echo "-- add\n";
t(fn() => socket_iovec_add($v, -1));
t(fn() => socket_iovec_add($v, PHP_INT_MAX));
$full = socket_iovec_alloc(1024, ...array_fill(0, 1024, 0));
t(fn() => socket_iovec_add($full, 1));
t(fn() => socket_iovec_delete($full, 0) && socket_iovec_add($full, 1));
echo "-- freed\n";
var_dump(socket_iovec_free($v));
t(fn() => socket_iovec_free($v));
t(fn() => socket_iovec_fetch($v, 0));
t(fn() => socket_iovec_set($v, 0, "x"));
t(fn() => socket_iovec_add($v, 1));
t(fn() => socket_iovec_delete($v, 0));
$pair = [];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
t(fn() => socket_readv($pair[0], $v));
t(fn() => socket_writev($pair[0], $v));
echo "-- socket argument\n";
$ok = socket_iovec_alloc(1, 1);
t(fn() => socket_readv($ok, $ok));
t(fn() => socket_writev($pair[0], $pair[1]));
socket_close($pair[1]);
t(fn() => socket_writev($pair[1], $ok));
t(fn() => socket_readv($pair[1], $ok));
echo "-- the class\n";
t(fn() => new SocketIovec());
t(fn() => clone $ok);
t(fn() => serialize($ok));
t(fn() => unserialize('O:11:"SocketIovec":0:{}'));
t(fn() => $ok == socket_iovec_alloc(1, 1));   // not comparable: never equal, as Socket
t(fn() => $ok->dynamic = 1);
$rc = new ReflectionClass('SocketIovec');
// isInstantiable() is true for Socket too: reflection does not see the refusing constructor handler.
var_dump($rc->isFinal(), $rc->isInstantiable(), $rc->isCloneable(), $rc->getExtensionName());
echo "-- strict types\n";
require __DIR__ . '/include/legacy_iovec_strict.inc';
?>
--EXPECTF--
-- socket_iovec_alloc
ValueError: socket_iovec_alloc(): Argument #1 ($num_vectors) must be greater than or equal to 0
ValueError: socket_iovec_alloc(): Argument #1 ($num_vectors) must be at most 1024 (IOV_MAX)
ValueError: socket_iovec_alloc(): Argument #1 ($num_vectors) must be the number of lengths that follow it (1 given)
ValueError: socket_iovec_alloc(): Argument #1 ($num_vectors) must be the number of lengths that follow it (2 given)
ValueError: socket_iovec_alloc(): Argument #3 must be greater than or equal to 0
TypeError: socket_iovec_alloc(): Argument #2 must be of type int, string given
TypeError: socket_iovec_alloc(): Argument #2 must be of type int, array given

Deprecated: socket_iovec_alloc(): Passing null to parameter #2 of type int is deprecated in %s on line %d
returned true
TypeError: socket_iovec_alloc(): Argument #1 ($num_vectors) must be of type int, string given
ArgumentCountError: socket_iovec_alloc() expects at least 1 argument, 0 given
ValueError: socket_iovec_alloc(): Argument #3 makes the total length of the vectors exceed 9223372036854775807 bytes
-- positions
ValueError: socket_iovec_fetch(): Argument #2 ($position) must be greater than or equal to 0
ValueError: socket_iovec_fetch(): Argument #2 ($position) must be less than the number of vectors (2)
ValueError: socket_iovec_set(): Argument #2 ($position) must be less than the number of vectors (2)
ValueError: socket_iovec_set(): Argument #2 ($position) must be greater than or equal to 0
ValueError: socket_iovec_delete(): Argument #2 ($position) must be less than the number of vectors (2)
ValueError: socket_iovec_delete(): Argument #2 ($position) must be greater than or equal to 0
ValueError: socket_iovec_fetch(): Argument #2 ($position) must be less than the number of vectors (0)
-- types
TypeError: socket_iovec_set(): Argument #3 ($data) must be of type string, array given
TypeError: socket_iovec_fetch(): Argument #2 ($position) must be of type int, string given
TypeError: socket_iovec_fetch(): Argument #1 ($iovec) must be of type SocketIovec, stdClass given
TypeError: socket_iovec_add(): Argument #2 ($length) must be of type int, string given
-- add
ValueError: socket_iovec_add(): Argument #2 ($length) must be greater than or equal to 0
ValueError: socket_iovec_add(): Argument #2 ($length) makes the total length of the vectors exceed 9223372036854775807 bytes
ValueError: socket_iovec_add(): Argument #1 ($iovec) already holds 1024 vectors, the most one readv()/writev() takes (IOV_MAX)
returned true
-- freed
bool(true)
Error: socket_iovec_free(): Argument #1 ($iovec) has already been freed
Error: socket_iovec_fetch(): Argument #1 ($iovec) has already been freed
Error: socket_iovec_set(): Argument #1 ($iovec) has already been freed
Error: socket_iovec_add(): Argument #1 ($iovec) has already been freed
Error: socket_iovec_delete(): Argument #1 ($iovec) has already been freed
Error: socket_readv(): Argument #2 ($iovec) has already been freed
Error: socket_writev(): Argument #2 ($iovec) has already been freed
-- socket argument
TypeError: socket_readv(): Argument #1 ($socket) must be of type Socket, SocketIovec given
TypeError: socket_writev(): Argument #2 ($iovec) must be of type SocketIovec, Socket given
Error: socket_writev(): Argument #1 ($socket) has already been closed
Error: socket_readv(): Argument #1 ($socket) has already been closed
-- the class
Error: Cannot directly construct SocketIovec, use socket_iovec_alloc() instead
Error: Trying to clone an uncloneable object of class SocketIovec
Exception: Serialization of 'SocketIovec' is not allowed
Exception: Unserialization of 'SocketIovec' is not allowed
returned false
Error: Cannot create dynamic property SocketIovec::$dynamic
bool(true)
bool(true)
bool(false)
string(7) "sockets"
-- strict types
TypeError: socket_iovec_alloc(): Argument #2 must be of type int, string given
TypeError: socket_iovec_alloc(): Argument #2 must be of type int, float given
