<?php
// (c) A fatal error in the middle of socket_select: a destructor that the cycle collector runs
// while socket_select releases its old read array declares a class twice (a fatal compile error),
// so the request ends by a jump out of the call, with an error code and two sharing ids left.
require __DIR__ . '/state.inc';
leave_behind();
class FatalGarbage {
    public $self;
    public function __destruct() {
        static $ran = 0;
        if ($ran++) return;
        eval('class DeclaredTwice {} class DeclaredTwice {}');
    }
}
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
$r = [$p[0], $p[1]]; $w = [$q[0], $q[1]]; $e = [$q[0]];
gc_collect_cycles();
$threshold = gc_status()['threshold'];
while (gc_status()['roots'] < $threshold - 2) {
    $g = new FatalGarbage; $g->self = $g; unset($g);
}
socket_select($r, $w, $e, 0);
echo "not reached\n";
