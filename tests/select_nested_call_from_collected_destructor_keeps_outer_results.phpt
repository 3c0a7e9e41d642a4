--TEST--
socket_select() called again from a destructor that the cycle collector runs inside the outer call gets its own results and leaves the outer call's intact
--DESCRIPTION--
The garbage collector's root buffer is filled to one below its threshold; releasing the outer
call's old $read (sockets still referenced elsewhere become possible roots) starts a collection
inside socket_select, and a collected object's destructor calls socket_select. sockets-ng kept
its poll set in a static: the nested call counted the outer call's ready sockets (int(3) for a
set where none is ready) and the outer call lost its $write results.
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
class Garbage {
    public $self;
    public function __destruct() {
        global $idle, $ran;
        if ($ran++) return;
        echo "destructor\n";
        $r = [$idle[0]]; $w = null; $e = [$idle[1]];
        var_dump(socket_select($r, $w, $e, 0), $r, $e);
    }
}
$ran = 0;
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $readable);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $writable);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $idle);
socket_write($readable[1], "x");
$r = [$readable[0], $readable[1]]; $w = ['w0' => $writable[0], 'w1' => $writable[1]]; $e = null;

gc_collect_cycles();
$runs = gc_status()['runs'];
$threshold = gc_status()['threshold'];
while (gc_status()['roots'] < $threshold - 2) {
    $g = new Garbage; $g->self = $g; unset($g);
}
$n = socket_select($r, $w, $e, 0);
echo "collected during the call: ", gc_status()['runs'] > $runs ? "yes" : "no", "\n";
var_dump($n, count($r), array_keys($w));
?>
--EXPECT--
destructor
int(0)
array(0) {
}
array(0) {
}
collected during the call: yes
int(3)
int(1)
array(2) {
  [0]=>
  string(2) "w0"
  [1]=>
  string(2) "w1"
}
