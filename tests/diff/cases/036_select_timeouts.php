<?php
require __DIR__ . '/_lib.inc';
// Timeouts are printed as "returned within bounds" booleans, never as measured times.

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

function sel(string $label, $sec, $usec = 'default', float $min = 0.0, float $max = 30.0)
{
    global $b;
    echo "-- $label\n";
    $r = [$b]; $w = null; $e = null;
    $t0 = microtime(true);
    try {
        $ret = $usec === 'default' ? socket_select($r, $w, $e, $sec) : socket_select($r, $w, $e, $sec, $usec);
        $dt = microtime(true) - $t0;
        var_dump($ret, count($r));
        echo "   waited >= {$min}s: ", var_export($dt >= $min, true), ", < {$max}s: ", var_export($dt < $max, true), "\n";
    } catch (Throwable $ex) {
        echo get_class($ex), ': ', $ex->getMessage(), "\n";
    }
}

section('zero and small timeouts (nothing readable)');
sel('0', 0);
sel('0, 0', 0, 0);
sel('0, 1', 0, 1);
sel('0, 200000', 0, 200000, 0.15);
sel('1', 1, 'default', 0.9);
sel('"0" string', "0");
sel('0.5 float seconds', 0.5);
sel('true', true, 'default', 0.9);
sel('false', false);

section('microseconds >= 1000000 are normalised');
sel('0, 1000000', 0, 1000000, 0.9);
sel('0, 1500000', 0, 1500000, 1.4);
sel('1, 999999', 1, 999999, 1.9, 30.0);

section('negative values');
sel('-1', -1);
sel('-1, 0', -1, 0);
sel('0, -1', 0, -1);
sel('0, -1000000', 0, -1000000);
sel('PHP_INT_MIN', PHP_INT_MIN);

section('null seconds (block) with data ready');
socket_write($a, "x");
sel('null', null);
sel('null, 500', null, 500);
sel('null, -1', null, -1);
socket_read($b, 10);

section('null seconds with microseconds (writable set, so it returns at once)');
echo "-- null, 100000, write set\n";
$r = null; $w = [$a]; $e = null;
var_dump(socket_select($r, $w, $e, null, 100000), count($w));

section('huge seconds with data ready');
socket_write($a, "y");
sel('PHP_INT_MAX', PHP_INT_MAX);
sel('0x7fffffff', 0x7fffffff);
sel('1, PHP_INT_MAX usec', 1, PHP_INT_MAX);
socket_read($b, 10);

section('bad types');
sel('"abc"', "abc");
sel('array', []);
sel('usec "x"', 0, "x");
sel('usec null', 0, null);
sel('usec 1.5', 0, 1.5);
