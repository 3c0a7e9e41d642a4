--TEST--
socket_wsaprotocol_info_export starts its agent thread before it returns: a child forked right after never hangs
--DESCRIPTION--
Issue 19 item 6: share_other_user_may_not_import.phpt hung now and then under ASan (run-tests'
"process timed out"). The first export starts the agent thread; a fork() made while that thread
was still starting copied a lock its start-up held (ASan's) into the child, which has no thread
to release it: the child spun for ever. Export now returns once the thread runs its own code.
300 rounds of export, fork at once, import in the child (the child is not the target: refused)
and a large allocation, release (the agent ends; the next export starts a new one); a round is
given 60 s. The race is one of timing: with the old code, the same rounds run as a script under
ASan (ASAN_OPTIONS without fast_unwind_on_malloc=0) hung in 3 of 200 and 2 of 300 rounds, with
check-asan.sh's settings in none of 300; with the new code in none of 400. sockets-ng only.
--SKIPIF--
<?php
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: socket_wsaprotocol_info_* exist on Windows only in the bundled extension');
if (!function_exists('pcntl_fork')) die('skip pcntl needed');
?>
--FILE--
<?php
$hung = $failed = 0;
for ($round = 0; $round < 300; $round++) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
    $id = socket_wsaprotocol_info_export($pair[0], posix_getppid());
    $pid = pcntl_fork();
    if ($pid === 0) {
        pcntl_alarm(60);
        $imported = @socket_wsaprotocol_info_import($id);
        $work = str_repeat('x', 100000);   // a large allocation, as any child makes
        exit($imported === false && socket_last_error() === SOCKET_EPERM && strlen($work) === 100000 ? 0 : 1);
    }
    $deadline = microtime(true) + 60;
    $status = null;
    while (microtime(true) < $deadline) {
        if (pcntl_waitpid($pid, $st, WNOHANG) === $pid) {
            $status = $st;
            break;
        }
        usleep(1000);
    }
    if ($status === null) {
        $hung++;
        posix_kill($pid, SIGKILL);
        pcntl_waitpid($pid, $st);
    } elseif (!pcntl_wifexited($status) || pcntl_wexitstatus($status) !== 0) {
        $failed++;
    }
    socket_wsaprotocol_info_release($id);
    socket_close($pair[0]);
    socket_close($pair[1]);
}
echo "hung: $hung, refused otherwise: $failed\n";
?>
--EXPECT--
hung: 0, refused otherwise: 0
