<?php
// Swoole (built with --enable-sockets against the bundled php_sockets.h) with Socket objects.
use Swoole\Coroutine;
echo "sockets: ", phpversion('sockets') === PHP_VERSION ? 'bundled' : 'ours', "\n";

// 1. swoole_event_add on a Socket (Swoole reads bsd_socket through Z_SOCKET_P).
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
swoole_event_add($p[1], function ($sock) use ($p) {
    echo "event: ", get_class($sock), " ", var_export(socket_read($sock, 100, PHP_NORMAL_READ), true), "\n";
    swoole_event_del($p[1]);
});
socket_write($p[0], "hello event\n");
swoole_event_wait();

// 2. Swoole\Client::getSocket(): a Socket Swoole makes (object_init_ex + socket_import_file_descriptor
//    on a dup of its descriptor), used by PHP code.
$l = socket_create_listen(0);
socket_getsockname($l, $addr, $port);
$cli = new Swoole\Client(SWOOLE_SOCK_TCP);
var_dump($cli->connect('127.0.0.1', $port, 1));
$s = socket_accept($l);
$sock = $cli->getSocket();
var_dump(get_class($sock), socket_getpeername($sock, $h, $pp), $h, $pp === $port, socket_last_error($sock));
socket_write($sock, "from getSocket\n");
var_dump(socket_read($s, 100, PHP_NORMAL_READ));
socket_write($s, "to getSocket\n");
$r = [$sock]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 2), socket_read($sock, 100, PHP_NORMAL_READ));
socket_set_nonblock($sock);
var_dump(@socket_read($sock, 10), socket_last_error($sock) === SOCKET_EAGAIN);
$st = socket_export_stream($sock);
var_dump(stream_get_meta_data($st)['blocked']);
socket_close($sock);
$cli->close();

// 3. (hooks off: with them Swoole replaces socket_* by coroutine versions taking its own sockets)
Coroutine::set(['hook_flags' => 0]);
// A Socket exported as a stream and imported into a coroutine socket, and back.
Coroutine\run(function () use ($s, $l) {
    socket_getsockname($l, $addr, $port);
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_connect($c, '127.0.0.1', $port);
    $srv = socket_accept($l);
    $co = Coroutine\Socket::import(socket_export_stream($c));
    var_dump(get_class($co));
    var_dump($co->send("coroutine says hi\n"));
    var_dump(socket_read($srv, 100, PHP_NORMAL_READ));
    socket_write($srv, "answer\n");
    var_dump($co->recv(100, 2));
    // swoole_event_add with a Socket inside the coroutine scheduler
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
    $ch = new Coroutine\Channel(1);
    swoole_event_add($q[1], function ($sock) use ($q, $ch) {
        $ch->push(socket_read($sock, 100));
        swoole_event_del($q[1]);
    });
    socket_write($q[0], "in coroutine");
    var_dump($ch->pop(2));
    // The coroutine hooks: socket_* functions made coroutine-aware are Swoole's own; plain ones here.
    $co->close();
});
echo "done\n";
