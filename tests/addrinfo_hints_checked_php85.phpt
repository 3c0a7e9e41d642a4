--TEST--
PHP 8.5: socket_addrinfo_lookup() hints are ints (TypeError otherwise), ai_flags/ai_socktype/ai_protocol within 0..INT_MAX, ai_family AF_INET or AF_INET6 (8.6: or AF_UNSPEC), no numeric keys
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
<?php if (PHP_VERSION_ID < 80500) die('skip PHP 8.5 behaviour: earlier versions take any value as an int and ignore numeric keys'); ?>
--FILE--
<?php
set_error_handler(function ($no, $msg) { echo "[", $no === E_DEPRECATED ? 'Deprecated' : 'Warning', ": $msg] "; return true; });
function t(string $label, array $hints): void {
    try {
        $r = socket_addrinfo_lookup('127.0.0.1', null, $hints);
        echo $label, ': ', is_array($r) ? 'lookup' : var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo $label, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
foreach (['ai_flags', 'ai_socktype', 'ai_protocol'] as $key) {
    foreach (['-1' => -1, 'INT_MAX+1' => 2147483648, 'string' => 'x', 'array' => [], 'object' => new stdClass, '"1"' => '1', 'null' => null, 'true' => true, '1.5' => 1.5] as $name => $v) {
        t("$key $name", [$key => $v]);
    }
}
foreach (['AF_INET' => AF_INET, 'AF_INET6' => AF_INET6, 'AF_UNIX' => AF_UNIX, '-1' => -1, '100' => 100, 'string' => 'x', '"2"' => '2'] as $name => $v) {
    t("ai_family $name", ['ai_family' => $v]);
}
// AF_UNSPEC (0, also null and false): refused by 8.5, a lookup of any family on 8.6.
foreach ([0, null, false] as $v) {
    try {
        $r = socket_addrinfo_lookup('127.0.0.1', null, ['ai_family' => $v]);
        $got = is_array($r) ? 'lookup' : var_export($r, true);
    } catch (ValueError $e) {
        $got = $e->getMessage();
    }
    $want = PHP_VERSION_ID >= 80600 ? 'lookup' : 'socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6';
    echo 'ai_family ', var_export($v, true), ': ', $got === $want ? "as this PHP's bundled extension" : $got, "\n";
}
t('numeric key', [0 => 1]);
t('unknown key', ['ai_addr' => 1]);
// Checked in order: the first bad entry is reported.
t('bad value then bad key', ['ai_family' => 'x', 'bogus' => 1]);
t('bad key then bad value', ['bogus' => 1, 'ai_family' => 'x']);
$family = AF_INET;
t('reference', ['ai_family' => &$family]);
?>
--EXPECT--
ai_flags -1: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_flags" key must be between 0 and 2147483647
ai_flags INT_MAX+1: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_flags" key must be between 0 and 2147483647
ai_flags string: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_flags" key must be of type int, string given
ai_flags array: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_flags" key must be of type int, array given
ai_flags object: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_flags" key must be of type int, stdClass given
ai_flags "1": lookup
ai_flags null: lookup
ai_flags true: lookup
[Deprecated: Implicit conversion from float 1.5 to int loses precision] ai_flags 1.5: lookup
ai_socktype -1: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_socktype" key must be between 0 and 2147483647
ai_socktype INT_MAX+1: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_socktype" key must be between 0 and 2147483647
ai_socktype string: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_socktype" key must be of type int, string given
ai_socktype array: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_socktype" key must be of type int, array given
ai_socktype object: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_socktype" key must be of type int, stdClass given
ai_socktype "1": lookup
ai_socktype null: lookup
ai_socktype true: lookup
[Deprecated: Implicit conversion from float 1.5 to int loses precision] ai_socktype 1.5: lookup
ai_protocol -1: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_protocol" key must be between 0 and 2147483647
ai_protocol INT_MAX+1: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_protocol" key must be between 0 and 2147483647
ai_protocol string: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_protocol" key must be of type int, string given
ai_protocol array: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_protocol" key must be of type int, array given
ai_protocol object: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_protocol" key must be of type int, stdClass given
ai_protocol "1": lookup
ai_protocol null: lookup
ai_protocol true: lookup
[Deprecated: Implicit conversion from float 1.5 to int loses precision] ai_protocol 1.5: lookup
ai_family AF_INET: lookup
ai_family AF_INET6: false
ai_family AF_UNIX: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6
ai_family -1: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6
ai_family 100: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6
ai_family string: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be of type int, string given
ai_family "2": lookup
ai_family 0: as this PHP's bundled extension
ai_family NULL: as this PHP's bundled extension
ai_family false: as this PHP's bundled extension
numeric key: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
unknown key: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
bad value then bad key: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be of type int, string given
bad key then bad value: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
reference: lookup
