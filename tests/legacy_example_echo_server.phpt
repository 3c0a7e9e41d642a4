--TEST--
examples/legacy/echo_server.php (seed 001 "Exemple 1", PHP 4.0 names, as written) answers a client over loopback; 'quit' and a client hanging up end it
--DESCRIPTION--
Runs the seed's echo server with sockets.legacy_names=1 in a child PHP. Its port is changed in a
copy of the file, as the manual tells its readers to ("Modifiez ces valeurs"), to a free one
(picked again if another process took it meanwhile). PHP 4.0's read() reads one line per call,
"\r" and "\n" both ending one, so telnet's "\r\n" gives two answers, the second for an empty line:
that is what the program did then. 'quit' runs "break 2", which ends the whole server; so does a
client hanging up (read() returns 0).
--SKIPIF--
<?php
require __DIR__ . '/include/legacy.inc';
legacy_skip_unless_ours();
if (!function_exists('proc_open')) die('skip proc_open not available');
?>
--FILE--
<?php
require __DIR__ . '/include/legacy.inc';
require __DIR__ . '/include/examples.inc';

/* Starts the server on a free port; returns [child, connected client, copy]. */
function start_server(): array
{
    for ($try = 1; ; $try++) {
        $port = legacy_free_tcp_port();
        $copy = legacy_example_copy('echo_server.php', ['$port = 10000;' => "\$port = $port;"]);
        $child = legacy_child_start($copy, ['sockets.legacy_names' => 1]);
        $deadline = microtime(true) + 5;
        while (microtime(true) < $deadline) {
            $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
            if (@socket_connect($c, '127.0.0.1', $port)) {
                return [$child, $c, $copy];
            }
            socket_close($c);
            $st = proc_get_status($child['proc']);
            if (!$st['running']) {
                break;                      // bind() failed: the port was taken meanwhile
            }
            usleep(20000);
        }
        $r = legacy_child_finish($child, 30);
        @unlink($copy);
        if ($try === 3) {
            throw new RuntimeException("the server did not start: " . $r['out'] . $r['err']);
        }
    }
}

echo "-- a client that types, then 'quit'\n";
[$child, $c, $copy] = start_server();
socket_write($c, "hello\n");
var_dump(ex_read_through($c, "\n"));
socket_write($c, "telnet\r\n");
// Two replies: they may come in one read.
var_dump(ex_read_through($c, "'.\n"), ex_read_through($c, "'.\n"));
socket_write($c, "  spaced out  \n");
var_dump(ex_read_through($c, "\n"));
socket_write($c, "quit\n");
var_dump(ex_is_eof($c));
$r = legacy_child_finish($child);
var_dump($r['out'], $r['err'], $r['exit']);
socket_close($c);
@unlink($copy);

echo "-- a client that hangs up\n";
[$child, $c, $copy] = start_server();
socket_write($c, "bye\n");
var_dump(ex_read_through($c, "\n"));
socket_close($c);
$r = legacy_child_finish($child);
var_dump($r['out'], $r['err'], $r['exit']);
@unlink($copy);
?>
--EXPECT--
-- a client that types, then 'quit'
string(28) "PHP: Vous avez dit 'hello'.
"
string(29) "PHP: Vous avez dit 'telnet'.
"
string(23) "PHP: Vous avez dit ''.
"
string(33) "PHP: Vous avez dit 'spaced out'.
"
bool(true)
string(25) "hello
telnet

spaced out
"
string(0) ""
int(0)
-- a client that hangs up
string(26) "PHP: Vous avez dit 'bye'.
"
string(4) "bye
"
string(0) ""
int(0)
