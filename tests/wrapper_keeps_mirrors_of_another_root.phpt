--TEST--
bin/php-sockets: cleaning up old conf.d mirrors removes this system's stale ones and keeps those made in a Debian root
--DESCRIPTION--
The wrapper removes a conf.d mirror whose system conf.d no longer exists (a test's temporary one).
scripts/in-debian.sh mounts the clone at the same path inside a Debian root, so the host and the
root share the mirrors' folder while each sees only its own /etc/php: each took the other's
mirrors for stale and removed them, also while a run was reading one (parts diff-8.5 and asan,
run at the same time, got "Call to undefined function" in ours). A mirror now records which "/"
it was made under, and only those of this "/" are removed. Fake mirrors stand for the two cases.
--SKIPIF--
<?php
// A php with sockets compiled in (scripts/build-php-static.sh) has no module for the wrapper to load.
if (!preg_match('~/sockets\.so$~m', file_get_contents('/proc/self/maps'))) die('skip sockets is compiled into this php');
?>
--FILE--
<?php
$wrapper = realpath(__DIR__ . '/../bin/php-sockets');
// The mirrors' folder is beside the wrapper's real location (the ASan and valgrind runs work on a
// copy of tests/ whose bin/ is a link to the clone's).
$mirrors = dirname($wrapper, 2) . '/.build';
$tag = getmypid();
$root = stat('/');
$this_root = $root['dev'] . ':' . $root['ino'];
$other_root = $root['dev'] . ':' . ($root['ino'] + 1);
$gone = "/nonexistent-conf.d-$tag";

@mkdir($mirrors, 0755, true);
$of_other_root = "$mirrors/conf.d-test-other-root-$tag";
$of_this_root = "$mirrors/conf.d-test-this-root-$tag";
foreach ([$of_other_root => $other_root, $of_this_root => $this_root] as $dir => $id) {
    mkdir($dir, 0755);
    file_put_contents("$dir/.source", "$gone\n$id\n");
}

// A conf.d the wrapper has not mirrored yet: it makes a mirror, then cleans up.
$sys = sys_get_temp_dir() . "/php-sockets-confd-root-$tag";
mkdir($sys, 0700);
file_put_contents("$sys/90-test.ini", "memory_limit=79M\n");
$env = ['PHP_SOCKETS_SYSTEM_SCAN_DIR' => $sys, 'PHP_SOCKETS_PHP' => PHP_BINARY, 'PATH' => getenv('PATH')];
if (preg_match('~ (/\S*/modules/(?:[^/\s]+/)?sockets\.so)$~m', file_get_contents('/proc/self/maps'), $m)) {
    $env['PHP_SOCKETS_MODULE'] = $m[1];
} elseif (getenv('PHP_SOCKETS_MODULE') !== false) {
    $env['PHP_SOCKETS_MODULE'] = getenv('PHP_SOCKETS_MODULE');
}
$p = proc_open([$wrapper, '-r', 'echo ini_get("memory_limit"), " ", function_exists("socket_create") ? "sockets" : "none", "\n";'],
    [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
proc_close($p);

var_dump(is_dir($of_other_root));
var_dump(is_dir($of_this_root));

@unlink("$of_other_root/.source");
@rmdir($of_other_root);
@unlink("$sys/90-test.ini");
@rmdir($sys);
?>
--EXPECT--
79M sockets
bool(true)
bool(false)
