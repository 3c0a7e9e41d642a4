<?php
// socket_select with the same variable in several arguments, and with PHP code running inside the
// call (a stream filter's onClose, when a dropped Socket frees its stream): the cases where the
// bundled extension does not crash, compared byte for byte. The ones where it crashes are in
// tests/select_php_code_run_while_arrays_are_released_sees_results_stored.phpt.
require __DIR__ . '/_lib.inc';

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($a, "ready");           // $b readable and writable, $a writable only
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
[$c, $d] = $q;                       // both writable only

section('one variable in several arguments');
t('read and write', function () use ($a, $b, $c) {
    $x = ['a' => $a, 'b' => $b, 'c' => $c]; $e = null;
    return [socket_select($x, $x, $e, 0), array_keys($x)];
});
t('read, write and except', function () use ($a, $b) {
    $x = ['a' => $a, 'b' => $b];
    return [socket_select($x, $x, $x, 0), $x];
});
t('write and except', function () use ($a, $b) {
    $r = null; $x = [$a, $b];
    return [socket_select($r, $x, $x, 0), $x];
});
t('read and except', function () use ($a, $b, $c) {
    $w = [$c]; $x = [$a, 'b' => $b];
    return [socket_select($x, $w, $x, 0), $x, count($w)];
});
t('through one reference', function () use ($a, $b) {
    $x = [$a, $b]; $y = &$x; $e = null;
    return [socket_select($x, $y, $e, 0), array_keys($x), array_keys($y)];
});
t('duplicates in a shared array', function () use ($a, $b) {
    $x = ['b1' => $b, 'a' => $a, 'b2' => $b]; $e = null;
    return [socket_select($x, $x, $e, 0), array_keys($x)];
});

class SelectingFilter extends php_user_filter {
    public static $action;
    public function filter($in, $out, &$consumed, $closing): int { return PSFS_PASS_ON; }
    public function onClose(): void { (self::$action)(); }
}
stream_filter_register('selecting', 'SelectingFilter');

// A Socket whose stream has the 'selecting' filter, held only by the returned array, and its peer.
function filtered_socket(): array
{
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
    $stream = socket_export_stream($pair[0]);
    stream_filter_append($stream, 'selecting', STREAM_FILTER_WRITE);
    return $pair;
}

section('PHP code run inside the call');
t('nested select in onClose', function () use ($a, $b, $c, $d) {
    SelectingFilter::$action = function () use ($b, $c) {
        $r = [$c, 'b' => $b]; $w = null; $e = [$c];
        echo "nested: "; var_dump(socket_select($r, $w, $e, 0), array_keys($r), $e);
    };
    $pair = filtered_socket();
    $r = ['f' => $pair[0], 'b' => $b]; $w = [$c, $d]; $e = [$a];
    unset($pair[0]);
    return [socket_select($r, $w, $e, 0), array_keys($r), count($w), $e];
});
t('exception from onClose', function () use ($b, $c) {
    SelectingFilter::$action = function () { throw new RuntimeException('thrown by onClose'); };
    $pair = filtered_socket();
    $r = ['f' => $pair[0], 'b' => $b]; $w = ['c' => $c]; $e = null;
    unset($pair[0]);
    try {
        socket_select($r, $w, $e, 0);
    } catch (RuntimeException $x) {
        echo "caught: ", $x->getMessage(), "\n";
    }
    return [array_keys($r), array_keys($w)];
});
t('onClose reads the variables', function () use ($b, $c) {
    $pair = filtered_socket();
    $r = ['f' => $pair[0], 'b' => $b]; $w = ['c' => $c]; $e = null;
    SelectingFilter::$action = function () use (&$w) { echo "onClose sees write: ", json_encode(array_keys($w)), "\n"; };
    unset($pair[0]);
    return [socket_select($r, $w, $e, 0), array_keys($r), array_keys($w)];
});
