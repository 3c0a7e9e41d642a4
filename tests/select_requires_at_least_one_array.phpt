--TEST--
socket_select() with only null or empty arrays throws ValueError; a non-array by-ref is a TypeError
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
$r = null; $w = null; $e = null;
try { var_dump(socket_select($r, $w, $e, 0)); } catch (ValueError $x) { echo $x->getMessage(), "\n"; }
$r = []; $w = []; $e = [];
try { var_dump(socket_select($r, $w, $e, 0)); } catch (ValueError $x) { echo $x->getMessage(), "\n"; }
$r = []; $w = null; $e = [];
try { var_dump(socket_select($r, $w, $e, 0)); } catch (ValueError $x) { echo $x->getMessage(), "\n"; }
var_dump($r, $w, $e);
$r = "not an array";
try { var_dump(socket_select($r, $w, $e, 0)); } catch (TypeError $x) { echo $x->getMessage(), "\n"; }
// one non-empty array is enough; the null/empty ones come back as they were
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$r = null; $w = [$p[0]]; $e = [];
var_dump(socket_select($r, $w, $e, 0), $r, count($w), $e);
?>
--EXPECT--
socket_select(): At least one array argument must be passed
socket_select(): At least one array argument must be passed
socket_select(): At least one array argument must be passed
array(0) {
}
NULL
array(0) {
}
socket_select(): Argument #1 ($read) must be of type ?array, string given
int(1)
NULL
int(1)
array(0) {
}
