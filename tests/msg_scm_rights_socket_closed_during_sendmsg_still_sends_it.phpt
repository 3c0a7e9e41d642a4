--TEST--
SCM_RIGHTS: a Socket closed by PHP code later in the same socket_sendmsg is still the one sent, not whatever reuses its descriptor number
--DESCRIPTION--
Issue 10 item 6. Element #0 lists a listening socket; element #1's pid is an object whose
__toString closes that socket and opens another one, which gets the freed descriptor number.
The conversion used to copy the number into the SCM_RIGHTS buffer, so the peer received the
unrelated new socket. Each descriptor is now duplicated when it is read and the duplicate sent:
the peer gets the socket that was listed, as it was when the conversion read it (the choice is
"send what was there when read", like every other value of the message).
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension sends fd 0 for Socket objects'); ?>
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
class ClosesListed
{
    public function __toString(): string
    {
        global $listed, $other, $otherPort;
        socket_close($listed);
        [$other, $otherPort] = listener();   // takes the lowest free number: the one just closed
        return (string) getmypid();
    }
}
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
[$listed, $listedPort] = listener();
$message = ['iov' => ['fd'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$listed]],
    ['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS,
        'data' => ['pid' => new ClosesListed, 'uid' => posix_getuid(), 'gid' => posix_getgid()]],
]];
var_dump(socket_sendmsg($pair[0], $message));
var_dump($otherPort !== $listedPort);
$m = ['buffer_size' => 10, 'controllen' => 200];
var_dump(socket_recvmsg($pair[1], $m, MSG_DONTWAIT));
$got = $m['control'][0]['data'][0];
var_dump($got instanceof Socket);
socket_getsockname($got, $addr, $port);
echo $port === $listedPort ? "received the listed socket\n" : ($port === $otherPort ? "received the unrelated socket\n" : "received port $port\n");
echo "-- it still accepts connections made to the listed port\n";
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '127.0.0.1', $listedPort));
socket_set_nonblock($got);   // never wait: the connection is queued once connect returns
var_dump(@socket_accept($got) instanceof Socket);
?>
--EXPECT--
int(2)
bool(true)
int(2)
bool(true)
received the listed socket
-- it still accepts connections made to the listed port
bool(true)
bool(true)
