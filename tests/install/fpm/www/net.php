<?php
// (a) Talks to the test's UDP and TCP echo servers with socket_sendto/socket_recvfrom and
// socket_connect/socket_write/socket_read(PHP_NORMAL_READ); the replies carry this request's n.
require __DIR__ . '/state.inc';
require __DIR__ . '/ports.inc';
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_set_option($u, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
socket_sendto($u, "udp $n", 100, 0, '127.0.0.1', UDP_PORT);
$got = socket_recvfrom($u, $udpReply, 100, 0, $from, $fromPort);
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($t, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
$connected = socket_connect($t, '127.0.0.1', TCP_PORT);
socket_write($t, "tcp $n\n");
$line = socket_read($t, 100, PHP_NORMAL_READ);
$leave = leave_behind();
reply(['udp' => $got === false ? false : $udpReply, 'udp_from' => "$from:$fromPort",
       'tcp' => $connected ? $line : false, 'left' => $leave]);
