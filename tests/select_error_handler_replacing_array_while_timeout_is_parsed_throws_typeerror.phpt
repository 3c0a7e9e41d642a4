--TEST--
An error handler that replaces $read while socket_select() parses a float timeout (deprecation) gets the parser's TypeError, not a crash
--DESCRIPTION--
sockets-ng only, on purpose: the bundled extension crashes here (segmentation fault). The
arrays are parsed before the timeout; converting 0.5 to int raises "Implicit conversion ...
loses precision", and the error handler sets $read to a string. The bundled extension (and
sockets-ng before) then read the string as the array it had parsed. An element replaced by a
non-Socket gets the usual element TypeError (the same in both); null counts as null passed.
--SKIPIF--
<?php
if (!extension_loaded('sockets')) die('skip sockets not loaded');
if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension crashes here');
?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
foreach (['a string' => 'not an array', 'a non-Socket element' => [new stdClass], 'null' => null] as $label => $replacement) {
    echo "-- $label\n";
    $r = [$p[0]]; $w = [$p[1]]; $e = null;
    set_error_handler(function ($no, $message) use (&$r, $replacement) {
        echo "handler: $message\n";
        $r = $replacement;
        return true;
    });
    try {
        var_dump(socket_select($r, $w, $e, 0.5));
    } catch (TypeError $t) {
        echo get_class($t), ": ", $t->getMessage(), "\n";
    }
    restore_error_handler();
    echo "after: ", json_encode(is_array($r) ? array_map('get_class', $r) : $r), " ", count($w), "\n";
}
?>
--EXPECT--
-- a string
handler: Implicit conversion from float 0.5 to int loses precision
TypeError: socket_select(): Argument #1 ($read) must be of type ?array, string given
after: "not an array" 1
-- a non-Socket element
handler: Implicit conversion from float 0.5 to int loses precision
TypeError: socket_select(): Argument #1 ($read) must only have elements of type Socket, stdClass given
after: ["stdClass"] 1
-- null
handler: Implicit conversion from float 0.5 to int loses precision
int(1)
after: null 1
