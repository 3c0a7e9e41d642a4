<?php
// When several control elements are wrong, socket_sendmsg reports the first error of the first
// wrong element: each element is converted completely (level, type, data) before the next one is
// looked at (issue 10 item 9). Later elements are not read at all (an object there is not
// converted).
require __DIR__ . '/_lib.inc';
require __DIR__ . '/_msg.inc';
scratch_fds();

socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
$cred = fn($d) => ['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => $d];
$unsupported = ['level' => 1, 'type' => 999, 'data' => 1];
function send_control(Socket $a, array $control)
{
    return socket_sendmsg($a, ['iov' => ['x'], 'control' => $control]);
}
class Loud { public function __toString(): string { echo "   (converted)\n"; return '1'; } }

section('a data error in element #0 comes before anything wrong in element #1');
t('credentials not an array, then unsupported', fn() => send_control($a, [$cred(5), $unsupported]));
t('credentials not an array, then no level', fn() => send_control($a, [$cred(5), ['type' => 999, 'data' => 1]]));
t('credentials not an array, then level not numeric', fn() => send_control($a, [$cred(5), ['level' => 'x', 'type' => 1, 'data' => 1]]));
t('credentials not an array, then not an array', fn() => send_control($a, [$cred(5), 5]));
t('credentials not an array, then empty rights', fn() => send_control($a, [$cred(5), rights([])]));
t('credentials not an array, then rights not an array', fn() => send_control($a, [$cred(5), rights(5)]));
t('credentials not an array, then no data', fn() => send_control($a, [$cred(5), ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS]]));
t('credentials missing pid, then level object', fn() => send_control($a, [$cred([]), ['level' => new stdClass, 'type' => 1]]));
t('credentials missing pid, then level Loud', fn() => send_control($a, [$cred([]), ['level' => new Loud, 'type' => 1, 'data' => 1]]));
t('rights with a bad descriptor, then unsupported', fn() => send_control($a, [rights([FD_A, 1.5]), $unsupported]));
t('rights with a bad descriptor, then not an array', fn() => send_control($a, [rights([1.5]), 5]));

section('within one element: array, level, type, support, data, size, then the data');
t('not an array, then unsupported', fn() => send_control($a, [5, $unsupported]));
t('unsupported, then not an array', fn() => send_control($a, [$unsupported, 5]));
t('no data, then unsupported', fn() => send_control($a, [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS], $unsupported]));
t('rights not an array', fn() => send_control($a, [rights(5), $unsupported]));
t('rights empty', fn() => send_control($a, [rights([]), $unsupported]));
t('level Loud then type not numeric', fn() => send_control($a, [['level' => new Loud, 'type' => 'y', 'data' => 1]]));

section('a good element #0 then a bad element #1');
t('rights then unsupported', fn() => send_control($a, [rights([FD_A]), $unsupported]));
t('rights then credentials missing uid', fn() => send_control($a, [rights([FD_A]), $cred(['pid' => 1])]));
drain($b);
