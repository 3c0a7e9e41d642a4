--TEST--
SCM_RIGHTS with a user-space stream: PHP code run by its stream_cast (freeing the data array, closing a listed Socket) changes nothing already read
--DESCRIPTION--
Issue 10 items 2 and 6. A stream of a user-space wrapper yields its descriptor by calling the
wrapper's stream_cast(), which is PHP code. Here it drops the only holder of the SCM_RIGHTS data
array (held by reference) and closes the Socket listed before it. The conversion holds every
array it reads and sends duplicates made when each descriptor was read: the peer receives the
listening socket and the file behind the user stream, in order.
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension sends fd 0 for Socket objects and refuses references'); ?>
--FILE--
<?php
class CastingWrapper
{
    public $context;
    private $inner;
    public function stream_open($path, $mode, $options, &$opened): bool
    {
        $this->inner = fopen($GLOBALS['file'], 'r');
        return true;
    }
    public function stream_cast(int $as)
    {
        $GLOBALS['data'] = null;            // frees the SCM_RIGHTS data array
        socket_close($GLOBALS['listener']); // closes the Socket listed before this stream
        return $this->inner;
    }
    public function stream_read($n) { return fread($this->inner, $n); }
    public function stream_eof(): bool { return feof($this->inner); }
}
stream_wrapper_register('casting', CastingWrapper::class);
$file = sys_get_temp_dir() . '/msg_user_cast_' . getmypid() . '.txt';
file_put_contents($file, 'file behind the user stream');

$listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($listener, '127.0.0.1', 0);
socket_listen($listener, 1);
socket_getsockname($listener, $addr, $port);

socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
$data = [$listener, fopen('casting://x', 'r')];
var_dump(socket_sendmsg($pair[0], ['iov' => ['m'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => &$data],
]]));
var_dump($data);
$m = ['buffer_size' => 10, 'controllen' => 100];
var_dump(socket_recvmsg($pair[1], $m, MSG_DONTWAIT));
[$gotSocket, $gotFile] = $m['control'][0]['data'];
socket_getsockname($gotSocket, $addr, $gotPort);
var_dump($gotPort === $port);
fseek($gotFile, 0);
var_dump(fread($gotFile, 100));
unlink($file);
?>
--EXPECT--
int(1)
NULL
int(1)
bool(true)
string(27) "file behind the user stream"
