--TEST--
A destructor run by the cycle collector inside socket_select() may replace $write: the call's results are stored first and the destructor's assignment stays
--DESCRIPTION--
sockets-ng only, on purpose: the bundled extension crashes here (segmentation fault). The cycle
collector's root buffer is filled to one below its threshold, so releasing the old $read inside
socket_select starts a collection; a collected object's destructor sets $write to a string.
The bundled extension (and sockets-ng before) then went on to read $write as an array.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension crashes here');
?>
--FILE--
<?php
class Garbage {
    public $self;
    public function __destruct() {
        global $r, $w, $ran;
        if ($ran++) return;
        echo "destructor: ", json_encode(array_keys($r)), " ", json_encode(array_keys($w)), "\n";
        $w = 'replaced by the destructor';
    }
}
$ran = 0;
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $readable);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $writable);
socket_write($readable[1], "x");
$r = ['r0' => $readable[0], 'r1' => $readable[1]]; $w = ['w0' => $writable[0], 'w1' => $writable[1]]; $e = null;

gc_collect_cycles();
$threshold = gc_status()['threshold'];
while (gc_status()['roots'] < $threshold - 2) {
    $g = new Garbage; $g->self = $g; unset($g);
}
var_dump(socket_select($r, $w, $e, 0), array_keys($r), $w);
?>
--EXPECT--
destructor: ["r0"] ["w0","w1"]
int(3)
array(1) {
  [0]=>
  string(2) "r0"
}
string(26) "replaced by the destructor"
