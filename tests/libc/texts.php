<?php
// Prints, as JSON, socket_strerror()'s text for every errno value and resolver code this libc has
// (-200..200, 10000, -10000..-10005): run under a PHP's bundled extension, it is that libc's table.
$table = [];
foreach (array_merge(range(-200, 200), [10000], range(-10005, -10000)) as $code) {
    $table[$code] = socket_strerror($code);
}
echo json_encode($table, JSON_PRETTY_PRINT), "\n";
