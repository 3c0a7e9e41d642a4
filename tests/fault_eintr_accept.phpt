--TEST--
Fault: a signal during a blocking socket_accept(): restarted under SA_RESTART, else false with EINTR and a warning (as bundled)
--DESCRIPTION--
A child process sends SIGUSR1 while this process is blocked in accept(), then connects.
--SKIPIF--
<?php if (!extension_loaded('sockets') || !function_exists('pcntl_signal')) die('skip sockets and pcntl needed'); ?>
--FILE--
<?php
require __DIR__ . '/include/fault.inc';
$f = fault_start();
$l = $f['listener'];
fault_eintr_matrix($f,
    fn() => ['SIG ' . SIGUSR1, 'CONNECT'],
    function () use ($l) {
        socket_clear_error($l);
        socket_clear_error();
        $c = socket_accept($l);
        // the bundled one records the error globally, not on the listener
        var_dump($c instanceof Socket ? 'Socket' : $c, socket_last_error($l), socket_last_error());
    },
    function ($restart) use ($l) {
        if (!$restart) {
            // the connection made after the interruption is still pending
            socket_set_nonblock($l);
            var_dump(socket_accept($l) instanceof Socket);
            socket_set_block($l);
        }
    });
fault_stop($f);
?>
--EXPECTF--
--- restart_syscalls=true async_signals=false
string(6) "Socket"
int(0)
int(0)
handler ran: 0
after dispatch: 1
--- restart_syscalls=true async_signals=true
string(6) "Socket"
int(0)
int(0)
handler ran: 1
after dispatch: 1
--- restart_syscalls=false async_signals=false

Warning: socket_accept(): unable to accept incoming connection [4]: Interrupted system call in %s on line %d
bool(false)
int(0)
int(4)
handler ran: 0
after dispatch: 1
bool(true)
--- restart_syscalls=false async_signals=true

Warning: socket_accept(): unable to accept incoming connection [4]: Interrupted system call in %s on line %d
bool(false)
int(0)
int(4)
handler ran: 1
after dispatch: 1
bool(true)