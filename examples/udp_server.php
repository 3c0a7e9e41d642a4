<?php
/*
 * udp_server.php - UDP server: every datagram received is answered with "OK <datagram>".
 *
 * Source: seed 004 (Chinese tutorial "PHP的Socket网络编程", section "UDP服务端编程" = UDP server
 * programming; "该服务器可以连接多个客户端" - it serves any number of clients).
 *
 * What was modernised / fixed: the seed replied with socket_sendto(..., "OK " . $buf, 100, ...), a
 * fixed length that cut every reply to 100 bytes; the real length is used. error_reporting(~E_WARNING)
 * is gone and a failed socket_recvfrom() is reported instead of answering garbage. Address and port
 * are configurable (seed: 0.0.0.0:9999), port 0 picks a free port and the real one is printed.
 *
 * Usage: php udp_server.php [address [port]]   (or env ADDRESS / PORT; default 0.0.0.0 9999)
 * Talk:  php udp_client.php 127.0.0.1 9999     or     nc -u 127.0.0.1 9999
 * Stop:  Ctrl-C / kill (SIGTERM).
 */

error_reporting(E_ALL);
set_time_limit(0);

$address = $argv[1] ?? (getenv('ADDRESS') ?: '0.0.0.0');
$port = $argv[2] ?? (getenv('PORT') !== false ? getenv('PORT') : 9999);
if (!preg_match('/^\d{1,5}$/', (string) $port) || (int) $port > 65535) {
    fwrite(STDERR, "invalid port '$port'\n");
    exit(2);
}
$port = (int) $port;

// Create a UDP socket
if (!($sock = socket_create(AF_INET, SOCK_DGRAM, 0))) {
    $errorcode = socket_last_error();
    $errormsg = socket_strerror($errorcode);

    die("Couldn't create socket: [$errorcode] $errormsg \n");
}

echo "Socket created \n";

// Bind the source address
if (!socket_bind($sock, $address, $port)) {
    $errorcode = socket_last_error($sock);
    $errormsg = socket_strerror($errorcode);

    echo "Could not bind socket : [$errorcode] $errormsg \n";
    exit(1);
}

echo "Socket bind OK \n";
socket_getsockname($sock, $boundAddress, $boundPort);
echo "Listening on $boundAddress:$boundPort\n";

// Do some communication, this loop can handle multiple clients
while (1) {
    echo "Waiting for data ... \n";

    // Receive some data
    $r = socket_recvfrom($sock, $buf, 512, 0, $remote_ip, $remote_port);
    if ($r === false) {
        $errorcode = socket_last_error($sock);
        echo "socket_recvfrom() failed: [$errorcode] " . socket_strerror($errorcode) . " \n";
        continue;
    }
    $buf = (string) $buf;
    echo "$remote_ip : $remote_port -- " . $buf;

    // Send back the data to the client
    $reply = "OK " . $buf;
    socket_sendto($sock, $reply, strlen($reply), 0, $remote_ip, $remote_port);
}
