--TEST--
socket_sendmsg / socket_recvmsg follow PHP references inside message arrays (the bundled extension refuses most of them)
--DESCRIPTION--
Issue 10 item 9, a deliberate difference. The bundled extension reads a string through a
reference ('iov' => [&$s]) but refuses a reference anywhere it wants an array, an integer or a
Socket/stream: 'iov' => &$x, 'level' => &$l, [&$socket], and arrays that `foreach ($a as &$v)`
left holding references (after unset($v) they are plain arrays to every PHP function) all fail
with "expected an array here" / "expected an integer ..." / "expected a Socket object ...".
sockets-ng reads every value through its reference, as PHP functions do. Each value is taken as
it is when the conversion reads it (see msg_sendmsg_*_freed_* for references changed meanwhile).
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension refuses references'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
[$a, $b] = $pair;
function receive(Socket $b): string
{
    $m = ['buffer_size' => 100, 'controllen' => 200];
    socket_recvmsg($b, $m, MSG_DONTWAIT);
    $out = implode('', $m['iov']);
    foreach ($m['control'] as $c) {
        $out .= ' +control(' . $c['level'] . ',' . $c['type'] . ',' . count($c['data']) . ')';
    }
    return $out;
}

$x = ['iov by ', 'reference'];
var_dump(socket_sendmsg($a, ['iov' => &$x]), receive($b));

$arr = ['iov' => ['left by ', 'foreach']];
foreach ($arr['iov'] as &$v) {}
unset($v);
var_dump(socket_sendmsg($a, $arr), receive($b));

$top = ['iov' => ['top-level foreach']];
foreach ($top as &$v) {}
unset($v);
var_dump(socket_sendmsg($a, $top), receive($b));

$level = SOL_SOCKET; $type = SCM_RIGHTS; $sock = $a; $data = [&$sock, STDIN];
$control = [['level' => &$level, 'type' => &$type, 'data' => &$data]];
var_dump(socket_sendmsg($a, ['iov' => ['rights'], 'control' => &$control]), receive($b));

$path = '/nonexistent/' . getmypid();
$fam = AF_UNIX;
$name = ['family' => &$fam, 'path' => &$path];
var_dump(@socket_sendmsg($a, ['name' => &$name, 'iov' => ['x']]), socket_last_error() === SOCKET_ENOENT);

echo "-- recvmsg\n";
socket_sendmsg($a, ['iov' => ['abcdef']]);
$size = 3; $len = 100;
$m = ['buffer_size' => &$size, 'controllen' => &$len];
var_dump(socket_recvmsg($b, $m, MSG_DONTWAIT), $m['iov'], $m['flags'] === MSG_TRUNC);
?>
--EXPECT--
int(16)
string(16) "iov by reference"
int(15)
string(15) "left by foreach"
int(17)
string(17) "top-level foreach"
int(6)
string(22) "rights +control(1,1,2)"
bool(false)
bool(true)
-- recvmsg
int(3)
array(1) {
  [0]=>
  string(3) "abc"
}
bool(true)
