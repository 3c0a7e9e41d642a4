--TEST--
socket_sendmsg: an iov array (held by reference) freed by an element's __toString is still sent as it was
--DESCRIPTION--
Issue 10 item 2. The first iov element is an object whose __toString drops the only holder of
the iov array; the conversion used to go on walking the freed array (heap-use-after-free under
ASan). Every array read is now held by the conversion until the call ends: the message is sent
with the elements as they were when the iov array was read.
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension refuses references in message arrays'); ?>
--FILE--
<?php
class DropsIov
{
    public function __toString(): string
    {
        $GLOBALS['iov'] = 'replaced';
        return 'first-';
    }
}
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
$iov = [new DropsIov, str_repeat('x', 3), implode('', ['la', 'st'])];
var_dump(socket_sendmsg($pair[0], ['iov' => &$iov]));
var_dump($iov);
$m = ['buffer_size' => 100, 'controllen' => 100];
var_dump(socket_recvmsg($pair[1], $m, MSG_DONTWAIT), $m['iov']);
?>
--EXPECT--
int(13)
string(8) "replaced"
int(13)
array(1) {
  [0]=>
  string(13) "first-xxxlast"
}
