--TEST--
PHP code run while socket_select() releases the old arrays finds every result already stored, and what it assigns to the variables stays
--DESCRIPTION--
sockets-ng only, on purpose: the bundled extension crashes on two of these cases. A Socket from
socket_export_stream() holding the last reference to its stream is dropped from $read (not
ready); releasing it frees the stream, whose user filter's onClose then runs inside the call.
The bundled extension (and sockets-ng before) released each old array before storing its
result, one array after the other: onClose saw $read half-freed, its assignment to $read was a
second release of that array and was then overwritten, replacing $write with a string made the
next step read a string as an array (segmentation fault), and a non-Socket put in $write was
read as a Socket (bundled: "bit out of range 0 - FD_SETSIZE on fd_set", abort; sockets-ng:
heap-use-after-free under ASan), and gc_collect_cycles() there made the bundled one follow
$read into the array being freed (segmentation fault). Now the arrays are all stored first and
released after.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension crashes here');
?>
--FILE--
<?php
class AssigningFilter extends php_user_filter {
    public function filter($in, $out, &$consumed, $closing): int { return PSFS_PASS_ON; }
    public function onClose(): void {
        global $r, $w, $case;
        echo "onClose: count(\$r) = ", count($r), ", count(\$w) = ", count($w), "\n";
        switch ($case) {
            case 'assign read': $r = ['assigned' => new ArrayObject([1])]; break;
            case 'write becomes a string': $w = 'not an array'; break;
            case 'write gets an object': $w = [new stdClass]; break;
            case 'unset both': unset($GLOBALS['r'], $GLOBALS['w']); break;
            case 'collect cycles': $n = gc_collect_cycles(); echo "collected: $n\n"; break;
        }
    }
}
stream_filter_register('assigning', 'AssigningFilter');

class SelectingGarbage {
    public $self;
    public function __destruct() {
        global $writable;
        $r = [$writable[0]]; $w = [$writable[1]]; $e = null;
        echo "destructor: ", socket_select($r, $w, $e, 0), " ", count($r), " ", count($w), "\n";
    }
}

foreach (['read only', 'assign read', 'write becomes a string', 'write gets an object', 'unset both', 'collect cycles'] as $case) {
    echo "-- $case\n";
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $filtered);
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $writable);
    $stream = socket_export_stream($filtered[0]);
    stream_filter_append($stream, 'assigning', STREAM_FILTER_WRITE);
    $r = [$filtered[0]];
    $w = ['a' => $writable[0], 'b' => $writable[1]];
    $e = null;
    if ($case === 'collect cycles') {
        $g = new SelectingGarbage; $g->self = $g; unset($g);
    }
    $peer = $filtered[1];  // kept open: $filtered[0] stays not ready
    unset($stream, $filtered);
    var_dump(socket_select($r, $w, $e, 0));
    echo "after: ", json_encode(isset($r) ? (is_array($r) ? array_map('get_class', $r) : $r) : 'unset'), " ",
        json_encode(isset($w) ? (is_array($w) ? array_map('get_class', $w) : $w) : 'unset'), "\n";
}
gc_collect_cycles();
echo "done\n";
?>
--EXPECT--
-- read only
onClose: count($r) = 0, count($w) = 2
int(2)
after: [] {"a":"Socket","b":"Socket"}
-- assign read
onClose: count($r) = 0, count($w) = 2
int(2)
after: {"assigned":"ArrayObject"} {"a":"Socket","b":"Socket"}
-- write becomes a string
onClose: count($r) = 0, count($w) = 2
int(2)
after: [] "not an array"
-- write gets an object
onClose: count($r) = 0, count($w) = 2
int(2)
after: [] ["stdClass"]
-- unset both
onClose: count($r) = 0, count($w) = 2
int(2)
after: "unset" "unset"
-- collect cycles
onClose: count($r) = 0, count($w) = 2
destructor: 1 0 1
collected: 1
int(2)
after: [] {"a":"Socket","b":"Socket"}
done
