--TEST--
SCM_RIGHTS with Socket objects sends exactly those descriptors, in order (also mixed with streams)
--DESCRIPTION--
Differs from the bundled extension on purpose (issue 3): since PHP 8.0 the bundled ext/sockets
sends descriptor 0 (stdin) in place of the first Socket object of an SCM_RIGHTS message and
shifts the others, so data [$l1, $l2, STDERR] arrives as [stdin, Socket(l1), STDERR]. sockets-ng
sends the descriptors of the given Socket objects. Checked here by the ports of two listening
sockets: the received sockets must report the same ports, in the same order.
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension sends fd 0 for the first Socket object'); ?>
--FILE--
<?php
function listener(): array
{
    $l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_bind($l, '127.0.0.1', 0);
    socket_listen($l, 5);
    socket_getsockname($l, $addr, $port);
    return [$l, $port];
}

function recv_fds(Socket $s, int $n): array
{
    $m = ['buffer_size' => 16, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, $n)];
    var_dump(socket_recvmsg($s, $m));
    var_dump($m['flags'], count($m['control']), $m['control'][0]['level'] === SOL_SOCKET, $m['control'][0]['type'] === SCM_RIGHTS);
    return $m['control'][0]['data'];
}

socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
[$l1, $p1] = listener();
[$l2, $p2] = listener();
var_dump($p1 !== $p2);

echo "-- two Socket objects\n";
var_dump(socket_sendmsg($pair[0], ['iov' => ['two'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$l1, $l2]],
]]));
$got = recv_fds($pair[1], 2);
var_dump(count($got));
foreach ($got as $i => $g) {
    var_dump($g instanceof Socket);
    socket_getsockname($g, $addr, $port);
    var_dump($addr, $port === [$p1, $p2][$i]);
    var_dump(socket_get_option($g, SOL_SOCKET, SO_TYPE) === SOCK_STREAM);
}

echo "-- the received copy accepts connections made to the original port\n";
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '127.0.0.1', $p2));
$acc = socket_accept($got[1]);
var_dump($acc instanceof Socket);
socket_write($c, "hi");
var_dump(socket_read($acc, 10));

echo "-- mixed [Socket, stream, Socket]\n";
$tmp = sys_get_temp_dir() . '/msg_rights_objects_' . getmypid() . '.txt';
file_put_contents($tmp, "stream contents");
$f = fopen($tmp, 'r');
var_dump(socket_sendmsg($pair[0], ['iov' => ['mix'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$l2, $f, $l1]],
]]));
$got = recv_fds($pair[1], 3);
var_dump(count($got));
socket_getsockname($got[0], $addr, $port);
var_dump($got[0] instanceof Socket, $port === $p2);
var_dump(is_resource($got[1]));
fseek($got[1], 0);
var_dump(fread($got[1], 100));
socket_getsockname($got[2], $addr, $port);
var_dump($got[2] instanceof Socket, $port === $p1);

echo "-- two SCM_RIGHTS elements in one message\n";
var_dump(socket_sendmsg($pair[0], ['iov' => ['2el'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$l1]],
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$l2]],
]]));
$got = recv_fds($pair[1], 2);
$ports = [];
foreach ($got as $g) { socket_getsockname($g, $addr, $port); $ports[] = $port; }
var_dump($ports === [$p1, $p2]);
fclose($f);
unlink($tmp);
?>
--EXPECT--
bool(true)
-- two Socket objects
int(3)
int(3)
int(0)
int(1)
bool(true)
bool(true)
int(2)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
-- the received copy accepts connections made to the original port
bool(true)
bool(true)
string(2) "hi"
-- mixed [Socket, stream, Socket]
int(3)
int(3)
int(0)
int(1)
bool(true)
bool(true)
int(3)
bool(true)
bool(true)
bool(true)
string(15) "stream contents"
bool(true)
bool(true)
-- two SCM_RIGHTS elements in one message
int(3)
int(3)
int(0)
int(1)
bool(true)
bool(true)
bool(true)
