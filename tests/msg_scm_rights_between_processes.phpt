--TEST--
SCM_RIGHTS between processes: a forked child accepts on a listening socket it received; a stream goes back
--DESCRIPTION--
The parent passes a listening TCP socket (a stream_socket_server stream, so the test also runs
under the bundled extension) to a pcntl_fork()ed child over a unix socketpair, closes its own
copy, and connects: only the child can accept. The child answers on the accepted connection and
sends a file stream back; the parent reads what the child wrote through it.
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl needed'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$tmp = sys_get_temp_dir() . '/msg_rights_procs_' . getmypid() . '.txt';
@unlink($tmp);

$pid = pcntl_fork();
if ($pid === -1) { die("fork failed\n"); }
if ($pid === 0) {
    // child: every wait is bounded (5 s), failures are reported to the parent over the pair
    socket_close($pair[0]);
    $p = $pair[1];
    socket_set_option($p, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 60, 'usec' => 0]);
    $m = ['buffer_size' => 16, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
    $ok = socket_recvmsg($p, $m);
    $l = $m['control'][0]['data'][0] ?? null;
    if (!$ok || !($l instanceof Socket)) { socket_write($p, "child: no listener\n"); exit(1); }
    $r = [$l]; $w = $e = null;
    if (socket_select($r, $w, $e, 60) !== 1) { socket_write($p, "child: no connection\n"); exit(1); }
    $conn = socket_accept($l);
    socket_set_option($conn, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 60, 'usec' => 0]);
    $line = socket_read($conn, 100, PHP_NORMAL_READ);
    socket_write($conn, "child " . getmypid() . " got: $line");
    socket_close($conn);
    $f = fopen($tmp, 'w+');
    fwrite($f, "written by the child\n");
    socket_sendmsg($p, ['iov' => ['f'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$f]]]]);
    fclose($f);
    exit(0);
}

// parent
socket_close($pair[1]);
$p = $pair[0];
socket_set_option($p, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 60, 'usec' => 0]);
$srv = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$port = (int) substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
var_dump(socket_sendmsg($p, ['iov' => ['L'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$srv]]]]));
fclose($srv); // from now on only the child holds the listening socket

$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($c, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 60, 'usec' => 0]);
var_dump(socket_connect($c, '127.0.0.1', $port));
socket_write($c, "hello from the parent\n");
$reply = '';
while (($chunk = socket_read($c, 100)) !== false && $chunk !== '') { $reply .= $chunk; }
var_dump($reply === "child $pid got: hello from the parent\n");

$m = ['buffer_size' => 64, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
var_dump(socket_recvmsg($p, $m));
var_dump($m['iov']);
$f = $m['control'][0]['data'][0] ?? null;
var_dump(is_resource($f));
fseek($f, 0);
var_dump(fread($f, 100));
fclose($f);

$status = null;
for ($i = 0; $i < 500 && pcntl_waitpid($pid, $status, WNOHANG) === 0; $i++) { usleep(10000); }
if ($i === 500) { posix_kill($pid, 9); pcntl_waitpid($pid, $status); }
var_dump(pcntl_wifexited($status) && pcntl_wexitstatus($status) === 0);
unlink($tmp);
?>
--EXPECT--
int(1)
bool(true)
bool(true)
int(1)
array(1) {
  [0]=>
  string(1) "f"
}
bool(true)
string(21) "written by the child
"
bool(true)
