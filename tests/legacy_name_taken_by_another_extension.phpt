--TEST--
sockets.legacy_names=1 when another extension already defines read(): a start-up warning, that extension keeps its read(), the module and the other legacy names load
--DESCRIPTION--
Builds a throw-away extension (tests/legacy_collision/collide.c, one function: read()) with the C
compiler and php-config of the PHP under test, and starts a child PHP that loads it and sockets-ng
with sockets.legacy_names=1. The legacy functions are registered one by one at module start-up,
after every extension has registered its own, so the taken name is seen and skipped.
--SKIPIF--
<?php
require __DIR__ . '/include/legacy.inc';
legacy_skip_unless_ours();
if (!function_exists('proc_open')) die('skip proc_open not available');
$config = dirname(PHP_BINARY) . '/php-config' . substr(basename(PHP_BINARY), 3);
if (!is_executable($config)) die("skip no $config to build a test extension with");
exec('command -v cc', $o, $rc);
if ($rc !== 0) die('skip no C compiler');
?>
--FILE--
<?php
require __DIR__ . '/include/legacy.inc';

$dir = sys_get_temp_dir() . '/legacy_collide_' . getmypid();
@mkdir($dir);
$config = dirname(PHP_BINARY) . '/php-config' . substr(basename(PHP_BINARY), 3);
exec('cc -shared -fPIC -O0 -w ' . trim((string) shell_exec(escapeshellarg($config) . ' --includes')) . ' '
    . escapeshellarg(__DIR__ . '/legacy_collision/collide.c') . ' -o ' . escapeshellarg("$dir/collide.so") . ' 2>&1', $out, $rc);
echo $rc === 0 ? "built\n" : "build failed: " . implode("\n", $out) . "\n";

$probe = "$dir/probe.php";
file_put_contents($probe, '<?php
$f = new ReflectionFunction("read");
echo "read() of ", $f->getExtensionName(), ": ", read(), "\n";
echo "write() of ", (new ReflectionFunction("write"))->getExtensionName(), "\n";
echo "legacy names present: ", count(array_filter(["socket", "bind", "listen", "accept_connect", "connect",
    "write", "sendto", "setsockopt", "close", "strerror"], "function_exists")), "/10\n";
echo "sockets functions: ", count(get_extension_funcs("sockets")), "\n";
');
$cmd = 'exec ' . escapeshellarg(PHP_BINARY) . ' -n -d display_startup_errors=1 -d error_log= -d log_errors=0 -d extension=' . escapeshellarg("$dir/collide.so");
foreach (php_child_extension_files() as [$kind, $file]) {
    $cmd .= ' -d ' . escapeshellarg("$kind=$file");
}
$cmd .= ' -d sockets.legacy_names=1 ' . escapeshellarg($probe) . ' 2>&1';
exec($cmd, $lines, $rc);
echo implode("\n", $lines), "\nexit $rc\n";
?>
--CLEAN--
<?php
$dir = sys_get_temp_dir() . '/legacy_collide_' . getmypid();
@unlink("$dir/collide.so");
@unlink("$dir/probe.php");
@rmdir($dir);
?>
--EXPECTF--
built
%AWarning: sockets: read(), one of the legacy functions that sockets.legacy_names turns on, is already defined by the extension collide: it is left as it is, and the PHP 4 read() is not available in Unknown on line 0
read() of collide: the collide extension's read()
write() of sockets
legacy names present: 10/10
sockets functions: 50
exit 0
