--TEST--
recvmsg on a unix stream pair reassembles 1 MiB written by a forked writer with sendmsg
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl needed'); ?>
--FILE--
<?php
$data = '';
for ($i = 0; strlen($data) < 1048576; $i++) { $data .= sha1("block $i", true) . pack('N', $i); }
$data = substr($data, 0, 1048576);

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$r, $w] = $p;
$pid = pcntl_fork();
if ($pid === 0) {
    socket_close($r);
    socket_set_option($w, SOL_SOCKET, SO_SNDTIMEO, ['sec' => 10, 'usec' => 0]);
    $off = 0;
    $len = strlen($data);
    while ($off < $len) {
        // three iov pieces of different sizes per call; a short write continues where it stopped
        $chunk = substr($data, $off, 100000);
        $n = socket_sendmsg($w, ['iov' => [substr($chunk, 0, 7), substr($chunk, 7, 40000), substr($chunk, 40007)]]);
        if ($n === false || $n === 0) exit(1);
        $off += $n;
    }
    socket_close($w);
    exit(0);
}
socket_close($w);
socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 10, 'usec' => 0]);
$got = '';
$calls = 0;
$bad = 0;
while (true) {
    $m = ['buffer_size' => 65536, 'controllen' => 1];
    $n = socket_recvmsg($r, $m);
    if ($n === false) { echo "recvmsg failed: ", socket_strerror(socket_last_error()), "\n"; break; }
    if ($n === 0) break; // EOF
    $calls++;
    $piece = implode('', $m['iov']);
    if (strlen($piece) !== $n || $m['flags'] !== 0) $bad++;
    $got .= $piece;
}
pcntl_waitpid($pid, $status);
var_dump(pcntl_wifexited($status) && pcntl_wexitstatus($status) === 0);
var_dump(strlen($got), sha1($got) === sha1($data), $bad, $calls >= 16);
?>
--EXPECT--
bool(true)
int(1048576)
bool(true)
int(0)
bool(true)
