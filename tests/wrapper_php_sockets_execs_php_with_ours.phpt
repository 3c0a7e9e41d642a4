--TEST--
bin/php-sockets: execs php (same pid) with sockets-ng loaded, from any directory; clear message when not built
--FILE--
<?php
$wrapper = realpath(__DIR__ . '/../bin/php-sockets');

// Same pid, other extensions still there, ours instead of the bundled one.
$proc = proc_open([$wrapper, '-r', 'echo getmypid(), " ", phpversion("sockets") === PHP_VERSION ? "bundled" : "ours", " ", extension_loaded("posix") ? "posix" : "no-posix", "\n";'],
    [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, sys_get_temp_dir());
$pid = proc_get_status($proc)['pid'];
$out = trim(stream_get_contents($pipes[1]));
$err = stream_get_contents($pipes[2]);
proc_close($proc);
[$php_pid, $which, $posix] = explode(' ', $out);
var_dump((int) $php_pid === $pid, $which, $posix, $err);

// Arguments pass through untouched, including ones that look like options.
$proc = proc_open([$wrapper, '-r', 'var_dump(array_slice($argv, 1));', '--', '-n', 'a b', ''],
    [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, sys_get_temp_dir());
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
proc_close($proc);

// A copy of the wrapper with no module beside it says so and fails.
$dir = sys_get_temp_dir() . '/php-sockets-wrapper-' . getmypid();
mkdir("$dir/bin", 0700, true);
copy($wrapper, "$dir/bin/php-sockets");
chmod("$dir/bin/php-sockets", 0700);
// The copy looks beside itself only without PHP_SOCKETS_MODULE (set when the suite runs on
// another PHP's build, e.g. scripts/test.sh's phpt-8.4).
$env = getenv();
unset($env['PHP_SOCKETS_MODULE']);
$proc = proc_open(["$dir/bin/php-sockets", '-v'], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
$out = stream_get_contents($pipes[1]);
$err = stream_get_contents($pipes[2]);
$status = proc_close($proc);
var_dump($out, $status, str_contains($err, 'the extension is not built'), str_contains($err, "$dir/modules/sockets.so"));
unlink("$dir/bin/php-sockets");
rmdir("$dir/bin");
rmdir($dir);
?>
--EXPECT--
bool(true)
string(4) "ours"
string(5) "posix"
string(0) ""
array(3) {
  [0]=>
  string(2) "-n"
  [1]=>
  string(3) "a b"
  [2]=>
  string(0) ""
}
string(0) ""
int(127)
bool(true)
bool(true)
