--TEST--
sockets.legacy_iovec=1 and sockets.legacy_names=1 each turn on their own set (functions of the sockets extension with the stub's signatures); the constants stay the same
--SKIPIF--
<?php require __DIR__ . '/include/legacy.inc'; legacy_skip_unless_ours();
if (preg_match('~/(ld-musl-[^/\s]+|libc\.musl-[^/\s]+|[^/\s]+-linux-musl/libc\.so)$~m', (string) @file_get_contents('/proc/self/maps'))) die("skip musl: the count includes glibc's AI_IDN and AI_CANONIDN, which musl has not; the bundled extension on musl has not them either (diff case 047 there, part diff-musl)"); ?>
--FILE--
<?php
require __DIR__ . '/include/legacy.inc';
// Each combination in a child PHP started with the settings as -d options.
$probe = <<<'PHP'
<?php
$iovec = ['socket_iovec_alloc', 'socket_iovec_fetch', 'socket_iovec_set', 'socket_iovec_add',
    'socket_iovec_delete', 'socket_iovec_free', 'socket_readv', 'socket_writev'];
$names = ['socket', 'bind', 'listen', 'accept_connect', 'connect', 'read', 'write', 'sendto',
    'setsockopt', 'close', 'strerror'];
$has = fn(array $l) => count(array_filter($l, 'function_exists'));
echo "iovec set ", $has($iovec), "/8, PHP 4.0 names ", $has($names), "/11, class ",
    class_exists('SocketIovec', false) ? 'yes' : 'no', ", sockets functions ", count(get_extension_funcs('sockets')),
    ", constants ", count(get_defined_constants(true)['sockets']),
    ", settings ", json_encode(ini_get_all('sockets', false)), "\n";
if (ini_get('sockets.legacy_iovec') !== false) {
    // PHP_INI_SYSTEM: read at start-up, not changeable by the script.
    echo "ini_set: ", var_export(ini_set('sockets.legacy_iovec', '0'), true), "\n";
}
if (function_exists('read') && function_exists('socket_readv')) {
    foreach (array_merge($iovec, $names) as $f) {
        if (!function_exists($f)) continue;
        $rf = new ReflectionFunction($f);
        $params = [];
        foreach ($rf->getParameters() as $p) {
            $params[] = ($p->hasType() ? $p->getType() . ' ' : '') . ($p->isPassedByReference() ? '&' : '')
                . ($p->isVariadic() ? '...' : '') . '$' . $p->getName()
                . ($p->isDefaultValueAvailable() ? ' = ' . var_export($p->getDefaultValue(), true) : '');
        }
        echo $rf->getExtensionName(), ': ', $f, '(', implode(', ', $params), '): ', $rf->getReturnType(), "\n";
    }
}
PHP;
$file = sys_get_temp_dir() . '/legacy_probe_' . getmypid() . '.php';
file_put_contents($file, $probe);
foreach ([[], ['sockets.legacy_iovec' => 1], ['sockets.legacy_names' => 1],
          ['sockets.legacy_iovec' => 0, 'sockets.legacy_names' => 'off'],
          ['sockets.legacy_iovec' => 'On', 'sockets.legacy_names' => 'yes']] as $settings) {
    $child = legacy_child_start($file, $settings);
    $r = legacy_child_finish($child);
    echo $r['out'], $r['err'], 'exit ', $r['exit'], "\n";
}
@unlink($file);
?>
--CLEAN--
<?php @unlink(sys_get_temp_dir() . '/legacy_probe_' . getmypid() . '.php'); ?>
--EXPECT--
iovec set 0/8, PHP 4.0 names 0/11, class no, sockets functions 40, constants 263, settings []
exit 0
iovec set 8/8, PHP 4.0 names 0/11, class yes, sockets functions 48, constants 263, settings {"sockets.legacy_iovec":"1","sockets.legacy_names":"0"}
ini_set: false
exit 0
iovec set 0/8, PHP 4.0 names 11/11, class no, sockets functions 51, constants 263, settings {"sockets.legacy_iovec":"0","sockets.legacy_names":"1"}
ini_set: false
exit 0
iovec set 0/8, PHP 4.0 names 0/11, class no, sockets functions 40, constants 263, settings []
exit 0
iovec set 8/8, PHP 4.0 names 11/11, class yes, sockets functions 59, constants 263, settings {"sockets.legacy_iovec":"1","sockets.legacy_names":"1"}
ini_set: false
sockets: socket_iovec_alloc(int $num_vectors, int ...$lengths): SocketIovec
sockets: socket_iovec_fetch(SocketIovec $iovec, int $position): string
sockets: socket_iovec_set(SocketIovec $iovec, int $position, string $data): bool
sockets: socket_iovec_add(SocketIovec $iovec, int $length): bool
sockets: socket_iovec_delete(SocketIovec $iovec, int $position): bool
sockets: socket_iovec_free(SocketIovec $iovec): bool
sockets: socket_readv(Socket $socket, SocketIovec $iovec): bool
sockets: socket_writev(Socket $socket, SocketIovec $iovec): int|bool
sockets: socket(int $domain, int $type, int $protocol): int
sockets: bind(int $fd, string $address, int $port = 0): int
sockets: listen(int $fd, int $backlog): int
sockets: accept_connect(int $fd): int
sockets: connect(int $fd, string $address, int $port = 0): int
sockets: read(int $fd, &$buffer, int $length, bool $binary = false): int
sockets: write(int $fd, string $buffer, int $length): int
sockets: sendto(int $fd, string $buffer, int $length, int $flags, string $address, int $port = 0): int
sockets: setsockopt(int $fd, int $level, int $option, int $value): int
sockets: close(int $fd): int
sockets: strerror(int $error): string
exit 0
