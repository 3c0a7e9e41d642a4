--TEST--
socket_recvmsg: the message array freed by a __toString while it is read, and a destructor that assigns $message while the old array is released, corrupt nothing
--DESCRIPTION--
Issue 10 item 2. (1) buffer_size is an object whose __toString replaces $message: the array being
read was freed under the conversion (heap-use-after-free under ASan; the bundled extension too).
The conversion now holds the array until it is done. (2) The old $message holds an object whose
destructor assigns $message: releasing the old array before storing the result released the
array twice (a double free; a debug build asserts). The result is now put in place first and
the old value released after, so the destructor's assignment is the last word.
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension crashes here'); ?>
--FILE--
<?php
class ReplacesMessage
{
    public function __toString(): string
    {
        $GLOBALS['m'] = 'replaced';
        return '100';
    }
}
class AssignsOnDestruct
{
    public function __destruct()
    {
        $GLOBALS['m'] = 'set by destructor';
    }
}
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);

echo "-- array replaced while it is read\n";
socket_sendmsg($pair[0], ['iov' => ['one']]);
$m = ['buffer_size' => new ReplacesMessage, 'controllen' => 100, 'pad' => str_repeat('p', 10)];
var_dump(socket_recvmsg($pair[1], $m, MSG_DONTWAIT));
var_dump($m['iov']);

echo "-- destructor assigns \$message when the old array is released\n";
socket_sendmsg($pair[0], ['iov' => ['two']]);
$m = ['buffer_size' => 100, 'controllen' => 100, 'guard' => new AssignsOnDestruct];
var_dump(socket_recvmsg($pair[1], $m, MSG_DONTWAIT));
var_dump($m);

echo "-- the same when the received message cannot be converted (false stored)\n";
socket_set_option($pair[1], SOL_SOCKET, 29, 1);   // SO_TIMESTAMP: a control message neither extension converts
socket_sendmsg($pair[0], ['iov' => ['ts']]);
$m = ['buffer_size' => 100, 'controllen' => 100, 'guard' => new AssignsOnDestruct];
var_dump(@socket_recvmsg($pair[1], $m, MSG_DONTWAIT));
var_dump($m);
socket_set_option($pair[1], SOL_SOCKET, 29, 0);

echo "-- typed property: array result stored\n";
class Holder { public array $m = []; }
$h = new Holder;
$h->m = ['buffer_size' => 100, 'controllen' => 100];
socket_sendmsg($pair[0], ['iov' => ['three']]);
var_dump(socket_recvmsg($pair[1], $h->m, MSG_DONTWAIT));
var_dump($h->m['iov']);
?>
--EXPECT--
-- array replaced while it is read
int(3)
array(1) {
  [0]=>
  string(3) "one"
}
-- destructor assigns $message when the old array is released
int(3)
string(17) "set by destructor"
-- the same when the received message cannot be converted (false stored)
int(2)
string(17) "set by destructor"
-- typed property: array result stored
int(5)
array(1) {
  [0]=>
  string(5) "three"
}
