<?php
// Every constant the sockets extension defines, with its value, sorted by name.
require __DIR__ . '/_additions.inc';
$c = get_defined_constants(true)['sockets'] ?? [];
$c = array_intersect_key($c, array_flip(skng_without_additions('constants', array_keys($c))));
ksort($c);
echo count($c), " constants\n";
foreach ($c as $k => $v) {
    echo $k, ' = ', var_export($v, true), "\n";
}
echo "\nPHP_BINARY_READ/PHP_NORMAL_READ defined: ", var_export(defined('PHP_BINARY_READ') && defined('PHP_NORMAL_READ'), true), "\n";
$ext = new ReflectionExtension('sockets');
echo "extension name: ", $ext->getName(), "\n";
echo "classes: ", implode(',', array_keys($ext->getClasses())), "\n";
echo "dependencies: ", json_encode($ext->getDependencies()), "\n";
echo "ini entries: ", json_encode($ext->getINIEntries()), "\n";
$fns = array_keys($ext->getFunctions());
// Ours only, on purpose: socket_wsaprotocol_info_* (sharing a socket by id) exist in the bundled
// extension on Windows only; 900_api_surface checks which extension has them.
$fns = array_values(array_diff($fns, ['socket_wsaprotocol_info_export', 'socket_wsaprotocol_info_import', 'socket_wsaprotocol_info_release']));
$fns = skng_without_additions('functions', $fns);
sort($fns);
echo "functions (", count($fns), "): ", implode(' ', $fns), "\n";
echo "extension_loaded: ", var_export(extension_loaded('sockets'), true), "\n";
