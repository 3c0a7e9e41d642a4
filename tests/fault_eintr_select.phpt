--TEST--
Fault: a signal during a blocking socket_select(): false with EINTR and a warning whatever SA_RESTART says (as bundled)
--DESCRIPTION--
select() is never restarted after a signal handler (signal(7)), so neither is socket_select(),
with or without restart_syscalls; the arrays are left as they were passed. A child sends SIGUSR1
while this process waits (no timeout), then writes.
--SKIPIF--
<?php if (!extension_loaded('sockets') || !function_exists('pcntl_signal')) die('skip sockets and pcntl needed'); ?>
--FILE--
<?php
require __DIR__ . '/include/fault.inc';
$f = fault_start();
$s = $f['peer'];
$after = function () use ($s) {
    $r = socket_recv($s, $buf, 100, MSG_DONTWAIT);
    echo "left queued: "; var_dump($buf);
};
foreach ([null, 30] as $timeout) {
    echo "== timeout ", var_export($timeout, true), "\n";
    fault_eintr_matrix($f,
        fn() => ['SIG ' . SIGUSR1, 'WRITE x'],
        function () use ($s, $timeout) {
            socket_clear_error();
            $r = ['k' => $s]; $w = null; $e = [7 => $s];
            var_dump(socket_select($r, $w, $e, $timeout), array_keys($r), array_keys($e), socket_last_error());
        }, $after,
        fn() => true);   // socket_select is never restarted: the byte is written once it has returned
}
fault_stop($f);
?>
--EXPECTF--
== timeout NULL
--- restart_syscalls=true async_signals=false

Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
bool(false)
array(1) {
  [0]=>
  string(1) "k"
}
array(1) {
  [0]=>
  int(7)
}
int(4)
handler ran: 0
after dispatch: 1
left queued: string(1) "x"
--- restart_syscalls=true async_signals=true

Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
bool(false)
array(1) {
  [0]=>
  string(1) "k"
}
array(1) {
  [0]=>
  int(7)
}
int(4)
handler ran: 1
after dispatch: 1
left queued: string(1) "x"
--- restart_syscalls=false async_signals=false

Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
bool(false)
array(1) {
  [0]=>
  string(1) "k"
}
array(1) {
  [0]=>
  int(7)
}
int(4)
handler ran: 0
after dispatch: 1
left queued: string(1) "x"
--- restart_syscalls=false async_signals=true

Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
bool(false)
array(1) {
  [0]=>
  string(1) "k"
}
array(1) {
  [0]=>
  int(7)
}
int(4)
handler ran: 1
after dispatch: 1
left queued: string(1) "x"
== timeout 30
--- restart_syscalls=true async_signals=false

Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
bool(false)
array(1) {
  [0]=>
  string(1) "k"
}
array(1) {
  [0]=>
  int(7)
}
int(4)
handler ran: 0
after dispatch: 1
left queued: string(1) "x"
--- restart_syscalls=true async_signals=true

Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
bool(false)
array(1) {
  [0]=>
  string(1) "k"
}
array(1) {
  [0]=>
  int(7)
}
int(4)
handler ran: 1
after dispatch: 1
left queued: string(1) "x"
--- restart_syscalls=false async_signals=false

Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
bool(false)
array(1) {
  [0]=>
  string(1) "k"
}
array(1) {
  [0]=>
  int(7)
}
int(4)
handler ran: 0
after dispatch: 1
left queued: string(1) "x"
--- restart_syscalls=false async_signals=true

Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
bool(false)
array(1) {
  [0]=>
  string(1) "k"
}
array(1) {
  [0]=>
  int(7)
}
int(4)
handler ran: 1
after dispatch: 1
left queued: string(1) "x"