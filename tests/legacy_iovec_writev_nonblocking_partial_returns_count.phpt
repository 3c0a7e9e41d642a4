--TEST--
sockets.legacy_iovec=1: socket_writev on a non-blocking socket that takes only part returns the number of bytes sent, so a retry can send the rest once
--DESCRIPTION--
Issue 19 item 4. writev() on a non-blocking socket with a small send buffer takes part of the
buffers, then EAGAIN. socket_writev returned false although those bytes were sent: a program
retrying sent them twice. PHP 4.1 declared bool and documented nothing for this case (no manual text found);
for the case it did not foresee ours returns the count sent, as socket_write does: true still
means every byte was sent, false that none was. The peer receives exactly the count, and a
second call with the rest sends the rest: nothing twice, nothing lost.
--SKIPIF--
<?php require __DIR__ . '/include/legacy.inc'; legacy_skip_unless_ours(); ?>
--INI--
sockets.legacy_iovec=1
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
socket_set_option($a, SOL_SOCKET, SO_SNDBUF, 4096);
socket_set_nonblock($a);
socket_set_nonblock($b);

// 800,000 bytes in four buffers, each byte telling where it is: far more than the buffer takes.
$parts = [];
for ($i = 0; $i < 4; $i++) {
    $parts[] = substr(str_repeat(sprintf('%07d|', $i), 25000), 0, 200000);
}
$all = implode('', $parts);
$vec = socket_iovec_alloc(4, 0, 0, 0, 0);
foreach ($parts as $i => $part) {
    socket_iovec_set($vec, $i, $part);
}

socket_clear_error();
$sent = socket_writev($a, $vec);
echo 'partial count: ', var_export(is_int($sent) && $sent > 0 && $sent < strlen($all), true), "\n";
echo 'no error recorded: ', var_export(socket_last_error($a) === 0, true), "\n";

function drain(Socket $from): string
{
    $got = '';
    while (($chunk = @socket_read($from, 65536)) !== false && $chunk !== '') {
        $got .= $chunk;
    }
    return $got;
}
$received = drain($b);
echo 'peer got exactly the count: ', var_export(strlen($received) === $sent, true), "\n";
echo 'and those bytes: ', var_export($received === substr($all, 0, $sent), true), "\n";

// The rest, sent by a retry with what is left, until all is there; nothing is duplicated.
$rest = substr($all, $sent);
$calls = 0;
while ($rest !== '' && $calls++ < 100000) {
    $left = socket_iovec_alloc(1, 0);
    socket_iovec_set($left, 0, $rest);
    $r = socket_writev($a, $left);
    if ($r === true) {
        $rest = '';
    } elseif (is_int($r)) {
        $rest = substr($rest, $r);
    } elseif ($r !== false || socket_last_error($a) !== SOCKET_EAGAIN) {
        echo "unexpected: ", var_export($r, true), ' ', socket_last_error($a), "\n";
        break;
    }
    $received .= drain($b);
}
$received .= drain($b);
echo 'everything once, in order: ', var_export($received === $all, true), "\n";

echo "-- a full buffer: nothing sent is false with EAGAIN and no warning\n";
$one = socket_iovec_alloc(1, 0);
socket_iovec_set($one, 0, str_repeat('x', 100000));
do {
    $r = socket_writev($a, $one);
} while ($r !== false);
var_dump($r, socket_last_error($a) === SOCKET_EAGAIN);
echo "-- blocking and taken whole: true\n";
drain($b);
socket_set_block($a);
socket_iovec_set($one, 0, 'small');
var_dump(socket_writev($a, $one), drain($b));
?>
--EXPECT--
partial count: true
no error recorded: true
peer got exactly the count: true
and those bytes: true
everything once, in order: true
-- a full buffer: nothing sent is false with EAGAIN and no warning
bool(false)
bool(true)
-- blocking and taken whole: true
bool(true)
string(5) "small"
