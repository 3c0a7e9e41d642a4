<?php
/*
 * phpcn_client.php - the client half of php.cn's "How to implement simple php socket communication".
 *
 * Source: seed 003 (php.cn tutorial). The seed lost the start of the client; what survives is the
 * end: "while($out = socket_read($socket, 8192)) { echo "接收服务器回传信息成功！\n"; echo
 * "接受的内容为:",$out; } echo "关闭SOCKET...\n"; socket_close($socket); echo "关闭OK\n";".
 * This file is a reconstruction, the faithful modern equivalent of that well-known example:
 * socket_create, socket_connect, socket_write a message ("Ho\r\nfirst blood\r\n"), then print
 * everything the server sends back until it closes the connection.
 *
 * What was modernised: "< 0" error checks (never true) became "=== false" checks that stop the
 * script with exit code 1; the HTML (<h2>, <font color='red'>) became plain text; messages are in
 * English with the tutorial's Chinese; the read loop stops on '' or false only (a chunk "0" no longer
 * ends it); host, port and message are arguments.
 *
 * Usage: php phpcn_client.php [host [port [message]]]   (default 127.0.0.1 8001 "Ho\r\nfirst blood\r\n")
 *        Start phpcn_server.php first.
 */

error_reporting(E_ALL);
set_time_limit(0);

echo "TCP/IP Connection\n";
$ip = $argv[1] ?? '127.0.0.1';
$port = (int) ($argv[2] ?? 8001);
$in = $argv[3] ?? "Ho\r\nfirst blood\r\n";

$socket = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
if ($socket === false) {
    echo "socket_create() failed: reason: " . socket_strerror(socket_last_error()) . "\n";
    exit(1);
}
echo "OK.\n";

echo "Connecting to '$ip' port '$port' (试图连接)...\n";
if (socket_connect($socket, $ip, $port) === false) {
    echo "socket_connect() failed.\nReason: " . socket_strerror(socket_last_error($socket)) . "\n";
    exit(1);
}
echo "Connection OK (连接OK)\n";

if (socket_write($socket, $in, strlen($in)) === false) {
    echo "socket_write() failed: reason: " . socket_strerror(socket_last_error($socket)) . "\n";
    exit(1);
}
echo "Message sent to the server (发送到服务器信息成功！)\n";
echo "Sent (发送的内容为): $in\n";

while (($out = socket_read($socket, 8192)) !== false && $out !== '') {
    echo "Reply received from the server (接收服务器回传信息成功！)\n";
    echo "Received (接受的内容为): ", $out;
}

echo "Closing socket (关闭SOCKET)...\n";
socket_close($socket);
echo "Closed OK (关闭OK)\n";
