--TEST--
socket_sendmsg: PHP code run by one control element that frees a later element (held by reference) does not touch freed memory
--DESCRIPTION--
Issue 10 item 2. Element #0's pid is an object whose __toString drops the only other holder of
element #1 (a reference), so element #1's array is freed while the message is being converted.
The conversion used to find every element first and write them after, keeping a pointer into
element #1's array across element #0's __toString: a heap-use-after-free (ASan). Each element is
now converted completely before the next is looked at, and every value read is held until the
call ends, so element #1 is seen as it is when its turn comes (null here: "expected an array").
The same with the 'control' array itself held by reference and replaced.
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension refuses references in message arrays'); ?>
--FILE--
<?php
class DropsElementOne
{
    public function __toString(): string
    {
        $GLOBALS['one'] = null;       // frees element #1's array: nothing else holds it
        return (string) getmypid();
    }
}
class DropsControl
{
    public function __toString(): string
    {
        $GLOBALS['control'] = null;   // frees the control array and both elements
        return (string) getmypid();
    }
}
function cred($pid): array
{
    return ['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS,
        'data' => ['pid' => $pid, 'uid' => posix_getuid(), 'gid' => posix_getgid()]];
}
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);

echo "-- element #1 freed by element #0\n";
$one = cred(getmypid());                  // built at run time: a refcounted array
$control = [cred(new DropsElementOne), &$one];
var_dump(socket_sendmsg($pair[0], ['iov' => ['a'], 'control' => $control]));
var_dump($one);

echo "-- the control array freed by element #0 (control held by reference)\n";
$control = [cred(new DropsControl), cred(getmypid())];
var_dump(socket_sendmsg($pair[0], ['iov' => ['b'], 'control' => &$control]));
var_dump($control);
$m = ['buffer_size' => 10, 'controllen' => 100];
var_dump(socket_recvmsg($pair[1], $m, MSG_DONTWAIT), $m['iov']);
echo "done\n";
?>
--EXPECTF--
-- element #1 freed by element #0

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #1): expected an array here in %s on line %d
bool(false)
NULL
-- the control array freed by element #0 (control held by reference)
int(1)
NULL
int(1)
array(1) {
  [0]=>
  string(1) "b"
}
done
