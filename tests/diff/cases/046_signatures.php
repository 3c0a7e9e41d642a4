<?php
// Signatures (arginfo) of the milestone functions, as reflection shows them.
$fns = ['socket_select', 'socket_create_listen', 'socket_accept', 'socket_set_nonblock', 'socket_set_block', 'socket_listen',
        'socket_close', 'socket_write', 'socket_read', 'socket_getsockname', 'socket_getpeername', 'socket_create',
        'socket_connect', 'socket_strerror', 'socket_bind', 'socket_recv', 'socket_send', 'socket_recvfrom', 'socket_sendto',
        'socket_get_option', 'socket_getopt', 'socket_set_option', 'socket_setopt', 'socket_create_pair', 'socket_shutdown',
        'socket_last_error', 'socket_clear_error'];
foreach ($fns as $fn) {
    if (!function_exists($fn)) {
        echo "$fn: MISSING\n";
        continue;
    }
    $r = new ReflectionFunction($fn);
    echo $r;
    echo "  required=", $r->getNumberOfRequiredParameters(), " total=", $r->getNumberOfParameters(),
        " returnsRef=", var_export($r->returnsReference(), true), " deprecated=", var_export($r->isDeprecated(), true),
        " variadic=", var_export($r->isVariadic(), true), "\n";
    foreach ($r->getParameters() as $p) {
        echo "  $", $p->getName(), ": type=", $p->getType() ?? '-', " byref=", var_export($p->isPassedByReference(), true),
            " optional=", var_export($p->isOptional(), true),
            " default=", $p->isDefaultValueAvailable() ? var_export($p->getDefaultValue(), true) . ' (' . ($p->isDefaultValueConstant() ? $p->getDefaultValueConstantName() : 'literal') . ')' : '-',
            " nullable=", var_export($p->allowsNull(), true), "\n";
    }
    echo "  return=", $r->getReturnType() ?? '-', " tentative=", $r->getTentativeReturnType() ?? '-', "\n";
    echo "  attributes=", json_encode(array_map(fn($a) => $a->getName(), $r->getAttributes())), "\n\n";
}
