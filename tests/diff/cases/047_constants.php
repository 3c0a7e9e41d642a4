<?php
// Every constant the sockets extension defines, with its value, sorted by name.
$c = get_defined_constants(true)['sockets'] ?? [];
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
sort($fns);
echo "functions (", count($fns), "): ", implode(' ', $fns), "\n";
echo "extension_loaded: ", var_export(extension_loaded('sockets'), true), "\n";
