--TEST--
A Socket whose stream was fclose()d counts as closed in socket_select arrays and SCM_RIGHTS data
--DESCRIPTION--
socket_select and socket_sendmsg take Socket objects out of arrays. One whose stream was
fclose()d must be refused as a socket_close()d one is, not polled or sent under its old number
(which the file opened next reuses: the peer would receive that file).
sockets-ng only: the bundled Socket keeps the old number.
--SKIPIF--
<?php
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension keeps the old number');
?>
--FILE--
<?php
require __DIR__ . '/include/sockets.inc';
$path = sys_get_temp_dir() . '/stream_fclose_select_' . getmypid() . '.txt';

function closed_by(string $how): Socket
{
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
    if ($how === 'fclose') {
        fclose(socket_export_stream($pair[0]));
    } else {
        socket_close($pair[0]);
    }
    return $pair[0];
}

socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $channel);
foreach (['socket_close', 'fclose'] as $how) {
    echo "-- closed by $how\n";
    $sock = closed_by($how);
    $file = fopen($path, 'w+');   // may take the number the Socket had
    $r = [$sock]; $w = null; $e = null;
    sk_try(fn() => socket_select($r, $w, $e, 0));
    sk_try(fn() => socket_sendmsg($channel[0], ['iov' => ['x'],
        'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$sock]]]], 0));
    $m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
    socket_set_nonblock($channel[1]);
    sk_try(fn() => @socket_recvmsg($channel[1], $m, 0));   // nothing may have been sent
    fclose($file);
}
unlink($path);
?>
--CLEAN--
<?php @unlink(sys_get_temp_dir() . '/stream_fclose_select_' . getmypid() . '.txt'); ?>
--EXPECTF--
-- closed by socket_close
TypeError: socket_select(): Argument #1 ($read) contains a closed socket

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #1): socket is already closed in %s on line %d
bool(false)
bool(false)
-- closed by fclose
TypeError: socket_select(): Argument #1 ($read) contains a closed socket

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #1): socket is already closed in %s on line %d
bool(false)
bool(false)
