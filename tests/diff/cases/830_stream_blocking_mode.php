<?php
// The blocking mode of a stream made by socket_export_stream comes from the Socket's own record of
// socket_set_block/socket_set_nonblock (or, for an imported stream, from the descriptor when it
// was imported), not from the descriptor at export time: another process sharing the descriptor
// may have changed that.
function blocked($stream): string { return var_export(stream_get_meta_data($stream)['blocked'], true); }

// Runs $change in a forked child (which shares the descriptors' open files) and waits for it.
function in_child(callable $change): void
{
    $pid = pcntl_fork();
    if ($pid === 0) {
        $change();
        posix_kill(posix_getpid(), SIGKILL);   // no shutdown code of the parent's script
    }
    pcntl_waitpid($pid, $status);
}

echo "-- a child makes the shared descriptor non-blocking\n";
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
in_child(fn() => socket_set_nonblock($p[0]));
echo "exported: ", blocked(socket_export_stream($p[0])), "\n";

echo "-- a child makes it blocking again after we made it non-blocking\n";
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_nonblock($p[0]);
in_child(fn() => socket_set_block($p[0]));
echo "exported: ", blocked(socket_export_stream($p[0])), "\n";

echo "-- set_nonblock then set_block here\n";
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_nonblock($p[0]);
socket_set_block($p[0]);
echo "exported: ", blocked(socket_export_stream($p[0])), "\n";

echo "-- a TCP socket (tcp:// stream) and a UDP one (udp:// stream)\n";
$l = socket_create_listen(0);
socket_set_nonblock($l);
in_child(fn() => socket_set_block($l));
echo "listener exported: ", blocked(socket_export_stream($l)), "\n";
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
in_child(fn() => socket_set_nonblock($u));
echo "udp exported: ", blocked(socket_export_stream($u)), "\n";

echo "-- accepted from a non-blocking listener\n";
$l2 = socket_create_listen(0);
socket_getsockname($l2, $addr, $port2);
socket_set_nonblock($l2);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port2);
usleep(20000);
$a = socket_accept($l2);
echo "accepted exported: ", blocked(socket_export_stream($a)), "\n";

echo "-- imported: the descriptor's mode when imported\n";
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
stream_set_blocking($x, false);
$s = socket_import_stream($x);
echo "imported: ", blocked(socket_export_stream($s)), "\n";
in_child(fn() => socket_set_block($s));
echo "after a child's set_block: ", blocked(socket_export_stream($s)), "\n";
