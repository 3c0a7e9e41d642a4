<?php
/*
 * udp_client.php - UDP client: reads lines from STDIN, sends each one to the server as a datagram and
 * prints the server's reply.
 *
 * Source: seed 004 (Chinese tutorial "PHP的Socket网络编程", section "UDP客户端编程" = UDP client
 * programming). Pairs with udp_server.php.
 *
 * What was modernised / fixed: at the end of STDIN the seed sent an empty datagram, socket_sendto()
 * returned 0 and it died with "Could not send data"; it now stops cleanly at EOF. Server and port are
 * arguments (seed: 127.0.0.1:9999). error_reporting(~E_WARNING) is gone; the socket is closed at the end.
 * As in the seed, the reply is read with socket_recv(..., 2045, MSG_WAITALL) (for UDP: one datagram).
 *
 * Usage: php udp_client.php [server [port]]   (default 127.0.0.1 9999), then type lines;
 *        Ctrl-D (end of input) quits.  e.g. printf 'hello\n' | php udp_client.php 127.0.0.1 9999
 */

error_reporting(E_ALL);

$server = $argv[1] ?? '127.0.0.1';
$port = (int) ($argv[2] ?? 9999);

if (!($sock = socket_create(AF_INET, SOCK_DGRAM, 0))) {
    $errorcode = socket_last_error();
    $errormsg = socket_strerror($errorcode);

    die("Couldn't create socket: [$errorcode] $errormsg \n");
}

echo "Socket created \n";

// Communication loop
while (1) {
    // Take some input to send
    echo 'Enter a message to send : ';
    $input = fgets(STDIN);
    if ($input === false) {
        echo "\n";
        break;
    }

    // Send the message to the server
    if (!socket_sendto($sock, $input, strlen($input), 0, $server, $port)) {
        $errorcode = socket_last_error($sock);
        $errormsg = socket_strerror($errorcode);

        echo "Could not send data: [$errorcode] $errormsg \n";
        exit(1);
    }

    // Now receive reply from server and print it
    if (socket_recv($sock, $reply, 2045, MSG_WAITALL) === false) {
        $errorcode = socket_last_error($sock);
        $errormsg = socket_strerror($errorcode);

        echo "Could not receive data: [$errorcode] $errormsg \n";
        exit(1);
    }

    echo "Reply : $reply";
}

socket_close($sock);
