--TEST--
include/child.inc: php_child_cmd() starts the same PHP binary with the same sockets extension file
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/include/child.inc';
$cmd = php_child_cmd();
var_dump(str_starts_with($cmd, escapeshellarg(PHP_BINARY) . ' -n'));
$mine = null;
foreach (php_child_extension_files() as [$kind, $file]) {
    if (basename($file) === 'sockets.so') { $mine = $file; }
}
// A php with sockets compiled in (scripts/build-php-static.sh) has no file to pass on: then the
// child must have it compiled in too (same version, no file in its maps either).
$compiled_in = $mine === null && !preg_match('~/sockets\.so$~m', file_get_contents('/proc/self/maps'));
var_dump($compiled_in || ($mine !== null && is_file($mine)));
$out = shell_exec($cmd . ' -r ' . escapeshellarg('
    $f = null;
    foreach (explode("\n", file_get_contents("/proc/self/maps")) as $l) {
        if (preg_match("~\s(/\S+/sockets\.so)$~", $l, $m)) { $f = $m[1]; }
    }
    echo json_encode([extension_loaded("sockets"), phpversion("sockets"), $f, extension_loaded("posix")]);
'));
[$loaded, $version, $file, $posix] = json_decode($out, true);
var_dump($loaded, $version === phpversion('sockets'), $file === $mine, $posix === extension_loaded('posix'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
