<?php
// pecl event with a Socket: EventUtil::getSocketFd, an Event on a Socket, EventUtil::createSocket? (import)
echo "sockets: ", phpversion('sockets'), "\n";
[$a, $b] = (function () { $p = []; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p); return $p; })();
var_dump(EventUtil::getSocketFd($a) > 2);
$base = new EventBase();
$got = null;
$ev = new Event($base, $b, Event::READ, function ($fd, $what, $arg) use (&$got, $b) {
    $got = socket_read($b, 100, PHP_NORMAL_READ);
});
$ev->add();
socket_write($a, "hello over event\nrest");
$base->loop(EventBase::LOOP_ONCE);
var_dump($got);
// A listener's accepted fd wrapped as Socket by event (socket_import_file_descriptor)
$l = socket_create_listen(0); socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_connect($c, '127.0.0.1', $port);
$bev = new EventBufferEvent($base, $c, EventBufferEvent::OPT_CLOSE_ON_FREE);
var_dump(EventUtil::getSocketFd($c) === EventUtil::getSocketFd($c));
$s = socket_accept($l);
socket_write($s, "x\n");
var_dump(socket_read($c, 10, PHP_NORMAL_READ));
// EventUtil::createSocket: a Socket that event makes (object_init_ex + socket_import_file_descriptor)
// around the descriptor of $s (so $s and $made share it; $made is dropped first).
$made = EventUtil::createSocket(EventUtil::getSocketFd($s));
var_dump(get_class($made), socket_getsockname($made, $h, $p), $h, socket_last_error($made));
socket_write($made, "via made\nand more\n");
var_dump(socket_read($c, 100, PHP_NORMAL_READ), socket_read($c, 100, PHP_NORMAL_READ));
$r = [$made]; $w = null; $e = null;
socket_write($c, "back\n");
var_dump(socket_select($r, $w, $e, 1), socket_read($made, 100, PHP_NORMAL_READ));
$st = socket_export_stream($made);
fwrite($st, "stream\n");
var_dump(socket_read($c, 100, PHP_NORMAL_READ));
socket_set_nonblock($made);
var_dump(@socket_read($made, 10), socket_last_error($made) === SOCKET_EAGAIN, socket_strerror(socket_last_error($made)));
echo "done\n";
