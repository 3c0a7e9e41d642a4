<?php
// SCM_RIGHTS with PHP streams (the bundled-compatible side; Socket objects in the data are an
// intentional difference, see tests/msg_scm_rights_socket_objects_arrive_intact.phpt).
require __DIR__ . '/_lib.inc';
require __DIR__ . '/_msg.inc';
scratch_fds();

// What a received descriptor looks like, without ids.
function describe($x): string
{
    if (is_resource($x)) {
        $md = stream_get_meta_data($x);
        return 'stream ' . $md['stream_type'] . ' mode=' . $md['mode'] . ' seekable=' . var_export($md['seekable'], true);
    }
    if ($x instanceof Socket) {
        return 'Socket type=' . socket_get_option($x, SOL_SOCKET, SO_TYPE);
    }
    return gettype($x);
}

function recv_rights(Socket $b, int $n = 4)
{
    $m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, $n)];
    $r = socket_recvmsg($b, $m);
    if ($r === false) return false;
    echo "   iov=", json_encode($m['iov']), " flags=", $m['flags'], " cmsgs=", count($m['control']), "\n";
    foreach ($m['control'] as $i => $c) {
        echo "   #$i level=$c[level] type=$c[type] n=", count($c['data']), " keys=", json_encode(array_keys($c['data'])), "\n";
        foreach ($c['data'] as $x) echo "      ", describe($x), "\n";
    }
    return $m;
}

$tmp = sys_get_temp_dir() . '/sng-diff-' . getmypid() . '-812.txt';
file_put_contents($tmp, "file contents\n");
register_shutdown_function(function () use ($tmp) { @unlink($tmp); });

socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($b);

section('streams that work');
$f = fopen($tmp, 'r');
t('one file', fn() => socket_sendmsg($a, ['iov' => ['f'], 'control' => [rights([$f])]]));
t('recv', function () use ($b) {
    $m = recv_rights($b);
    $g = $m['control'][0]['data'][0];
    fseek($g, 0);
    return fread($g, 100);
});
t('FD_A and FD_B', fn() => socket_sendmsg($a, ['iov' => ['o'], 'control' => [rights([FD_A, FD_B])]]));
t('recv', fn() => is_array(recv_rights($b)));
t('same stream three times', fn() => socket_sendmsg($a, ['iov' => ['3'], 'control' => [rights([$f, $f, $f])]]));
t('recv', fn() => is_array(recv_rights($b)));
$srv = stream_socket_server('tcp://127.0.0.1:0', $eno, $estr);
t('socket stream arrives as Socket', fn() => socket_sendmsg($a, ['iov' => ['s'], 'control' => [rights([$srv])]]));
t('recv', function () use ($b, $srv) {
    $m = recv_rights($b);
    $x = $m['control'][0]['data'][0];
    socket_getsockname($x, $addr, $port);
    return [$addr, $port === (int) substr(strrchr(stream_socket_get_name($srv, false), ':'), 1)];
});
$pipe = popen('true', 'r');
t('pipe stream (popen)', fn() => socket_sendmsg($a, ['iov' => ['p'], 'control' => [rights([$pipe])]]));
t('recv', fn() => is_array(recv_rights($b)));
pclose($pipe);
t('keyed data array', fn() => socket_sendmsg($a, ['iov' => ['k'], 'control' => [rights(['x' => FD_A, 'y' => $f])]]));
t('recv', fn() => is_array(recv_rights($b)));
t('two SCM_RIGHTS messages', fn() => socket_sendmsg($a, ['iov' => ['2'], 'control' => [rights([FD_A]), rights([$f, FD_B])]]));
t('recv', fn() => is_array(recv_rights($b)));
t('control list with string keys', fn() => socket_sendmsg($a, ['iov' => ['sk'], 'control' => ['a' => rights([FD_A]), 'b' => rights([FD_B])]]));
t('recv', fn() => is_array(recv_rights($b)));
t('control list with sparse keys', fn() => socket_sendmsg($a, ['iov' => ['sp'], 'control' => [7 => rights([FD_A])]]));
t('recv', fn() => is_array(recv_rights($b)));
t('level and type as numeric strings', fn() => socket_sendmsg($a, ['iov' => ['ns'], 'control' => [['level' => (string) SOL_SOCKET, 'type' => (string) SCM_RIGHTS, 'data' => [FD_A]]]]));
t('recv', fn() => is_array(recv_rights($b)));
t('extra keys in the element', fn() => socket_sendmsg($a, ['iov' => ['xk'], 'control' => [rights([FD_A]) + ['junk' => 1]]]));
t('recv', fn() => is_array(recv_rights($b)));
drain($b);

section('rights on a stream socketpair');
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
t('send', fn() => socket_sendmsg($q[0], ['iov' => ['abc'], 'control' => [rights([$f])]]));
t('recv', fn() => is_array(recv_rights($q[1])));

section('streams that fail');
$mem = fopen('php://memory', 'r+');
t('php://memory', fn() => socket_sendmsg($a, ['iov' => ['m'], 'control' => [rights([$mem])]]));
$temp = fopen('php://temp', 'r+');
t('php://temp', fn() => socket_sendmsg($a, ['iov' => ['m'], 'control' => [rights([$temp])]]));
$closed = fopen($tmp, 'r');
fclose($closed);
t('closed stream', fn() => socket_sendmsg($a, ['iov' => ['c'], 'control' => [rights([$closed])]]));
t('closed stream second', fn() => socket_sendmsg($a, ['iov' => ['c'], 'control' => [rights([FD_A, $closed])]]));
$ctx = stream_context_create();
t('stream context', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([$ctx])]]));
t('stream context third', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([FD_A, FD_B, $ctx])]]));
$dir = opendir(sys_get_temp_dir());
t('directory handle', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([$dir])]]));
closedir($dir);
t('stdClass', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([new stdClass])]]));
t('closure', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([fn() => 1])]]));
t('int', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([1])]]));
t('string', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights(['0'])]]));
t('null', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([null])]]));
t('nested array', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([[FD_A]])]]));
t('int after stream', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([FD_A, 1])]]));
t('empty data array', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([])]]));
t('data int', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights(1)]]));
t('data stream (not in array)', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights(FD_A)]]));
t('data missing', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS]]]));
t('data null', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights(null)]]));
t('bad element after good', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([FD_A]), rights([1])]]));
t('good after bad', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([1]), rights([FD_A])]]));
t('third element bad', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights([FD_A]), rights([FD_B]), rights([$mem])]]));
t('bad in keyed list', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => ['a' => rights([FD_A]), 'b' => rights(['z'])]]));
t('bad in keyed data', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [rights(['x' => FD_A, 'y' => 'z'])]]));
errs($a);
drain($b);

section('received streams are usable');
t('send write end, write through the received one', function () use ($a, $b, $tmp) {
    $w = fopen($tmp, 'a');
    socket_sendmsg($a, ['iov' => ['w'], 'control' => [rights([$w])]]);
    fclose($w);
    $m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
    socket_recvmsg($b, $m);
    $g = $m['control'][0]['data'][0];
    fwrite($g, "appended\n");
    fclose($g);
    return file_get_contents($tmp);
});
