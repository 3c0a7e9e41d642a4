--TEST--
Fault: a signal during a blocking socket_recv(): restarted under SA_RESTART, else false with EINTR and a warning (as bundled)
--DESCRIPTION--
A child process sends SIGUSR1 while this process is blocked in recv(), then writes "hello".
Each of pcntl_signal()'s restart_syscalls true/false, with pcntl_async_signals() on and off.
--SKIPIF--
<?php if (!extension_loaded('sockets') || !function_exists('pcntl_signal')) die('skip sockets and pcntl needed'); ?>
--FILE--
<?php
require __DIR__ . '/include/fault.inc';
$f = fault_start();
$s = $f['peer'];
fault_eintr_matrix($f,
    fn() => ['SIG ' . SIGUSR1, 'WRITE hello'],
    function () use ($s) {
        socket_clear_error($s);
        $r = socket_recv($s, $buf, 100, 0);
        var_dump($r, $buf, socket_last_error($s));
    },
    function () use ($s) {
        // an interrupted call left the data queued
        $r = socket_recv($s, $buf, 100, MSG_DONTWAIT);
        echo "left queued: "; var_dump($buf);
    });
fault_stop($f);
?>
--EXPECTF--
--- restart_syscalls=true async_signals=false
int(5)
string(5) "hello"
int(0)
handler ran: 0
after dispatch: 1
left queued: NULL
--- restart_syscalls=true async_signals=true
int(5)
string(5) "hello"
int(0)
handler ran: 1
after dispatch: 1
left queued: NULL
--- restart_syscalls=false async_signals=false

Warning: socket_recv(): Unable to read from socket [4]: Interrupted system call in %s on line %d
bool(false)
NULL
int(4)
handler ran: 0
after dispatch: 1
left queued: string(5) "hello"
--- restart_syscalls=false async_signals=true

Warning: socket_recv(): Unable to read from socket [4]: Interrupted system call in %s on line %d
bool(false)
NULL
int(4)
handler ran: 1
after dispatch: 1
left queued: string(5) "hello"