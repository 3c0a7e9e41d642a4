<?php
// The API surface, compared with the bundled extension: every constant (name, value, order),
// the classes, and the reflection of every function (names, types, defaults, by-reference,
// return types).
// socket_wsaprotocol_info_* are ours only (see the end); what newer PHPs added is left out on an
// older PHP (_additions.inc).
require __DIR__ . '/_additions.inc';
$constants = get_defined_constants(true)['sockets'];
$constants = array_intersect_key($constants, array_flip(skng_without_additions('constants', array_keys($constants))));
echo count($constants), " constants\n";
foreach ($constants as $name => $value) {
    echo "$name=$value\n";
}

foreach (['Socket', 'AddressInfo'] as $class) {
    $rc = new ReflectionClass($class);
    echo "class $class final=", var_export($rc->isFinal(), true),
        " instantiable=", var_export($rc->isInstantiable(), true),
        " cloneable=", var_export($rc->isCloneable(), true),
        " methods=", count($rc->getMethods()), " properties=", count($rc->getProperties()), "\n";
}

// Every function of the extension, in the order the extension lists them.
$ours_only = ['socket_wsaprotocol_info_export', 'socket_wsaprotocol_info_import', 'socket_wsaprotocol_info_release'];
$functions = skng_without_additions('functions', array_values(array_diff(get_extension_funcs('sockets'), $ours_only)));
echo count($functions), " functions\n";
foreach ($functions as $function) {
    $rf = new ReflectionFunction($function);
    $params = [];
    foreach ($rf->getParameters() as $p) {
        $params[] = ($p->hasType() ? $p->getType() . ' ' : '') . ($p->isPassedByReference() ? '&' : '')
            . '$' . $p->getName()
            . ($p->isOptional() ? ' = ' . ($p->isDefaultValueAvailable() ? var_export($p->getDefaultValue(), true) : '?') : '');
    }
    echo $function, '(', implode(', ', $params), ')',
        $rf->hasReturnType() ? ': ' . $rf->getReturnType() : '',
        ' required=', $rf->getNumberOfRequiredParameters(),
        $rf->isDeprecated() ? ' deprecated' : '', "\n";
}

// Ours only, on purpose: sharing a socket with another process by id. The bundled extension defines
// these on Windows only; sockets-ng on Linux (README "Differences"). Each extension must be as
// expected here, so the output is the same under both; their signatures (PHP's Windows ones) are
// pinned by tests/share_signatures_and_argument_errors.phpt.
$ours = phpversion('sockets') !== PHP_VERSION;
foreach ($ours_only as $function) {
    echo $function, function_exists($function) === $ours ? ' only in sockets-ng, as expected' : ' UNEXPECTED', "\n";
}

// The legacy APIs of issue 14 (sockets.legacy_iovec, sockets.legacy_names) are off by default: none
// of their functions, their class or their settings exists, under either extension (sockets-ng
// registers the two settings only when php.ini or -d turns one on; README "Old programs").
$legacy = ['socket_iovec_alloc', 'socket_iovec_fetch', 'socket_iovec_set', 'socket_iovec_add',
    'socket_iovec_delete', 'socket_iovec_free', 'socket_readv', 'socket_writev',
    'socket', 'bind', 'listen', 'accept_connect', 'connect', 'read', 'write', 'sendto',
    'setsockopt', 'close', 'strerror'];
echo 'legacy functions defined: ', json_encode(array_values(array_filter($legacy, 'function_exists'))), "\n";
echo 'class SocketIovec: ', var_export(class_exists('SocketIovec', false), true), "\n";
echo 'INI settings: ', json_encode(ini_get_all('sockets', false)), "\n";
