<?php
/*
 * tcp_server_loop.php - TCP server that keeps accepting clients, one exchange each: reads once,
 * answers "OK .. <data>", closes the connection, waits for the next client.
 *
 * Source: seed 004 (Chinese tutorial "PHP的Socket网络编程", section "TCP服务器端编程", the version
 * with accept in a loop: "最简单的方法是把accept放在一个循环中" - put accept in a loop; "可以连接多个
 * 客户端，但是只能交互一次" - many clients, one exchange each).
 *
 * What was modernised / fixed: the seed never closed $client, so each client waited for the end of
 * the reply until the NEXT client connected (only then was the old socket object freed); the
 * connection is closed after the reply now. Address and port are configurable (seed: 127.0.0.1:5000),
 * port 0 picks a free port and the real one is printed; failures stop the script with exit code 1.
 *
 * Usage: php tcp_server_loop.php [address [port]]   (or env ADDRESS / PORT; default 127.0.0.1 5000)
 * Talk:  telnet 127.0.0.1 5000, type one line (repeat with as many clients as you like).
 * Stop:  Ctrl-C / kill (SIGTERM).
 */

error_reporting(E_ALL);
set_time_limit(0);

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
socket_set_option($sock, SOL_SOCKET, SO_REUSEADDR, 1);

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

// start loop to listen for incoming connections
while (true) {
    // Accept incoming connection - This is a blocking call
    $client = socket_accept($sock);
    if ($client === false) {
        continue;
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
}
