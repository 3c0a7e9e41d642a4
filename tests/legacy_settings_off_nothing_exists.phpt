--TEST--
Legacy APIs off (the default): no legacy function, no SocketIovec class, no INI setting, the same functions and constants; ini_set() cannot turn them on
--SKIPIF--
<?php require __DIR__ . '/include/legacy.inc'; legacy_skip_unless_ours();
if (preg_match('~/(ld-musl-[^/\s]+|libc\.musl-[^/\s]+|[^/\s]+-linux-musl/libc\.so)$~m', (string) @file_get_contents('/proc/self/maps'))) die("skip musl: the count includes glibc's AI_IDN and AI_CANONIDN, which musl has not; the bundled extension on musl has not them either (diff case 047 there, part diff-musl)"); ?>
--FILE--
<?php
$legacy = ['socket_iovec_alloc', 'socket_iovec_fetch', 'socket_iovec_set', 'socket_iovec_add',
    'socket_iovec_delete', 'socket_iovec_free', 'socket_readv', 'socket_writev',
    'socket', 'bind', 'listen', 'accept_connect', 'connect', 'read', 'write', 'sendto',
    'setsockopt', 'close', 'strerror'];
$defined = array_merge(...array_values(get_defined_functions()));
var_dump(array_values(array_intersect($legacy, $defined)));
var_dump(array_values(array_filter($legacy, 'function_exists')));
var_dump(array_values(array_intersect($legacy, get_extension_funcs('sockets'))));
var_dump(class_exists('SocketIovec', false));
// 40 functions (aliases not counted) and the 263 constants of README "What works today", as before issue 14.
var_dump(count(get_extension_funcs('sockets')), count(get_defined_constants(true)['sockets']));
// The settings are registered only when php.ini or -d turns one on: none here, as in the bundled one.
var_dump(ini_get('sockets.legacy_iovec'), ini_get('sockets.legacy_names'), ini_get_all('sockets'));
var_dump(ini_set('sockets.legacy_iovec', '1'), ini_set('sockets.legacy_names', '1'));
var_dump(ini_get('sockets.legacy_iovec'), function_exists('socket_iovec_alloc'));
// Without the setting, a script may define these names itself, as before.
eval('function read() { return "the script\'s own read()"; }');
var_dump(read());
?>
--EXPECT--
array(0) {
}
array(0) {
}
array(0) {
}
bool(false)
int(40)
int(263)
bool(false)
bool(false)
array(0) {
}
bool(false)
bool(false)
bool(false)
bool(false)
string(23) "the script's own read()"
