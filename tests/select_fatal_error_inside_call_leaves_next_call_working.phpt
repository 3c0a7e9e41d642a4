--TEST--
A fatal error raised by PHP code that runs inside socket_select() leaves nothing behind: a shutdown function's socket_select works
--DESCRIPTION--
A collected object's destructor, run by the cycle collector while socket_select releases its
old $read, declares a class twice (a fatal compile error): the request ends by longjmp out of
the call. sockets-ng kept
its poll set in a static and emptied it only on the normal way out, so the next call in the
process (here a shutdown function; under FPM the next request) also polled the dead call's
descriptors and failed with EBADF once they were closed.
Skipped under valgrind (PHP's own leaks after a fatal error); it runs under ASan, whose leak
report keeps only blocks allocated by sockets-ng.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
// run-tests.php -m (valgrind) sets it: without its allocator PHP itself leaks the blocks a fatal
// error strands (the collector's buffer, the destructor's frame), with either extension.
if (getenv('ZEND_DONT_UNLOAD_MODULES')) die('skip under valgrind: PHP leaks on a fatal error without its allocator');
?>
--FILE--
<?php
class FatalGarbage {
    public $self;
    public function __destruct() {
        static $ran = 0;
        if ($ran++) return;
        eval('class DeclaredTwice {} class DeclaredTwice {}');  // a compile error: fatal
    }
}
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $first);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $second);
register_shutdown_function(function () use (&$first, &$second) {
    echo "shutdown\n";
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
    foreach (array_merge($first, $second) as $s) socket_close($s);
    socket_write($pair[1], "x");
    $r = ['r' => $pair[0]]; $w = ['w' => $pair[1]]; $e = [$pair[0]];
    var_dump(socket_select($r, $w, $e, 0), array_keys($r), array_keys($w), $e);
});
$r = [$first[0], $first[1]]; $w = [$second[0], $second[1]]; $e = [$second[0]];
gc_collect_cycles();
$threshold = gc_status()['threshold'];
while (gc_status()['roots'] < $threshold - 2) {
    $g = new FatalGarbage; $g->self = $g; unset($g);
}
socket_select($r, $w, $e, 0);
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Cannot %s class DeclaredTwice%s on line %d
shutdown
int(2)
array(1) {
  [0]=>
  string(1) "r"
}
array(1) {
  [0]=>
  string(1) "w"
}
array(0) {
}
