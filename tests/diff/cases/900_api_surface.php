<?php
// The API surface, compared with the bundled extension: every constant (name, value, order),
// the classes, and the reflection of every function (names, types, defaults, by-reference,
// return types).
$constants = get_defined_constants(true)['sockets'];
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
$functions = get_extension_funcs('sockets');
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
