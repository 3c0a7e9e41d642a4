<?php
/*
 * tcp_client.php - TCP client: connect, send an HTTP GET request, receive the reply, close.
 *
 * Source: seed 004 (Chinese tutorial "PHP的Socket网络编程", section "TCP客户端编程" = TCP client
 * programming: 创建一个socket / 连接服务器 / 发送数据 / 接收数据 / 关闭socket).
 *
 * What was modernised: the seed connected to a hard-coded Google address (74.125.235.20:80); host
 * and port are arguments here (a host name is resolved with gethostbyname(), which the tutorial
 * announces for "later"). The seed sent "GET / HTTP/1.1\r\n\r\n", which an HTTP/1.1 server rejects
 * (no Host:) or keeps open (keep-alive, so MSG_WAITALL waits for all 2045 bytes); the request now
 * carries "Host:" and "Connection: close". The seed created the socket twice (the first one leaked);
 * once is enough. Everything else is the seed's: socket_send(), socket_recv(..., 2045, MSG_WAITALL),
 * its messages, and it prints at most the first 2045 bytes of the reply.
 *
 * Usage: php tcp_client.php [host [port]]   (default www.google.com 80)
 *        e.g. php tcp_client.php 127.0.0.1 8080
 */

error_reporting(E_ALL);

$host = $argv[1] ?? 'www.google.com';
$port = (int) ($argv[2] ?? 80);
$ip = gethostbyname($host);

// Create a socket; if that fails, show the error (创建一个socket, 如果创建失败，则显示错误信息).
if (!($sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP))) {
    $errorcode = socket_last_error();
    $errormsg = socket_strerror($errorcode);

    die("Couldn't create socket: [$errorcode] $errormsg \n");
}
echo "Socket created \n";

// Connect to the server (连接服务器).
if (!socket_connect($sock, $ip, $port)) {
    $errorcode = socket_last_error($sock);
    $errormsg = socket_strerror($errorcode);

    echo "Could not connect: [$errorcode] $errormsg \n";
    exit(1);
}
echo "Connection established \n";

// Send an HTTP GET request (模拟http协议发送一个get请求).
$message = "GET / HTTP/1.1\r\nHost: $host\r\nConnection: close\r\n\r\n";
if (!socket_send($sock, $message, strlen($message), 0)) {
    $errorcode = socket_last_error($sock);
    $errormsg = socket_strerror($errorcode);

    echo "Could not send data: [$errorcode] $errormsg \n";
    exit(1);
}
echo "Message send successfully \n";

// Now receive the reply from the server (获取服务器响应的数据).
if (socket_recv($sock, $buf, 2045, MSG_WAITALL) === false) {
    $errorcode = socket_last_error($sock);
    $errormsg = socket_strerror($errorcode);

    echo "Could not receive data: [$errorcode] $errormsg \n";
    exit(1);
}
// Print the received message.
echo $buf;

socket_close($sock);
