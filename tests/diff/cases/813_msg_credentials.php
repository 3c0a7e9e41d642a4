<?php
// SCM_CREDENTIALS: SO_PASSCRED, explicit and automatic credentials, conversion errors.
require __DIR__ . '/_lib.inc';
require __DIR__ . '/_msg.inc';
scratch_fds();

function creds($data): array
{
    return ['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => $data];
}

// Receive one message and print its control part with pid/uid/gid compared to ours.
function recv_creds(Socket $b, int $controllen)
{
    $m = ['buffer_size' => 10, 'controllen' => $controllen];
    $r = socket_recvmsg($b, $m);
    if ($r === false || !is_array($m)) { var_dump($m); return $r; }
    echo "   iov=", json_encode($m['iov']), " flags=", $m['flags'], " cmsgs=", count($m['control']), "\n";
    foreach ($m['control'] as $c) {
        if ($c['type'] === SCM_CREDENTIALS) {
            echo "   creds keys=", json_encode(array_keys($c['data'])), " level=$c[level]",
                " pid ok=", var_export($c['data']['pid'] === getmypid(), true),
                " uid ok=", var_export($c['data']['uid'] === posix_getuid(), true),
                " gid ok=", var_export($c['data']['gid'] === posix_getgid(), true), "\n";
        } else {
            echo "   other level=$c[level] type=$c[type] ", json_encode(clean($c['data'])), "\n";
        }
    }
    return $r;
}

$mine = ['pid' => getmypid(), 'uid' => posix_getuid(), 'gid' => posix_getgid()];
$space = socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS);

foreach (['dgram' => SOCK_DGRAM, 'stream' => SOCK_STREAM] as $kind => $type) {
    section("socketpair $kind");
    socket_create_pair(AF_UNIX, $type, 0, $p);
    [$a, $b] = $p;
    socket_set_nonblock($b);
    t('no SO_PASSCRED: explicit creds are sent but not delivered', fn() => socket_sendmsg($a, ['iov' => ['e'], 'control' => [creds($mine)]]));
    t('recv', fn() => recv_creds($b, $space));
    t('SO_PASSCRED on', fn() => socket_set_option($b, SOL_SOCKET, SO_PASSCRED, 1));
    t('get SO_PASSCRED', fn() => socket_get_option($b, SOL_SOCKET, SO_PASSCRED));
    t('explicit', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds($mine)]]));
    t('recv', fn() => recv_creds($b, $space));
    t('automatic', fn() => socket_sendmsg($a, ['iov' => ['a']]));
    t('recv', fn() => recv_creds($b, $space));
    t('numeric strings', fn() => socket_sendmsg($a, ['iov' => ['s'], 'control' => [creds(array_map('strval', $mine))]]));
    t('recv', fn() => recv_creds($b, $space));
    t('keys in another order plus junk', fn() => socket_sendmsg($a, ['iov' => ['o'], 'control' => [creds(['gid' => $mine['gid'], 'junk' => 1, 'uid' => $mine['uid'], 'pid' => $mine['pid']])]]));
    t('recv', fn() => recv_creds($b, $space));
    t('with rights', fn() => socket_sendmsg($a, ['iov' => ['r'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [FD_A]], creds($mine)]]));
    t('recv', fn() => recv_creds($b, 200));
    t('wrong pid (kernel refuses)', fn() => socket_sendmsg($a, ['iov' => ['w'], 'control' => [creds(['pid' => 1, 'uid' => $mine['uid'], 'gid' => $mine['gid']])]]));
    errs($a);
    drain($b);
}

section('conversion errors');
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($b);
t('data int', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds(5)]]));
t('data empty', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds([])]]));
t('pid only', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds(['pid' => getmypid()])]]));
t('no gid', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds(['pid' => getmypid(), 'uid' => 0])]]));
t('no uid', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds(['pid' => getmypid(), 'gid' => 0])]]));
t('all strings bad', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds(['gid' => 'g', 'uid' => 'u', 'pid' => 'p'])]]));
t('uid and gid bad, pid missing', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds(['gid' => 'g', 'uid' => 'u'])]]));
t('pid too big', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds(['pid' => 1 << 40, 'uid' => 0, 'gid' => 0])]]));
t('pid negative', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds(['pid' => -5, 'uid' => 0, 'gid' => 0])]]));
t('uid -1', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds(['pid' => 1, 'uid' => -1, 'gid' => 0])]]));
t('uid 2^32', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds(['pid' => 1, 'uid' => 1 << 32, 'gid' => 0])]]));
t('uid 2^32-1', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds(['pid' => getmypid(), 'uid' => (1 << 32) - 1, 'gid' => 0])]]));
errs($a);
t('gid too big', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds(['pid' => 1, 'uid' => 0, 'gid' => 1 << 40])]]));
t('pid array', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds(['pid' => [], 'uid' => 0, 'gid' => 0])]]));
t('pid float', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds(['pid' => getmypid() + 0.5, 'uid' => posix_getuid(), 'gid' => posix_getgid()])]]));
t('list instead of keys', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [creds([getmypid(), posix_getuid(), posix_getgid()])]]));
t('good rights then bad creds', fn() => socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [FD_A]], creds(['pid' => 'x'])]]));
errs($a);
drain($b);
