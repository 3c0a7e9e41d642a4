--TEST--
C interface: an extension that needs sockets, in a conf.d after it, loads and works (bin/php-sockets, install-system.sh's ini)
--DESCRIPTION--
An extension built against php_sockets.h references socket_ce and sockets_globals, which are
resolved when its file is loaded: "sockets" must be loaded first, from an earlier ini. With the
bundled extension Debian's 20-sockets.ini does that. With ours: bin/php-sockets's mirror of the
conf.d (its 20-sockets-ng.ini in place of the bundled one), and the conf.d install-system.sh and
the Debian package leave (20-sockets-ng.ini, which sorts before 20-sockets.ini, so before every
ini that came after the bundled one). The dependent's ini here is 20-sockets_cabi_test.ini
(right after 20-sockets.ini) and 25-sockets_cabi_test.ini.
--SKIPIF--
<?php if (!extension_loaded('sockets_cabi_test')) die('skip needs tests/cabi/run.sh'); ?>
--FILE--
<?php
$sos = [];
preg_match_all('~\s(/\S+\.so)$~m', file_get_contents('/proc/self/maps'), $m);
foreach (array_unique($m[1]) as $so) {
    $sos[basename($so)] = $so;
}
$cabi = $sos['sockets_cabi_test.so'];
$ours = phpversion('sockets') !== PHP_VERSION;
$code = 'echo extension_loaded("sockets_cabi_test") ? "loaded" : "NOT LOADED", " ",
    cabi_fields(socket_create(AF_INET, SOCK_STREAM, SOL_TCP))["type"] === AF_INET ? "works" : "BROKEN", "\n";';
$top = dirname(__DIR__, 2);
foreach (['20-sockets_cabi_test.ini', '25-sockets_cabi_test.ini'] as $name) {
    $dir = sys_get_temp_dir() . '/cabi_conf_d_' . getmypid();
    @mkdir($dir);
    file_put_contents("$dir/20-sockets.ini", "extension=sockets\n");
    file_put_contents("$dir/$name", "extension=$cabi\n");
    $runs = [];
    if ($ours) {
        // bin/php-sockets mirrors this conf.d without 20-sockets.ini, with its own 20-sockets-ng.ini.
        $runs['wrapper'] = 'PHP_SOCKETS_SYSTEM_SCAN_DIR=' . escapeshellarg($dir) . ' PHP_SOCKETS_PHP=' . escapeshellarg(PHP_BINARY)
            . ' PHP_SOCKETS_MODULE=' . escapeshellarg($sos['sockets.so']) . ' ' . escapeshellarg("$top/bin/php-sockets");
        // What install-system.sh and the package leave: 20-sockets-ng.ini enabled, 20-sockets.ini not.
        $inst = "$dir-installed";
        @mkdir($inst);
        file_put_contents("$inst/20-sockets-ng.ini", "extension=" . $sos['sockets.so'] . "\n");
        copy("$dir/$name", "$inst/$name");
        $runs['installed'] = 'PHP_INI_SCAN_DIR=' . escapeshellarg($inst) . ' ' . escapeshellarg(PHP_BINARY);
    } else {
        $runs['wrapper'] = 'PHP_INI_SCAN_DIR=' . escapeshellarg($dir) . ' ' . escapeshellarg(PHP_BINARY);
        $runs['installed'] = $runs['wrapper'];
    }
    foreach ($runs as $how => $cmd) {
        // pcre.jit=0: under valgrind (check-valgrind.sh) JIT code makes memcheck complain.
        echo "$name, $how: ", shell_exec("$cmd -c /dev/null -d pcre.jit=0 -r " . escapeshellarg($code) . " 2>&1");
    }
    array_map('unlink', glob("$dir*/*.ini"));
    @rmdir($dir);
    @rmdir("$dir-installed");
}
?>
--CLEAN--
<?php
$dir = sys_get_temp_dir() . '/cabi_conf_d_';
foreach (glob("$dir*/*.ini") ?: [] as $f) unlink($f);
foreach (glob("$dir*") ?: [] as $d) @rmdir($d);
?>
--EXPECT--
20-sockets_cabi_test.ini, wrapper: loaded works
20-sockets_cabi_test.ini, installed: loaded works
25-sockets_cabi_test.ini, wrapper: loaded works
25-sockets_cabi_test.ini, installed: loaded works
