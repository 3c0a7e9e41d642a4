--TEST--
A signal handler (pcntl_async_signals) that calls socket_select() while another socket_select() blocks: the outer call fails with EINTR, the handler's call works, the next call works
--DESCRIPTION--
SIGALRM (pcntl_alarm) arrives while socket_select waits with no timeout. The kernel ends the
wait with EINTR; the handler runs after the outer call has returned (at the engine's next
interrupt check), and its own socket_select sees only its own sockets.
--SKIPIF--
<?php if (!extension_loaded('sockets') || !function_exists('pcntl_alarm')) die('skip sockets and pcntl needed'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $waited);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $handlers);
socket_write($handlers[1], "x");
pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () use ($handlers, $waited) {
    echo "handler\n";
    $r = ['h' => $handlers[0], 'idle' => $waited[0]]; $w = null; $e = [$handlers[1]];
    var_dump(socket_select($r, $w, $e, 0), array_keys($r), $e);
});
pcntl_alarm(1);
$r = ['waited' => $waited[0]]; $w = null; $e = [$waited[1]];
var_dump(socket_select($r, $w, $e, null), socket_last_error(), array_keys($r), count($e));
echo "after\n";
socket_write($waited[1], "y");
$r = ['waited' => $waited[0]]; $w = ['w' => $waited[1]]; $e = null;
var_dump(socket_select($r, $w, $e, 30), array_keys($r), array_keys($w));
?>
--EXPECTF--
Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
handler
int(1)
array(1) {
  [0]=>
  string(1) "h"
}
array(0) {
}
bool(false)
int(4)
array(1) {
  [0]=>
  string(6) "waited"
}
int(1)
after
int(2)
array(1) {
  [0]=>
  string(6) "waited"
}
array(1) {
  [0]=>
  string(1) "w"
}
