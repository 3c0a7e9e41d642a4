<?php
/*
 * tcp_server_once.php - TCP server that serves exactly one client: reads once, answers "OK .. <data>".
 *
 * Source: seed 004 (Chinese tutorial "PHP的Socket网络编程", section "TCP服务器端编程" = TCP server
 * programming: 创建并绑定一个socket / 监听连接 / 接收连接 / 读写数据). As the tutorial says right
 * after it: "上面的服务器只能接收一个连接" - this server accepts only one connection, then exits.
 *
 * What was modernised: address and port are configurable (seed: 127.0.0.1:5000), port 0 picks a free
 * port and the real one is printed; failures stop the script with exit code 1; the seed wrote the
 * reply twice (a duplicated copy-paste of "socket_write($client, $response)") - it is written once;
 * the listening socket is closed at the end.
 *
 * Usage: php tcp_server_once.php [address [port]]   (or env ADDRESS / PORT; default 127.0.0.1 5000)
 * Talk:  telnet 127.0.0.1 5000   (或 telnet localhost 5000), type one line.
 */

error_reporting(E_ALL);

$address = $argv[1] ?? (getenv('ADDRESS') ?: '127.0.0.1');
$port = $argv[2] ?? (getenv('PORT') !== false ? getenv('PORT') : 5000);
if (!preg_match('/^\d{1,5}$/', (string) $port) || (int) $port > 65535) {
    fwrite(STDERR, "invalid port '$port'\n");
    exit(2);
}
$port = (int) $port;

if (!($sock = socket_create(AF_INET, SOCK_STREAM, 0))) {
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

if (!socket_listen($sock, 10)) {
    $errorcode = socket_last_error($sock);
    $errormsg = socket_strerror($errorcode);

    echo "Could not listen on socket : [$errorcode] $errormsg \n";
    exit(1);
}

echo "Socket listen OK \n";
socket_getsockname($sock, $boundAddress, $boundPort);
echo "Listening on $boundAddress:$boundPort\n";

echo "Waiting for incoming connections... \n";

// Accept incoming connection - This is a blocking call
$client = socket_accept($sock);
if ($client === false) {
    $errorcode = socket_last_error($sock);
    echo "Could not accept: [$errorcode] " . socket_strerror($errorcode) . " \n";
    exit(1);
}

// display information about the client who is connected
if (socket_getpeername($client, $clientAddress, $clientPort)) {
    echo "Client $clientAddress : $clientPort is now connected to us. \n";
}

// read data from the incoming socket
$input = socket_read($client, 1024000);
if ($input === false) {
    $input = '';
}
$response = "OK .. $input";

// Display output back to client
socket_write($client, $response);
socket_close($client);
socket_close($sock);
