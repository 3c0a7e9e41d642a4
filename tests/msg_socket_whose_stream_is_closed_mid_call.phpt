--TEST--
socket_sendmsg / socket_recvmsg: a Socket whose exported stream is fclose()d (before or during the call) is never used by its stale descriptor number
--DESCRIPTION--
Issue 10 item 6. The stream from socket_export_stream owns the descriptor: fclose() closes it and
the number may be reused by the next file opened. (1) Listed in SCM_RIGHTS after such an fclose:
sent as -1, so sendmsg fails with EBADF as for any descriptor no longer open (the old number would
name another file); a socket_close()d one is "socket is already closed", as in the bundled extension. (2) fclose() of the sending
socket's stream by a __toString in the iov, with the number reused at once: sendmsg fails with
EBADF as for a socket_close()d one, instead of sending into the unrelated socket that now has
the number. (3) The same for socket_recvmsg (buffer_size's __toString). (4) fclose() of a listed
Socket's stream by a later element: the duplicate made when it was read is sent.
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension uses the stale number'); ?>
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
function try_recv(Socket $s)
{
    $m = ['buffer_size' => 100, 'controllen' => 100];
    return @socket_recvmsg($s, $m, MSG_DONTWAIT) === false ? 'nothing' : $m['iov'][0];
}
class ClosesStream
{
    public function __construct(private string $name, private string $value = 'x') {}
    public function __toString(): string
    {
        fclose($GLOBALS[$this->name]);
        // The lowest free number is the one just closed: an unrelated pair takes it.
        socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $GLOBALS['reuse']);
        return $this->value;
    }
}

echo "-- (1) listed after fclose of its stream\n";
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
[$l, $port] = listener();
$ls = socket_export_stream($l);
fclose($ls);
var_dump(socket_sendmsg($pair[0], ['iov' => ['a'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$l]]]]));
[$closed] = listener();
socket_close($closed);
var_dump(socket_sendmsg($pair[0], ['iov' => ['a'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$closed]]]]));

echo "-- (2) the sending socket's stream closed by the iov\n";
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p2);
$sendStream = socket_export_stream($p2[0]);
var_dump(socket_sendmsg($p2[0], ['iov' => [new ClosesStream('sendStream')]]));
// The pair that took the number must not have received anything.
var_dump(try_recv($reuse[1]), try_recv($reuse[0]));

echo "-- (3) the receiving socket's stream closed by buffer_size\n";
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p3);
$recvStream = socket_export_stream($p3[1]);
$m = ['buffer_size' => new ClosesStream('recvStream', '100'), 'controllen' => 100];
var_dump(socket_recvmsg($p3[1], $m, MSG_DONTWAIT));
socket_sendmsg($reuse[0], ['iov' => ['for the reused pair']]);
var_dump(try_recv($reuse[1]));

echo "-- (4) a listed Socket's stream closed by a later element\n";
[$l4, $port4] = listener();
$l4s = socket_export_stream($l4);
var_dump(socket_sendmsg($pair[0], ['iov' => ['b'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$l4]],
    ['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS,
        'data' => ['pid' => new ClosesStream('l4s', (string) getmypid()), 'uid' => posix_getuid(), 'gid' => posix_getgid()]],
]]));
$m = ['buffer_size' => 10, 'controllen' => 200];
var_dump(socket_recvmsg($pair[1], $m, MSG_DONTWAIT));
socket_getsockname($m['control'][0]['data'][0], $addr, $gotPort);
var_dump($gotPort === $port4);
?>
--EXPECTF--
-- (1) listed after fclose of its stream

Warning: socket_sendmsg(): Error in sendmsg [9]: Bad file descriptor in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #1): socket is already closed in %s on line %d
bool(false)
-- (2) the sending socket's stream closed by the iov

Warning: socket_sendmsg(): Error in sendmsg [9]: Bad file descriptor in %s on line %d
bool(false)
string(7) "nothing"
string(7) "nothing"
-- (3) the receiving socket's stream closed by buffer_size

Warning: socket_recvmsg(): Error in recvmsg [9]: Bad file descriptor in %s on line %d
bool(false)
string(19) "for the reused pair"
-- (4) a listed Socket's stream closed by a later element
int(1)
int(1)
bool(true)
