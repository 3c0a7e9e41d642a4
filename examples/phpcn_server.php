<?php
/*
 * phpcn_server.php - the server half of php.cn's "How to implement simple php socket communication".
 *
 * Source: seed 003 (php.cn tutorial). The seed lost most of its code: only the tail of the server
 * survives ("... = 5){ break; }; } //echo $buf; socket_close($msgsock); } while (true);
 * socket_close($sock);") plus the note that it listens on port 8001. This file is a reconstruction,
 * the faithful modern equivalent of that well-known example: socket_create/bind/listen, then for each
 * client: socket_accept, send a greeting ("测试成功！" = "test successful!"), socket_read the client's
 * message, print it and reply with it ("收到的信息:" = "received message:"), close the connection.
 * As in the seed, the server stops after 5 connections (the surviving "if (++$count >= 5) break;").
 *
 * What was modernised: the "if (($sock = socket_create(...)) < 0)" checks (never true - socket_create
 * returns false or a socket) became "=== false" checks that stop the script; messages are printed in
 * English with the tutorial's Chinese; the address, port and connection count are configurable,
 * port 0 picks a free port and the real one is printed; the reply is sent to the client instead of
 * only echoed on the server console.
 *
 * Usage: php phpcn_server.php [address [port [max_connections]]]
 *        (or env ADDRESS / PORT; default 127.0.0.1 8001 5; max_connections 0 = no limit)
 * Talk:  php phpcn_client.php 127.0.0.1 8001     or     telnet 127.0.0.1 8001 and type one line.
 */

error_reporting(E_ALL);
// Make sure the script does not time out while waiting for clients.
set_time_limit(0);

$ip = $argv[1] ?? (getenv('ADDRESS') ?: '127.0.0.1');
$port = $argv[2] ?? (getenv('PORT') !== false ? getenv('PORT') : 8001);
$max = (int) ($argv[3] ?? 5);
if (!preg_match('/^\d{1,5}$/', (string) $port) || (int) $port > 65535) {
    fwrite(STDERR, "invalid port '$port'\n");
    exit(2);
}
$port = (int) $port;

/*
 +-------------------------------
 *    The whole socket conversation (socket通信整个过程)
 *    socket_create, socket_bind, socket_listen,
 *    socket_accept, socket_read, socket_write, socket_close
 +-------------------------------
 */
if (($sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP)) === false) {
    echo "socket_create() failed (失败的原因是): " . socket_strerror(socket_last_error()) . "\n";
    exit(1);
}
socket_set_option($sock, SOL_SOCKET, SO_REUSEADDR, 1);
if (socket_bind($sock, $ip, $port) === false) {
    echo "socket_bind() failed (失败的原因是): " . socket_strerror(socket_last_error($sock)) . "\n";
    exit(1);
}
if (socket_listen($sock, 4) === false) {
    echo "socket_listen() failed (失败的原因是): " . socket_strerror(socket_last_error($sock)) . "\n";
    exit(1);
}
socket_getsockname($sock, $boundIp, $boundPort);
echo "Listening on $boundIp:$boundPort\n";

$count = 0;
do {
    if (($msgsock = socket_accept($sock)) === false) {
        echo "socket_accept() failed: reason: " . socket_strerror(socket_last_error($sock)) . "\n";
        break;
    }
    // Send to the client (发到客户端).
    $msg = "测试成功！(test successful!)\n";
    socket_write($msgsock, $msg, strlen($msg));
    echo "Test successful (测试成功了啊)\n";

    $buf = socket_read($msgsock, 8192);
    if ($buf === false) {
        echo "socket_read() failed: reason: " . socket_strerror(socket_last_error($msgsock)) . "\n";
        $buf = '';
    }
    $talkback = "收到的信息 (received): $buf\n";
    socket_write($msgsock, $talkback, strlen($talkback));
    echo $talkback;

    socket_close($msgsock);
    if ($max > 0 && ++$count >= $max) {
        echo "Served $count connections, bye.\n";
        break;
    }
} while (true);

socket_close($sock);
