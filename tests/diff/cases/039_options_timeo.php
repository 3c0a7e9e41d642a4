<?php
require __DIR__ . '/_lib.inc';

$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);

// The bundled extension converts the elements of the array it is given to int in place (sockets-ng
// does not, on purpose), so every call gets a freshly built array and labels are printed first.
function fresh_arrays(): array
{
    // json_decode builds new arrays on every call (an array literal would be shared)
    return json_decode('[{"sec":1,"usec":500000},{"sec":0,"usec":0},{"sec":2,"usec":0},{"usec":250000,"sec":0},
        {"sec":0,"usec":1},{"sec":0,"usec":999999},{"sec":100000,"usec":0},{"sec":"3","usec":"4"},{"sec":1.7,"usec":2.2},
        {"sec":true,"usec":false},{"sec":1,"usec":0,"extra":9},{"sec":null,"usec":null},{"sec":-1,"usec":0},
        {"sec":0,"usec":-1},{"sec":0,"usec":1000000},{"sec":0,"usec":2500000},{"sec":9223372036854775807,"usec":0},
        {"sec":"abc","usec":"def"}]', true, 512, JSON_THROW_ON_ERROR);
}

foreach (['SO_RCVTIMEO' => SO_RCVTIMEO, 'SO_SNDTIMEO' => SO_SNDTIMEO] as $n => $o) {
    section("$n default");
    t('get', fn() => socket_get_option($s, SOL_SOCKET, $o));

    section("$n set");
    foreach (fresh_arrays() as $v) {
        t('set ' . json_encode($v), fn() => socket_set_option($s, SOL_SOCKET, $o, $v));
        errs($s);
        t('  get', fn() => socket_get_option($s, SOL_SOCKET, $o));
    }


    section("$n missing keys / wrong types");
    t('missing usec', fn() => socket_set_option($s, SOL_SOCKET, $o, ['sec' => 1]));
    t('missing sec', fn() => socket_set_option($s, SOL_SOCKET, $o, ['usec' => 1]));
    t('empty array', fn() => socket_set_option($s, SOL_SOCKET, $o, []));
    t('list [1, 0]', fn() => socket_set_option($s, SOL_SOCKET, $o, [1, 0]));
    t('int 5', fn() => socket_set_option($s, SOL_SOCKET, $o, 5));
    t('string', fn() => socket_set_option($s, SOL_SOCKET, $o, "1"));
    t('null', fn() => socket_set_option($s, SOL_SOCKET, $o, null));
    t('sec array', fn() => socket_set_option($s, SOL_SOCKET, $o, ['sec' => [1], 'usec' => 0]));
    t('usec object', fn() => socket_set_option($s, SOL_SOCKET, $o, ['sec' => 1, 'usec' => new stdClass]));
    t('get after', fn() => socket_get_option($s, SOL_SOCKET, $o));
    socket_set_option($s, SOL_SOCKET, $o, ['sec' => 0, 'usec' => 0]);
}

section('SO_RCVTIMEO makes a blocking read time out');
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_set_option($p[1], SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 200000]));
$t0 = microtime(true);
t('blocking read times out', fn() => socket_read($p[1], 10));
$dt = microtime(true) - $t0;
var_dump($dt >= 0.15, $dt < 30);
errs($p[1]);
t('recv times out', fn() => [socket_recv($p[1], $buf, 10, 0), $buf]);
errs($p[1]);
$l = socket_create_listen(0);
socket_set_option($l, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 100000]);
t('accept times out', fn() => socket_accept($l));
errs($l);

section('SO_SNDTIMEO makes a blocking write time out');
var_dump(socket_set_option($p[0], SOL_SOCKET, SO_SNDTIMEO, ['sec' => 0, 'usec' => 100000]));
$total = 0;
$t0 = microtime(true);
while (microtime(true) - $t0 < 5) {
    $r = @socket_write($p[0], str_repeat('w', 65536));
    if ($r === false) break;
    $total += $r;
}
var_dump($r, $total > 0);
errs($p[0]);
