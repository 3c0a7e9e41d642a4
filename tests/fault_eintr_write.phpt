--TEST--
Fault: a signal during a blocking socket_write(): restarted under SA_RESTART, else false with EINTR and a warning; once bytes went out, a partial count (as bundled); no byte lost
--DESCRIPTION--
Over a Unix stream connection to a child process.
1. The send buffer is full before the call (filled non-blocking): nothing can go out, so the
   interrupted call is restarted under SA_RESTART (it returns a count once the child drains), or
   fails with EINTR and a warning without it.
2. The buffer is empty and the write is larger than it: part goes out, then the call blocks; the
   signal ends it with the count written so far, whatever SA_RESTART says.
The test keeps writing until everything it meant to send is counted; the child reads exactly that
many bytes and then finds nothing more queued.
--SKIPIF--
<?php if (!extension_loaded('sockets') || !function_exists('pcntl_signal')) die('skip sockets and pcntl needed'); ?>
--FILE--
<?php
require __DIR__ . '/include/fault.inc';
$f = fault_start(true);
$s = $f['peer'];
socket_set_option($s, SOL_SOCKET, SO_SNDBUF, 65536);
$len = 100000;
$fill = function () use ($s): int {
    socket_set_nonblock($s);
    $n = 0;
    while (($r = @socket_write($s, str_repeat('f', 65536))) !== false) { $n += $r; }
    socket_set_block($s);
    return $n;
};
// Blocking writes of what is left until $len bytes are counted.
$finish = function (int $done, int $len) use ($s): int {
    while ($done < $len) {
        $r = socket_write($s, str_repeat('w', $len - $done));
        if ($r === false) { echo "write failed\n"; break; }
        $done += $r;
    }
    return $done;
};
echo "== buffer full before the call\n";
fault_eintr_matrix($f,
    function ($restart) use ($fill, $len) {
        $filled = $fill();
        return ['SIG ' . SIGUSR1, 'DRAIN ' . ($filled + ($restart ? $len : 0))];
    },
    function () use ($s, $len, $finish) {
        socket_clear_error($s);
        $n = socket_write($s, str_repeat('w', $len));
        var_dump(is_int($n) ? ($n > 0 ? 'count > 0' : $n) : $n, socket_last_error($s));
        if (is_int($n)) {
            var_dump($finish($n, $len) === $len);
        }
    },
    function () use (&$f) { echo fault_left($f), "\n"; });
echo "== write larger than the buffer\n";
$big = 8 << 20;
fault_eintr_matrix($f,
    fn() => ['SIG ' . SIGUSR1, 'DRAIN ' . $big],
    function () use ($s, $big, $finish) {
        socket_clear_error($s);
        $n = socket_write($s, str_repeat('p', $big));
        var_dump(is_int($n) && $n > 0 && $n < $big, socket_last_error($s));
        var_dump($finish($n, $big) === $big);
    },
    function () use (&$f) { echo fault_left($f), "\n"; },
    fn() => false);   // the call finishes the write itself: the peer must drain while it runs
fault_stop($f);
?>
--EXPECTF--
== buffer full before the call
--- restart_syscalls=true async_signals=false
string(9) "count > 0"
int(0)
bool(true)
handler ran: 0
after dispatch: 1
LEFT 0
--- restart_syscalls=true async_signals=true
string(9) "count > 0"
int(0)
bool(true)
handler ran: 1
after dispatch: 1
LEFT 0
--- restart_syscalls=false async_signals=false

Warning: socket_write(): unable to write to socket [4]: Interrupted system call in %s on line %d
bool(false)
int(4)
handler ran: 0
after dispatch: 1
LEFT 0
--- restart_syscalls=false async_signals=true

Warning: socket_write(): unable to write to socket [4]: Interrupted system call in %s on line %d
bool(false)
int(4)
handler ran: 1
after dispatch: 1
LEFT 0
== write larger than the buffer
--- restart_syscalls=true async_signals=false
bool(true)
int(0)
bool(true)
handler ran: 0
after dispatch: 1
LEFT 0
--- restart_syscalls=true async_signals=true
bool(true)
int(0)
bool(true)
handler ran: 1
after dispatch: 1
LEFT 0
--- restart_syscalls=false async_signals=false
bool(true)
int(0)
bool(true)
handler ran: 0
after dispatch: 1
LEFT 0
--- restart_syscalls=false async_signals=true
bool(true)
int(0)
bool(true)
handler ran: 1
after dispatch: 1
LEFT 0