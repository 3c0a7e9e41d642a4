--TEST--
socket_select() throws TypeError for non-Socket elements and closed sockets, naming the argument
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$closed = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($closed);
$cases = [
    'string in read'   => [[$p[0], 'str'], null, null],
    'int in write'     => [null, [1], null],
    'stdClass in except' => [null, null, [new stdClass]],
    'resource in read' => [[STDIN], null, null],
    'null element'     => [[null], null, null],
    'closed in read'   => [[$closed], null, null],
    'closed in write'  => [null, [$p[0], $closed], null],
];
foreach ($cases as $name => [$r, $w, $e]) {
    try {
        var_dump(socket_select($r, $w, $e, 0));
    } catch (TypeError $x) {
        echo "$name: ", $x->getMessage(), "\n";
    }
}
?>
--EXPECT--
string in read: socket_select(): Argument #1 ($read) must only have elements of type Socket, string given
int in write: socket_select(): Argument #2 ($write) must only have elements of type Socket, int given
stdClass in except: socket_select(): Argument #3 ($except) must only have elements of type Socket, stdClass given
resource in read: socket_select(): Argument #1 ($read) must only have elements of type Socket, resource given
null element: socket_select(): Argument #1 ($read) must only have elements of type Socket, null given
closed in read: socket_select(): Argument #1 ($read) contains a closed socket
closed in write: socket_select(): Argument #2 ($write) contains a closed socket
