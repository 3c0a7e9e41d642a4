<?php
/*
 * Random-argument fuzzer over every function of get_extension_funcs('sockets').
 *
 *   php fuzz.php --seeds=FIRST-LAST [--calls=N] [--tag=TAG] [--only=regex]
 *
 * One round per seed, each in a forked child (a crash or fatal error ends that round only) with
 * fresh fixtures: Socket objects of every family in many states (fresh, bound, listening,
 * connected pair, with data queued, shut, closed), streams, AddressInfo objects. The round makes
 * N calls; the function and its arguments come from mt_rand seeded with the seed, driven by
 * ReflectionFunction (parameter types, by-reference and optional parameters) and by the
 * parameter's name (an address, a port, a level, a message array...), with a share of values of
 * any type (wrong types, nasty objects). The RNG never depends on a call's result, so both
 * extensions see the same calls.
 *
 * Each call prints one line: the call, its return value (or exception class and message), the
 * by-reference arguments after the call, the warnings it raised, and the global last error.
 * Nothing printed depends on the run: ports the kernel picks are printed as EPH, the pid as PID
 * where pids are printed (a 'pid' key of SCM_CREDENTIALS, SO_PEERCRED's int; never a value that
 * merely equals it),
 * TAG (unique per run, in Unix paths and abstract names) as TAG, long strings as length+digest.
 * tests/fuzz-php/run.sh runs it under the bundled extension and ours and compares round by round.
 *
 * Calls are made so that nothing blocks (every fixture non-blocking with 50 ms SO_RCVTIMEO and
 * SO_SNDTIMEO, put back after each call), nothing leaves the box (loopback addresses, and run.sh
 * runs each extension in a network namespace of its own), and nothing differs between two runs of
 * the same extension. What is never generated, and why, is in KNOWN_DIFFERENCES below.
 */

const EPH_MIN = 32768;  // net.ipv4.ip_local_port_range
const EPH_MAX = 60999;

/*
 * Arguments never generated: documented differences from the bundled extension (README,
 * "Differences from the bundled extension, on purpose"), bundled behaviour that is not
 * deterministic or does not return, and values that only measure the allocator. Each entry:
 * function => [why, predicate over the argument list].
 */
function known_differences(): array
{
    return [
        // README: PHP_NORMAL_READ on a non-blocking socket: the bundled one spins on EAGAIN
        // until data comes (never returns here); ours returns what is queued.
        'socket_read' => [
            ['PHP_NORMAL_READ on non-blocking fixtures (bundled spins)', fn($a) => ($a[2] ?? null) === PHP_NORMAL_READ],
            // Lengths that size an allocation: the bundled one dies of "Allowed memory size"
            // (and, under ASan, malloc refuses): covered by diff cases 021-023.
            ['length over 1 MiB', fn($a) => is_int($a[1] ?? null) && $a[1] > 1 << 20],
        ],
        'socket_recv' => [
            ['length over 1 MiB (diff case 022)', fn($a) => is_int($a[2] ?? null) && $a[2] > 1 << 20],
            // MSG_TRUNC: the bundled one writes a NUL past its buffer when a datagram is longer
            // than the length (issue 10 item 1); ours returns at most the length.
            ['MSG_TRUNC (bundled writes past its buffer)', fn($a) => is_int($a[3] ?? null) && ($a[3] & MSG_TRUNC)],
        ],
        'socket_recvfrom' => [
            ['length over 1 MiB (diff case 023)', fn($a) => is_int($a[2] ?? null) && $a[2] > 1 << 20],
            ['MSG_TRUNC (bundled writes past its buffer)', fn($a) => is_int($a[3] ?? null) && ($a[3] & MSG_TRUNC)],
        ],
        // A null timeout waits until a socket is ready, which may be never; microseconds beyond a
        // second wait that long; PHP_INT_MIN microseconds is a documented difference (README).
        'socket_select' => [
            ['null or positive seconds, or large microseconds (would wait)', fn($a) => count($a) >= 4
                && (!is_int($a[3]) || $a[3] > 0 || (isset($a[4]) && is_int($a[4]) && ($a[4] > 999999 || $a[4] === PHP_INT_MIN)))],
        ],
        'socket_sendmsg' => [
            // README: a control element without 'level' or 'type': the bundled one reads
            // uninitialised memory; an IPv6 'addr' that is not a string: the bundled one crashes.
            // SCM_RIGHTS with Socket objects: the bundled one sends stdin instead (README).
            ['control element without level/type, non-string addr, Socket in SCM_RIGHTS', fn($a) => msg_has_known_difference($a[1] ?? null)],
        ],
        'socket_recvmsg' => [
            // README: ours allocates at most 64 KiB of control data; huge sizes measure the
            // allocator (the bundled one dies of "Allowed memory size").
            ['buffer_size or controllen over 1 MiB', fn($a) => is_array($a[1] ?? null) && (
                (is_int($a[1]['buffer_size'] ?? null) && $a[1]['buffer_size'] > 1 << 20)
                || (is_int($a[1]['controllen'] ?? null) && $a[1]['controllen'] > 1 << 20))],
        ],
        // README: an option the kernel answers with zero bytes (SO_BINDTODEVICE on a socket bound
        // to no device, IP_OPTIONS, ...): the bundled one returns uninitialised memory, ours 0.
        'socket_get_option' => [
            ['option answered with zero bytes or live data', fn($a) => get_option_is_unstable($a)],
        ],
        'socket_getopt' => [
            ['as socket_get_option', fn($a) => get_option_is_unstable($a)],
        ],
        'socket_set_option' => [
            // README: SO_RCVTIMEO/SO_SNDTIMEO/SO_LINGER arrays: the bundled one converts the
            // caller's array in place. Arguments are fresh per call, so this is not seen; listed
            // for the record. Nothing excluded.
        ],
    ];
}

// What newer PHPs added, which sockets-ng has on every PHP (SKNG_ADDITIONS).
require __DIR__ . '/../diff/cases/_additions.inc';

// Functions left out altogether.
const LEFT_OUT = [
    // Only sockets-ng has them (the bundled one: Windows only); README and 900_api_surface.php.
    'socket_wsaprotocol_info_export' => 'sockets-ng only',
    'socket_wsaprotocol_info_import' => 'sockets-ng only',
    'socket_wsaprotocol_info_release' => 'sockets-ng only',
];

function get_option_is_unstable(array $a): bool
{
    if (!is_int($a[1] ?? null) || !is_int($a[2] ?? null)) {
        return false;
    }
    // Both extensions pass level and option to getsockopt() as C ints.
    $int32 = fn(int $v) => (($v & 0xFFFFFFFF) ^ 0x80000000) - 0x80000000;
    // Answered with fewer than 4 bytes by Linux 6.x on the fixtures' socket types (a C scan of
    // levels x options 0-99 with getsockopt), plus SOL_TCP 24, which answers with live counters.
    $unstable = [SOL_SOCKET => [25, 26], IPPROTO_IP => [4, 9], SOL_TCP => [24, 28, 31, 33], IPPROTO_IPV6 => [6, 54, 55, 57, 59]];
    return in_array($int32($a[2]), $unstable[$int32($a[1])] ?? [], true);
}

function msg_has_known_difference($msg): bool
{
    if (!is_array($msg)) {
        return false;
    }
    if (isset($msg['name']) && is_array($msg['name']) && array_key_exists('addr', $msg['name']) && !is_string($msg['name']['addr'])) {
        return true;
    }
    if (isset($msg['control']) && is_array($msg['control'])) {
        foreach ($msg['control'] as $c) {
            if (!is_array($c)) {
                continue;
            }
            if (!array_key_exists('level', $c) || !array_key_exists('type', $c)) {
                return true;
            }
            if (isset($c['data']) && is_array($c['data'])) {
                foreach ($c['data'] as $d) {
                    if ($d instanceof Socket) {
                        return true;
                    }
                }
            }
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Random choices. Only mt_rand: the sequence is the same under both extensions.

function pick(array $a)
{
    return $a[mt_rand(0, count($a) - 1)];
}

function chance(int $percent): bool
{
    return mt_rand(1, 100) <= $percent;
}

// ---------------------------------------------------------------------------------------------
// Nasty objects.

class FzStr
{
    public function __construct(public string $s) {}
    public function __toString(): string { return $this->s; }
}

class FzThrowingStr
{
    public function __toString(): string { throw new RuntimeException('thrown by __toString'); }
}

// Closes a fixture socket while the extension converts the argument it is part of.
class FzClosingStr
{
    public function __construct(public string $fixture, public string $s) {}
    public function __toString(): string
    {
        $s = $GLOBALS['FIX'][$this->fixture] ?? null;
        if ($s instanceof Socket) {
            try { socket_close($s); } catch (Throwable $e) {}
        }
        return $this->s;
    }
}

// ---------------------------------------------------------------------------------------------
// Fixtures, fresh for every round.

function quiet(callable $f)
{
    set_error_handler(fn() => true);
    try { return $f(); } catch (Throwable $e) { return null; } finally { restore_error_handler(); }
}

function port_of($s): int
{
    return quiet(function () use ($s) { socket_getsockname($s, $a, $p); return (int) $p; }) ?? 0;
}

function make_fixtures(string $dir, string $tag): array
{
    $F = [];
    foreach ([['tcp4', AF_INET, SOCK_STREAM], ['udp4', AF_INET, SOCK_DGRAM], ['tcp6', AF_INET6, SOCK_STREAM],
              ['udp6', AF_INET6, SOCK_DGRAM], ['unix_stream', AF_UNIX, SOCK_STREAM], ['unix_dgram', AF_UNIX, SOCK_DGRAM],
              ['unix_seqpacket', AF_UNIX, SOCK_SEQPACKET]] as [$n, $d, $t]) {
        $F["{$n}_fresh"] = socket_create($d, $t, 0);
    }
    $F['tcp4_bound'] = socket_create(AF_INET, SOCK_STREAM, 0);
    socket_bind($F['tcp4_bound'], '127.0.0.1', 0);
    $F['udp4_bound'] = socket_create(AF_INET, SOCK_DGRAM, 0);
    socket_bind($F['udp4_bound'], '127.0.0.1', 0);
    $F['udp6_bound'] = socket_create(AF_INET6, SOCK_DGRAM, 0);
    socket_bind($F['udp6_bound'], '::1', 0);
    $F['tcp4_listen'] = socket_create(AF_INET, SOCK_STREAM, 0);
    socket_bind($F['tcp4_listen'], '127.0.0.1', 0);
    socket_listen($F['tcp4_listen'], 16);
    $F['tcp6_listen'] = socket_create(AF_INET6, SOCK_STREAM, 0);
    socket_bind($F['tcp6_listen'], '::1', 0);
    socket_listen($F['tcp6_listen'], 16);
    // A connected TCP pair with a line and a half queued for the client.
    $l = socket_create(AF_INET, SOCK_STREAM, 0);
    socket_bind($l, '127.0.0.1', 0);
    socket_listen($l, 4);
    $F['tcp_client'] = socket_create(AF_INET, SOCK_STREAM, 0);
    socket_connect($F['tcp_client'], '127.0.0.1', port_of($l));
    $F['tcp_server'] = socket_accept($l);
    socket_close($l);
    socket_write($F['tcp_server'], "first line\nsecond");
    // A connected TCP pair shut for writing on one side.
    $l = socket_create(AF_INET6, SOCK_STREAM, 0);
    socket_bind($l, '::1', 0);
    socket_listen($l, 4);
    $F['tcp6_shut_client'] = socket_create(AF_INET6, SOCK_STREAM, 0);
    socket_connect($F['tcp6_shut_client'], '::1', port_of($l));
    $F['tcp6_shut_server'] = socket_accept($l);
    socket_close($l);
    socket_shutdown($F['tcp6_shut_client'], 1);
    $F['udp4_connected'] = socket_create(AF_INET, SOCK_DGRAM, 0);
    socket_connect($F['udp4_connected'], '127.0.0.1', port_of($F['udp4_bound']));
    socket_sendto($F['udp4_connected'], "datagram one", 12, 0, '127.0.0.1', port_of($F['udp4_bound']));
    foreach (['stream' => SOCK_STREAM, 'dgram' => SOCK_DGRAM, 'seqpacket' => SOCK_SEQPACKET] as $n => $t) {
        $pair = [];
        socket_create_pair(AF_UNIX, $t, 0, $pair);
        [$F["pair_{$n}_a"], $F["pair_{$n}_b"]] = $pair;
    }
    socket_write($F['pair_stream_b'], "pair data\r\nmore");
    socket_write($F['pair_dgram_b'], "dgram");
    $F['unix_listen'] = socket_create(AF_UNIX, SOCK_STREAM, 0);
    socket_bind($F['unix_listen'], "$dir/listen.sock");
    socket_listen($F['unix_listen'], 16);
    $F['unix_dgram_bound'] = socket_create(AF_UNIX, SOCK_DGRAM, 0);
    socket_bind($F['unix_dgram_bound'], "$dir/dgram.sock");
    $F['abstract_dgram'] = socket_create(AF_UNIX, SOCK_DGRAM, 0);
    socket_bind($F['abstract_dgram'], "\0skfz-$tag-abstract");
    $F['closed'] = socket_create(AF_INET, SOCK_STREAM, 0);
    socket_close($F['closed']);
    foreach ($F as $s) {
        guard($s);
    }
    return $F;
}

// Non-blocking, 50 ms timeouts: no call waits (the fuzzer may have changed either).
function guard($s): void
{
    if (!$s instanceof Socket) {
        return;
    }
    quiet(function () use ($s) {
        socket_set_nonblock($s);
        socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 50000]);
        socket_set_option($s, SOL_SOCKET, SO_SNDTIMEO, ['sec' => 0, 'usec' => 50000]);
    });
}

function make_streams(string $dir, string $tag): array
{
    $S = [];
    $p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
    [$S['stream_pair_a'], $S['stream_pair_b']] = $p;
    $S['stream_tcp_server'] = stream_socket_server('tcp://127.0.0.1:0');
    $S['stream_udp'] = stream_socket_server('udp://127.0.0.1:0', $no, $str, STREAM_SERVER_BIND);
    $S['stream_memory'] = fopen('php://memory', 'w+');
    $S['stream_file'] = fopen("$dir/file", 'w+');
    $S['stream_closed'] = fopen('php://memory', 'r');
    fclose($S['stream_closed']);
    foreach ($S as $s) {
        if (is_resource($s)) {
            @stream_set_blocking($s, false);
        }
    }
    return $S;
}

// ---------------------------------------------------------------------------------------------
// Values.

function int_pool(): array
{
    return [0, 1, -1, 2, 3, 7, 10, 11, 13, 20, 21, 25, 64, 100, 255, 256, 1024, 4096, 65535, 65536, 65537,
            2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296, 4294967296 | MSG_PEEK,
            PHP_INT_MAX, PHP_INT_MIN, PHP_INT_MAX - 1, PHP_INT_MIN + 1, -65536, 1 << 40];
}

function sockets_constants(string $prefixRegex): array
{
    static $all = null;
    // Newer PHPs' constants that sockets-ng has on every PHP are left out, so that both runs draw
    // from the same list (their values are pinned by tests/constants_newer_php_additions_linux.phpt).
    $all ??= array_diff_key(get_defined_constants(true)['sockets'] ?? [],
        array_flip(skng_additions_missing_here('constants')));
    $out = [];
    foreach ($all as $name => $v) {
        if (preg_match($prefixRegex, $name) && is_int($v)) {
            $out[] = $v;
        }
    }
    return $out ?: [0];
}

function gen_int(string $role): int
{
    switch ($role) {
        case 'port':
            if (chance(50)) {
                // A fixture's port of the socket's own protocol and family: the kernel numbers
                // UDP, TCP over IPv4 and TCP on ::1 apart, so another one's fixture port may be
                // in use there or not, by chance (a TCP connection's local port, say).
                $cur = $GLOBALS['CUR_SOCKET'] ?? '';
                return pick(match (true) {
                    str_contains($cur, 'udp') => $GLOBALS['PORTS_UDP'],
                    str_contains($cur, 'tcp6') => $GLOBALS['PORTS_TCP6'],
                    default => $GLOBALS['PORTS'],
                });
            }
            return pick([0, 1, 7, 65535, 65536, -1, PHP_INT_MAX, PHP_INT_MIN, 2147483648, 65536 + 80]);
        case 'domain':
            return chance(70) ? pick([AF_INET, AF_INET6, AF_UNIX]) : pick(int_pool());
        case 'type':
            return chance(70) ? pick([SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, SOCK_RDM]) : pick(int_pool());
        case 'protocol':
            return chance(60) ? pick([0, SOL_TCP, SOL_UDP, 1, 58]) : pick(int_pool());
        case 'level':
            return chance(75) ? pick([SOL_SOCKET, IPPROTO_IP, IPPROTO_IPV6, SOL_TCP, SOL_UDP]) : pick(int_pool());
        case 'option':
            return chance(75) ? pick(sockets_constants('/^(SO|TCP|IP|IPV6|MCAST|SCM)_/')) : pick(int_pool());
        case 'flags':
            if (chance(60)) {
                $f = 0;
                foreach ([MSG_OOB, MSG_PEEK, MSG_DONTWAIT, MSG_WAITALL, MSG_EOR, MSG_DONTROUTE, MSG_NOSIGNAL, MSG_CTRUNC, MSG_TRUNC, MSG_EOF, MSG_CMSG_CLOEXEC, MSG_ERRQUEUE, MSG_CONFIRM, MSG_MORE] as $bit) {
                    if (chance(20)) {
                        $f |= $bit;
                    }
                }
                return $f;
            }
            return pick(int_pool());
        case 'length':
            return chance(70) ? pick([0, 1, 2, 5, 12, 100, 1024, 65536, -1]) : pick(int_pool());
        case 'backlog':
            return pick([0, 1, 5, -1, 128, 4096, PHP_INT_MAX, PHP_INT_MIN, 2147483648]);
        case 'error_code':
            return chance(60) ? mt_rand(-10010, 140) : pick(int_pool());
        case 'read_mode':
            return pick([PHP_BINARY_READ, PHP_NORMAL_READ, 0, 3, -1, PHP_INT_MAX]);
        case 'how':
            return pick([0, 1, 2, 3, -1, PHP_INT_MAX]);
        case 'seconds':
            return pick([0, 0, 0, -1, PHP_INT_MIN, 1]);
        case 'microseconds':
            return pick([0, 1, 10, 999999, -1, 1000000, PHP_INT_MAX, PHP_INT_MIN]);
        case 'num':
            return pick([0, 1, 2, 8, -1, 1000, 1 << 20, PHP_INT_MAX, PHP_INT_MIN, 2147483647]);
        default:
            return pick(int_pool());
    }
}

function gen_address(): string
{
    $dir = $GLOBALS['DIR'];
    $tag = $GLOBALS['TAG'];
    return pick([
        '127.0.0.1', '127.0.0.1', '::1', '::1', 'localhost', '0.0.0.0', '::', '', "\0", "127.0.0.1\0junk",
        '::ffff:127.0.0.1', '[::1]', 'fe80::1%lo', '::1%999999', '::1%', '127.1', '256.1.1.1', '127.0.0.1 ',
        'no-such-host.invalid', str_repeat('a', 300), "é", '%lo', '1::2::3', 'ip6-localhost',
        "$dir/listen.sock", "$dir/dgram.sock", "$dir/none.sock", "\0skfz-$tag-abstract", "\0", "\0skfz-$tag-none",
        $dir . '/' . str_repeat('p', 120), '/', '.', "$dir/file",
    ]);
}

function gen_string(string $role): string
{
    switch ($role) {
        case 'address':
        case 'host':
            return gen_address();
        case 'service':
            return pick(['0', '80', 'http', '', 'no-such-service', '65536', '-1', "8\0", (string) $GLOBALS['PORTS'][0]]);
        case 'data':
            return pick(['', 'x', "hello\n", "a\0b", "line\r\n", str_repeat('D', 3000), str_repeat("\xff", 300)]);
        default:
            return pick(['', "\0", 'x', '0', '1', '-1', '1e3', ' 1', '0x1A', 'lo', 'cubic', 'reno', str_repeat('S', 300), "\xc3\x28"]);
    }
}

function gen_socket(): Socket
{
    return $GLOBALS['FIX'][pick(array_keys($GLOBALS['FIX']))];
}

function gen_stream()
{
    return $GLOBALS['STREAMS'][pick(array_keys($GLOBALS['STREAMS']))];
}

function gen_option_value()
{
    switch (mt_rand(0, 7)) {
        case 0: return ['sec' => pick([0, 1, -1, PHP_INT_MAX, PHP_INT_MIN]), 'usec' => pick([0, 1, -1, 999999, 1000000, PHP_INT_MAX])];
        case 1: return ['l_onoff' => pick([0, 1, -1]), 'l_linger' => pick([0, 1, -1, PHP_INT_MAX])];
        case 2: return array_filter(['group' => pick(['224.0.0.1', 'ff02::1', '127.0.0.1', '', 'x']),
                                     'interface' => pick(['lo', 1, 0, 'nope', -1]),
                                     'source' => chance(50) ? pick(['127.0.0.1', '::1']) : null], fn($v) => $v !== null);
        case 3: return pick(['lo', 'cubic', 'reno', '', "\0", str_repeat('c', 300), '1']);
        case 4: return chance(50) ? null : pick([1.5, true, false, -0.0]);
        case 5: return gen_any(1);
        default: return gen_int('');
    }
}

function gen_message_send()
{
    $m = [];
    if (chance(60)) {
        $name = ['addr' => chance(85) ? gen_address() : pick([null, 5, []]), 'port' => gen_int('port')];
        if (chance(20)) {
            $name['scope_id'] = gen_int('');
        }
        if (chance(15)) {
            unset($name['port']);
        }
        $m['name'] = $name;
    }
    if (chance(85)) {
        $iov = [];
        for ($i = mt_rand(0, 3); $i > 0; $i--) {
            $iov[] = chance(85) ? gen_string('data') : gen_any(1);
        }
        $m['iov'] = chance(90) ? $iov : gen_any(1);
    }
    if (chance(50)) {
        $control = [];
        for ($i = mt_rand(0, 3); $i > 0; $i--) {
            $control[] = gen_control();
        }
        $m['control'] = chance(90) ? $control : gen_any(1);
    }
    if (chance(20)) {
        $m['flags'] = gen_int('flags');
    }
    if (chance(10)) {
        $m[pick(['extra', 0, 'controllen'])] = gen_any(1);
    }
    return $m;
}

function gen_control(): array
{
    switch (mt_rand(0, 4)) {
        case 0:
            $data = [];
            for ($i = mt_rand(0, 3); $i > 0; $i--) {
                $data[] = chance(80) ? gen_stream() : gen_any(1);
            }
            return ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => $data];
        case 1:
            return ['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS,
                    // The other pids are none a process can have (pid_max is at most 2^22), so
                    // a 'pid' equal to the round's is always the round's: d() prints it as PID.
                    'data' => ['pid' => chance(70) ? getmypid() : pick([0, -1, 4194305, 2147483648, PHP_INT_MAX, PHP_INT_MIN]),
                               'uid' => pick([0, 65534, -1]), 'gid' => pick([0, 65534, -1])]];
        case 2:
            return ['level' => IPPROTO_IPV6, 'type' => pick([IPV6_PKTINFO, IPV6_HOPLIMIT, IPV6_TCLASS]),
                    'data' => chance(50) ? ['addr' => pick(['::1', '', 'x', '::']), 'ifindex' => pick([0, 1, -1, PHP_INT_MAX])] : gen_int('')];
        case 3:
            return ['level' => gen_int('level'), 'type' => gen_int('option'), 'data' => gen_any(1)];
        default:
            $c = ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => gen_any(1)];
            if (chance(30)) {
                $c['data'] = [new FzClosingStr(pick(array_keys($GLOBALS['FIX'])), 'x'), gen_stream()];
            }
            return $c;
    }
}

function gen_message_recv(): array
{
    $m = [];
    if (chance(70)) {
        $m['buffer_size'] = chance(80) ? pick([0, 1, 5, 100, 2000, 65536]) : gen_int('');
    }
    if (chance(60)) {
        $m['controllen'] = chance(70) ? quiet(fn() => socket_cmsg_space(pick([SOL_SOCKET, IPPROTO_IPV6]), pick([SCM_RIGHTS, SCM_CREDENTIALS, IPV6_PKTINFO]), mt_rand(0, 4))) ?? 0 : pick([0, 1, -1, 1000, 65536]);
    }
    if (chance(40)) {
        $m['name'] = chance(70) ? [] : gen_any(1);
    }
    if (chance(15)) {
        $m['flags'] = gen_int('flags');
    }
    if (chance(10)) {
        $m[pick(['iov', 'control', 7])] = gen_any(1);
    }
    return $m;
}

function gen_hints()
{
    if (chance(20)) {
        return gen_any(1);
    }
    $h = [];
    foreach (['ai_family' => fn() => gen_int('domain'), 'ai_socktype' => fn() => gen_int('type'),
              'ai_protocol' => fn() => gen_int('protocol'), 'ai_flags' => fn() => pick([0, AI_PASSIVE, AI_CANONNAME, AI_NUMERICHOST, AI_V4MAPPED, AI_ALL, AI_ADDRCONFIG, AI_NUMERICSERV, -1, PHP_INT_MAX])] as $k => $g) {
        if (chance(50)) {
            $h[$k] = chance(90) ? $g() : gen_any(1);
        }
    }
    if (chance(10)) {
        $h['ai_bogus'] = 1;
    }
    return $h;
}

function gen_socket_array()
{
    $a = [];
    for ($i = mt_rand(0, 4); $i > 0; $i--) {
        $k = chance(70) ? $i : pick(['k', -5, PHP_INT_MAX]);
        $a[$k] = chance(90) ? gen_socket() : gen_any(1);
    }
    return $a;
}

function gen_any(int $depth = 0)
{
    switch (mt_rand(0, 12)) {
        case 0: return gen_int('');
        case 1: return gen_string('');
        case 2: return gen_address();
        case 3: return pick([0.0, 1.5, -1.5, NAN, INF, 1e20, 80.0]);
        case 4: return pick([true, false, null]);
        case 5: return gen_socket();
        case 6: return gen_stream();
        case 7: return pick($GLOBALS['AI']);
        case 8:
            if ($depth > 2) {
                return [];
            }
            $a = [];
            for ($i = mt_rand(0, 3); $i > 0; $i--) {
                $a[pick([0, 1, 'sec', 'usec', 'addr', 'x', -1])] = gen_any($depth + 1);
            }
            if (chance(15) && $a && empty($GLOBALS['IN_MESSAGE'])) {
                $k = array_key_first($a);
                $ref = $a[$k];
                $a[$k] = &$ref;
            }
            return $a;
        case 9: return new stdClass();
        case 10: return new FzStr(pick(['127.0.0.1', '::1', '5', '', 'lo']));
        case 11: return chance(50) ? new FzThrowingStr() : new FzClosingStr(pick(array_keys($GLOBALS['FIX'])), '127.0.0.1');
        default: return fn() => 1;
    }
}

// A value for parameter $p of $fname: by role (from the name) and type, or anything.
function gen_arg(string $fname, ReflectionParameter $p)
{
    $name = $p->getName();
    $type = (string) $p->getType();
    if (chance(12)) {
        return gen_any();
    }
    if ($type !== '' && str_starts_with($type, '?') && chance(5)) {
        return null;
    }
    switch ($name) {
        case 'socket':
            $v = $fname === 'socket_last_error' || $fname === 'socket_clear_error' ? (chance(70) ? gen_socket() : null) : gen_socket();
            $GLOBALS['CUR_SOCKET'] = $v instanceof Socket ? ($GLOBALS['FIX_NAMES'][spl_object_id($v)] ?? '') : '';
            return $v;
        case 'address':
            if ($type === 'AddressInfo') {
                return pick($GLOBALS['AI']);
            }
            return $p->isPassedByReference() ? gen_any() : gen_address();
        case 'host': return gen_address();
        case 'service': return gen_string('service');
        case 'hints': return gen_hints();
        case 'port':
            return $p->isPassedByReference() ? gen_any() : gen_int('port');
        case 'data':
            return $p->isPassedByReference() ? gen_any() : gen_string('data');
        case 'message':
            // No PHP references inside message arrays: a deliberate difference (ours follows
            // them, the bundled one refuses most: tests/msg_references_in_message_arrays_are_followed.phpt).
            // A reference whose only holder is the array is invisible to ReflectionReference, so
            // none are made rather than filtered out afterwards.
            $GLOBALS['IN_MESSAGE'] = true;
            $m = $fname === 'socket_sendmsg' ? gen_message_send() : gen_message_recv();
            $GLOBALS['IN_MESSAGE'] = false;
            return $m;
        case 'value': return gen_option_value();
        case 'stream': return chance(70) ? gen_stream() : gen_socket();
        case 'read': case 'write': case 'except':
            return chance(85) ? gen_socket_array() : (chance(50) ? null : gen_any());
        case 'pair': return chance(50) ? null : gen_any();
        case 'mode': return gen_int($fname === 'socket_read' ? 'read_mode' : 'how');
        case 'domain': case 'type': case 'protocol': case 'level': case 'option': case 'flags':
        case 'length': case 'backlog': case 'error_code': case 'seconds': case 'microseconds': case 'num':
            return gen_int($name);
    }
    if (str_contains($type, 'int')) {
        return gen_int('');
    }
    if (str_contains($type, 'string')) {
        return gen_string('');
    }
    if (str_contains($type, 'array')) {
        return gen_any();
    }
    return gen_any();
}

// ---------------------------------------------------------------------------------------------
// Describing values: nothing that depends on the run.

function norm_string(string $s): string
{
    $s = str_replace([$GLOBALS['DIR'], $GLOBALS['TAG']], ['DIR', 'TAG'], $s);
    return $s;
}

function d($v, int $depth = 0): string
{
    if ($v === null) return 'null';
    if (is_bool($v)) return $v ? 'true' : 'false';
    if (is_int($v)) {
        if ($v >= EPH_MIN && $v <= EPH_MAX) return 'EPH';
        return (string) $v;
    }
    if (is_float($v)) return is_nan($v) ? 'NAN' : var_export($v, true);
    if (is_string($v)) {
        $v = norm_string($v);
        if (preg_match("/^[0-9]{5}\$/", $v) && (int) $v >= EPH_MIN && (int) $v <= EPH_MAX) {
            return '"EPH"';
        }
        if (strlen($v) > 60) {
            return sprintf('str(%d:%s)', strlen($v), substr(md5($v), 0, 8));
        }
        return '"' . addcslashes($v, "\0..\37\"\\\177..\377") . '"';
    }
    if (is_array($v)) {
        if ($depth > 4) return '[...]';
        $parts = [];
        $i = 0;
        foreach ($v as $k => $x) {
            if (++$i > 12) { $parts[] = '...' . count($v); break; }
            // "&": the element is a reference (the bundled extension refuses some in messages).
            $amp = ReflectionReference::fromArrayElement($v, $k) !== null ? '&' : '';
            // Only where a pid is printed: a flags value or a byte count that equals the pid by
            // chance must print the same in a run whose pid differs.
            $value = $k === 'pid' && $x === $GLOBALS['PID'] ? 'PID' : d($x, $depth + 1);
            $parts[] = (is_int($k) ? d($k) : d((string) $k)) . '=>' . $amp . $value;
        }
        return '[' . implode(', ', $parts) . ']';
    }
    if ($v instanceof Socket) {
        $name = $GLOBALS['FIX_NAMES'][spl_object_id($v)] ?? null;
        if ($name !== null && ($GLOBALS['FIX'][$name] ?? null) === $v) return "Socket<$name>";
        return 'Socket<new>';
    }
    if ($v instanceof AddressInfo) {
        $e = quiet(fn() => socket_addrinfo_explain($v));
        return 'AddressInfo' . d($e, $depth + 1);
    }
    if (is_resource($v)) return 'resource(' . get_resource_type($v) . ')';
    if (gettype($v) === 'resource (closed)') return 'resource(closed)';
    if ($v instanceof Closure) return 'Closure';
    if (is_object($v)) return get_class($v);
    return gettype($v);
}

// ---------------------------------------------------------------------------------------------
// One round.

function run_round(int $seed, int $calls, ?string $only): void
{
    mt_srand($seed, MT_RAND_MT19937);
    $GLOBALS['PID'] = getmypid();
    $dir = $GLOBALS['BASE_DIR'] . "/r$seed";
    @mkdir($dir, 0777, true);
    chdir($dir);  // relative Unix paths ("é", "[::1]") land in the round's own folder
    $GLOBALS['DIR'] = $dir;
    $GLOBALS['FIX'] = $FIX = make_fixtures($dir, $GLOBALS['TAG'] . "-$seed");
    $GLOBALS['FIX_NAMES'] = [];
    foreach ($FIX as $n => $s) {
        $GLOBALS['FIX_NAMES'][spl_object_id($s)] = $n;
    }
    $GLOBALS['PORTS'] = $GLOBALS['PORTS_UDP'] = [];
    foreach (['tcp4_listen', 'tcp4_bound'] as $n) {
        $GLOBALS['PORTS'][] = port_of($FIX[$n]);
    }
    $GLOBALS['PORTS_TCP6'] = [port_of($FIX['tcp6_listen'])];
    foreach (['udp4_bound', 'udp6_bound'] as $n) {
        $GLOBALS['PORTS_UDP'][] = port_of($FIX[$n]);
    }
    $GLOBALS['STREAMS'] = make_streams($dir, $GLOBALS['TAG']);
    // AddressInfo: a listener nobody else can touch (backlog 512: a blocking connect never
    // waits on a full queue), a refused port, UDP, IPv6.
    // Its number is also free for UDP (an AddressInfo of SOCK_DGRAM binds it).
    do {
        $hidden = socket_create(AF_INET, SOCK_STREAM, 0);
        socket_bind($hidden, '127.0.0.1', 0);
        socket_listen($hidden, 512);
        $hport = (string) port_of($hidden);
        $probe = socket_create(AF_INET, SOCK_DGRAM, 0);
        $free = quiet(fn() => socket_bind($probe, '127.0.0.1', (int) $hport)) && !in_array((int) $hport, $GLOBALS['PORTS_UDP'], true);
        socket_close($probe);
        $probe = socket_create(AF_INET6, SOCK_DGRAM, 0);
        $free = $free && quiet(fn() => socket_bind($probe, '::1', (int) $hport));
        socket_close($probe);
    } while (!$free);
    $GLOBALS['PORTS'][] = (int) $hport;
    $AI = [];
    foreach ([['127.0.0.1', $hport, ['ai_socktype' => SOCK_STREAM]], ['::1', '1', ['ai_socktype' => SOCK_STREAM]],
              ['127.0.0.1', $hport, ['ai_socktype' => SOCK_DGRAM]], ['localhost', null, ['ai_family' => AF_INET]],
              ['::1', $hport, ['ai_socktype' => SOCK_DGRAM, 'ai_family' => AF_INET6]]] as [$h, $sv, $hints]) {
        $r = quiet(fn() => socket_addrinfo_lookup($h, $sv, $hints));
        if (is_array($r) && $r) {
            $AI[] = $r[0];
        }
    }
    $GLOBALS['AI'] = $AI ?: [null];
    // The port probes above may have failed (and set the global last error) by chance.
    socket_clear_error();
    echo "fixtures: ", count($FIX), " sockets, ", count($GLOBALS['STREAMS']), " streams, ", count($AI), " addrinfo\n";

    // Newer PHPs' functions (socket_atmark before 8.4) are left out for the same reason.
    $funcs = array_values(array_filter(array_diff(get_extension_funcs('sockets'), skng_additions_missing_here('functions')),
        fn($f) => !isset(LEFT_OUT[$f])));
    sort($funcs);
    $known = known_differences();
    for ($i = 1; $i <= $calls; $i++) {
        $fname = pick($funcs);
        $rf = new ReflectionFunction($fname);
        $params = $rf->getParameters();
        $args = null;
        for ($try = 0; $try < 20 && $args === null; $try++) {
            $args = [];
            $GLOBALS['CUR_SOCKET'] = '';
            $n = count($params);
            // Leave out some optional trailing parameters; now and then pass one too many or too few.
            $req = $rf->getNumberOfRequiredParameters();
            if ($n > $req && chance(30)) {
                $n = mt_rand($req, $n);
            }
            if (chance(3)) {
                $n = max(0, $req - 1);
            }
            foreach (array_slice($params, 0, $n) as $p) {
                $args[] = gen_arg($fname, $p);
            }
            if (chance(2)) {
                $args[] = gen_any();
            }
            foreach ($known[$fname] ?? [] as [$why, $excluded]) {
                if ($excluded($args)) {
                    $args = null;
                    break;
                }
            }
        }
        if ($only !== null && !preg_match($only, $fname)) {
            continue;
        }
        if ($args === null) {
            echo "$i $fname: no arguments outside the known differences\n";
            continue;
        }
        call_and_print($i, $fname, $params, $args);
        foreach ($GLOBALS['FIX'] as $s) {
            guard($s);
        }
    }
}

/* Whether the call's result is a pid: SO_PEERCRED read as an int is struct ucred's first field
 * (the peer of a fixture pair is the round itself). */
function returns_peer_pid(string $fname, array $args): bool
{
    return in_array($fname, ['socket_get_option', 'socket_getopt'], true)
        && is_numeric($args[1] ?? null) && (int) $args[1] === SOL_SOCKET
        && is_numeric($args[2] ?? null) && (int) $args[2] === 17;   // SO_PEERCRED: PHP 8.2 lacks the constant
}

function call_and_print(int $i, string $fname, array $params, array $args): void
{
    // The call as made (before any conversion).
    $desc = [];
    foreach ($args as $a) {
        $desc[] = d($a);
    }
    // Printed before the call, so that a crash shows which call it was.
    echo "$i $fname(" . implode(', ', $desc) . ')';
    $warnings = [];
    set_error_handler(function ($no, $str) use (&$warnings) {
        $warnings[] = $no . ':' . norm_string($str);
        return true;
    });
    $refs = [];
    $callArgs = $args;
    $result = '';
    try {
        // By-reference parameters get references to $callArgs' elements, printed after the call.
        $r = $fname(...refs_for($params, $callArgs));
        $result = '= ' . ($r === $GLOBALS['PID'] && returns_peer_pid($fname, $args) ? 'PID' : d($r));
    } catch (Throwable $e) {
        $result = '! ' . get_class($e) . ': ' . norm_string($e->getMessage());
    }
    restore_error_handler();
    foreach ($params as $k => $p) {
        if ($p->isPassedByReference() && array_key_exists($k, $callArgs)) {
            $refs[] = '&' . $p->getName() . '=' . d($callArgs[$k]);
        }
    }
    $err = quiet(fn() => socket_last_error());
    echo ' ', $result, $refs ? ' ' . implode(' ', $refs) : '', $warnings ? ' W[' . implode(' | ', $warnings) . ']' : '', ' E=', d($err), "\n";
}

// An argument list whose by-reference entries are references to $callArgs' elements.
function refs_for(array $params, array &$callArgs): array
{
    $out = [];
    foreach ($callArgs as $k => &$v) {
        if (isset($params[$k]) && $params[$k]->isPassedByReference()) {
            $out[$k] = &$v;
        } else {
            $out[$k] = $v;
        }
    }
    return $out;
}

// ---------------------------------------------------------------------------------------------

$o = getopt('', ['seeds:', 'calls:', 'tag:', 'only:']);
[$first, $last] = array_map('intval', explode('-', ($o['seeds'] ?? '1-10') . '-'));
$last = $last ?: $first;
$calls = (int) ($o['calls'] ?? 30);
$GLOBALS['TAG'] = $o['tag'] ?? ('t' . getmypid());
$only = isset($o['only']) ? '/' . $o['only'] . '/' : null;
$GLOBALS['BASE_DIR'] = sys_get_temp_dir() . '/skfz-' . $GLOBALS['TAG'];
@mkdir($GLOBALS['BASE_DIR'], 0777, true);
echo "sockets ", phpversion('sockets') === PHP_VERSION ? 'bundled' : 'sockets-ng', "; ", count(get_extension_funcs('sockets')), " functions\n";
for ($seed = $first; $seed <= $last; $seed++) {
    echo "=== seed $seed\n";
    $pid = pcntl_fork();
    if ($pid === 0) {
        pcntl_alarm(30);  // a safety net only: a round that waits this long is a fuzzer bug
        run_round($seed, $calls, $only);
        echo "round done\n";
        exit(0);
    }
    pcntl_waitpid($pid, $status);
    if (pcntl_wifsignaled($status)) {
        echo "\n--- seed $seed: killed by signal ", pcntl_wtermsig($status), "\n";
    } elseif (pcntl_wexitstatus($status) !== 0) {
        echo "\n--- seed $seed: exit status ", pcntl_wexitstatus($status), "\n";
    }
}
echo "=== end\n";
exec('rm -rf ' . escapeshellarg($GLOBALS['BASE_DIR']));
