--TEST--
bin/php-sockets: every run follows the system's conf.d (ini files added, changed, removed), also when runs go at once
--DESCRIPTION--
The wrapper mirrors the CLI's conf.d without the bundled sockets ini. It used to keep its first
copy for ever (a refresh failed silently), so an extension installed later never loaded under it.
PHP_SOCKETS_SYSTEM_SCAN_DIR points the wrapper at a fake system conf.d (a temporary folder) so
that the test changes no file under /etc. PHP_SOCKETS_MODULE picks the module; a missing one is
reported clearly.
--SKIPIF--
<?php
// The test loads and unloads posix through the fake conf.d: it must be a shared module here (the
// ZTS debug PHP has it built in).
if (!is_file(ini_get('extension_dir') . '/posix.so')) die('skip posix is not a shared module in this PHP');
?>
--FILE--
<?php
$wrapper = realpath(__DIR__ . '/../bin/php-sockets');
$sys = sys_get_temp_dir() . '/php-sockets-confd-' . getmypid();
$extra = "$sys.extra";
@mkdir($sys, 0700);
@mkdir($extra, 0700);
// The bundled sockets ini, as Debian has it: must be left out of the mirror.
file_put_contents("$sys/20-sockets.ini", "extension=sockets.so\n");
file_put_contents("$sys/90-test.ini", "memory_limit=77M\n");

// The wrapper's environment: the fake conf.d, this PHP, and the module this test runs with
// (modules/8.4/sockets.so on PHP 8.4, say), read from our own mappings; under the bundled
// extension, the PHP_SOCKETS_MODULE the suite was given for this PHP.
function wrapper_env(string $sys): array
{
    $env = ['PHP_SOCKETS_SYSTEM_SCAN_DIR' => $sys, 'PHP_SOCKETS_PHP' => PHP_BINARY, 'PATH' => getenv('PATH')];
    if (preg_match('~ (/\S*/modules/(?:[^/\s]+/)?sockets\.so)$~m', file_get_contents('/proc/self/maps'), $m)) {
        $env['PHP_SOCKETS_MODULE'] = $m[1];
    } elseif (getenv('PHP_SOCKETS_MODULE') !== false) {
        $env['PHP_SOCKETS_MODULE'] = getenv('PHP_SOCKETS_MODULE');
    }
    return $env;
}

function run_wrapper(string $wrapper, string $sys, array $env = []): string
{
    $env += wrapper_env($sys);
    $code = 'echo phpversion("sockets") === PHP_VERSION ? "bundled" : "ours", " posix=", (int) extension_loaded("posix"),'
          . ' " memory_limit=", ini_get("memory_limit"), " precision=", ini_get("precision");';
    $proc = proc_open([$wrapper, '-r', $code], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, sys_get_temp_dir(), $env);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    $status = proc_close($proc);
    return rtrim($out) . ($status !== 0 ? " [exit $status]" : "");
}

echo "start:    ", run_wrapper($wrapper, $sys), "\n";

// An extension installed: Debian adds a symlink to mods-available.
file_put_contents("$extra/posix.ini", "extension=posix.so\n");
symlink("$extra/posix.ini", "$sys/20-posix.ini");
echo "added:    ", run_wrapper($wrapper, $sys), "\n";

// A file changed in place (same name, same second) and a new one.
file_put_contents("$sys/90-test.ini", "memory_limit=99M\n");
file_put_contents("$sys/95-precision.ini", "precision=9\n");
echo "changed:  ", run_wrapper($wrapper, $sys), "\n";

// Removed again.
unlink("$sys/20-posix.ini");
unlink("$sys/95-precision.ini");
echo "removed:  ", run_wrapper($wrapper, $sys), "\n";

// Changed, then eight runs at once: every one sees the change.
symlink("$extra/posix.ini", "$sys/30-posix.ini");
$procs = [];
for ($i = 0; $i < 8; $i++) {
    $procs[] = proc_open([$wrapper, '-r', 'echo (int) extension_loaded("posix"), phpversion("sockets") === PHP_VERSION ? "b" : "o";'],
        [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes[$i],
        sys_get_temp_dir(), wrapper_env($sys));
}
$all = [];
foreach ($procs as $i => $p) {
    $all[] = stream_get_contents($pipes[$i][1]) . stream_get_contents($pipes[$i][2]);
    proc_close($p);
}
echo "parallel: ", implode(' ', $all), "\n";

// The module comes from PHP_SOCKETS_MODULE; a missing one is named.
echo "module:   ", run_wrapper($wrapper, $sys, ['PHP_SOCKETS_MODULE' => "$sys/none/sockets.so"]), "\n";

unlink("$sys/30-posix.ini");
unlink("$sys/20-sockets.ini");
unlink("$sys/90-test.ini");
unlink("$extra/posix.ini");
rmdir($sys);
rmdir($extra);
?>
--EXPECTF--
start:    ours posix=0 memory_limit=77M precision=14
added:    ours posix=1 memory_limit=77M precision=14
changed:  ours posix=1 memory_limit=99M precision=9
removed:  ours posix=0 memory_limit=99M precision=14
parallel: 1o 1o 1o 1o 1o 1o 1o 1o
module:   php-sockets: the extension is not built: %s/none/sockets.so is missing (run scripts/build.sh) [exit 127]
