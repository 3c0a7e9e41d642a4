--TEST--
Fault: a signal during a blocking socket_read() (binary and PHP_NORMAL_READ): same results as bundled
--DESCRIPTION--
A child process sends SIGUSR1 while this process is blocked in socket_read(), then writes.
Binary reads are restarted under SA_RESTART; otherwise false, EINTR and a warning.
PHP_NORMAL_READ with part of a line already queued ("ab", then "c\r"): under SA_RESTART the line completes;
without, the call fails with EINTR and the part already taken is lost, as in the bundled one.
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
echo "== PHP_BINARY_READ\n";
fault_eintr_matrix($f,
    fn() => ['SIG ' . SIGUSR1, 'WRITE hello'],
    function () use ($s) {
        socket_clear_error($s);
        var_dump(socket_read($s, 100), socket_last_error($s));
    }, $after);
echo "== PHP_NORMAL_READ\n";
fault_eintr_matrix($f,
    fn() => ['WRITE ab', 'SIG ' . SIGUSR1, "WRITE c\r"],
    function () use ($s) {
        socket_clear_error($s);
        var_dump(socket_read($s, 100, PHP_NORMAL_READ), socket_last_error($s));
    }, $after);
fault_stop($f);
?>
--EXPECTF--
== PHP_BINARY_READ
--- restart_syscalls=true async_signals=false
string(5) "hello"
int(0)
handler ran: 0
after dispatch: 1
left queued: NULL
--- restart_syscalls=true async_signals=true
string(5) "hello"
int(0)
handler ran: 1
after dispatch: 1
left queued: NULL
--- restart_syscalls=false async_signals=false

Warning: socket_read(): unable to read from socket [4]: Interrupted system call in %s on line %d
bool(false)
int(4)
handler ran: 0
after dispatch: 1
left queued: string(5) "hello"
--- restart_syscalls=false async_signals=true

Warning: socket_read(): unable to read from socket [4]: Interrupted system call in %s on line %d
bool(false)
int(4)
handler ran: 1
after dispatch: 1
left queued: string(5) "hello"
== PHP_NORMAL_READ
--- restart_syscalls=true async_signals=false
string(4) "abc"
int(0)
handler ran: 0
after dispatch: 1
left queued: NULL
--- restart_syscalls=true async_signals=true
string(4) "abc"
int(0)
handler ran: 1
after dispatch: 1
left queued: NULL
--- restart_syscalls=false async_signals=false

Warning: socket_read(): unable to read from socket [4]: Interrupted system call in %s on line %d
bool(false)
int(4)
handler ran: 0
after dispatch: 1
left queued: string(2) "c"
--- restart_syscalls=false async_signals=true

Warning: socket_read(): unable to read from socket [4]: Interrupted system call in %s on line %d
bool(false)
int(4)
handler ran: 1
after dispatch: 1
left queued: string(2) "c"