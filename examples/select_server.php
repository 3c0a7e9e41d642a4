<?php
/*
 * select_server.php - multi-client TCP server built on socket_select(): every client gets a welcome
 * message, then each line it sends is answered with "OK ... <line>".
 *
 * Source: seed 004 (Chinese tutorial "PHP的Socket网络编程", section "TCP服务器端编程", the version
 * using select: "另一种方法是使用select函数" - use select to watch several clients at once).
 *
 * Bugs of the seed fixed here:
 *  - it read undefined $client_socks[$i] (notices hidden by error_reporting(~E_NOTICE)) and tested
 *    sockets with "!= null" / "== null": isset() is used instead, and the notices are no longer hidden;
 *  - on disconnect it ran unset($client_socks[$i]) BEFORE socket_close($client_socks[$i]), i.e.
 *    socket_close(null): a TypeError in PHP 8 that killed the server; the socket is closed first;
 *  - after a disconnect it still wrote "OK ... " to the dead client: it moves on to the next one;
 *  - "$input == null" as the disconnect test: '' (EOF) and false (read error, e.g. a reset) both
 *    count as a disconnect now (a read error is reported on the console, not as a PHP warning);
 *  - with all $max_clients slots taken it never accepted, so the listening socket stayed readable and
 *    the loop spun at 100% CPU: the extra client is accepted, told the server is full, and closed;
 *  - socket_getpeername() overwrote the server's own $address/$port; socket_bind() ignored $port and
 *    used a literal 5000; in_array() is strict.
 * Also: address, port and max clients are configurable, port 0 picks a free port and the real one is
 * printed; the server prints a line when a client leaves.
 *
 * Usage: php select_server.php [address [port [max_clients]]]
 *        (or env ADDRESS / PORT; default 0.0.0.0 5000 10, as in the seed)
 * Talk:  telnet 127.0.0.1 5000   (from several terminals at once)
 * Stop:  Ctrl-C / kill (SIGTERM).
 */

error_reporting(E_ALL);
set_time_limit(0);

$address = $argv[1] ?? (getenv('ADDRESS') ?: '0.0.0.0');
$port = $argv[2] ?? (getenv('PORT') !== false ? getenv('PORT') : 5000);
$max_clients = max(1, (int) ($argv[3] ?? 10));
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

// array of client sockets, slot => Socket
$client_socks = array();

// start loop to listen for incoming connections and process existing connections
while (true) {
    // prepare array of readable client sockets; the first socket is the master socket
    // (每次循环都需要把需要监控的主socket和客户端socket加入)
    $read = array();
    $read[0] = $sock;
    for ($i = 0; $i < $max_clients; $i++) {
        if (isset($client_socks[$i])) {
            $read[$i + 1] = $client_socks[$i];
        }
    }

    $write = null;
    $except = null;
    // now call select - blocking call (阻塞方法，获取改变状态的socket数组)
    if (socket_select($read, $write, $except, null) === false) {
        $errorcode = socket_last_error();
        $errormsg = socket_strerror($errorcode);

        echo "socket_select() failed: [$errorcode] $errormsg \n";
        exit(1);
    }

    // if ready contains the master socket, then a new connection has come in
    if (in_array($sock, $read, true)) {
        $new = socket_accept($sock);
        if ($new !== false) {
            $slot = null;
            for ($i = 0; $i < $max_clients; $i++) {
                if (!isset($client_socks[$i])) {
                    $slot = $i;
                    break;
                }
            }
            if ($slot === null) {
                $message = "Server is full ($max_clients clients), try again later \n";
                socket_write($new, $message);
                socket_close($new);
                echo "Rejected a client: server full \n";
            } else {
                $client_socks[$slot] = $new;

                // display information about the client who is connected
                if (socket_getpeername($new, $clientAddress, $clientPort)) {
                    echo "Client $clientAddress : $clientPort is now connected to us. \n";
                }

                // Send Welcome message to client
                $message = "Welcome to php socket server version 1.0 \n";
                $message .= "Enter a message and press enter, and i shall reply back \n";
                socket_write($new, $message);
            }
        }
    }

    // check each client if they send any data
    for ($i = 0; $i < $max_clients; $i++) {
        if (!isset($client_socks[$i]) || !in_array($client_socks[$i], $read, true)) {
            continue;
        }
        $input = @socket_read($client_socks[$i], 1024);

        if ($input === false || $input === '') {
            // zero length string meaning disconnected (false: read error, e.g. a reset): close, then forget it
            $why = $input === false ? ': ' . socket_strerror(socket_last_error($client_socks[$i])) : '';
            socket_close($client_socks[$i]);
            unset($client_socks[$i]);
            echo "Client disconnected$why \n";
            continue;
        }

        $output = "OK ... $input";

        echo "Sending output to client \n";

        // send response to client
        socket_write($client_socks[$i], $output);
    }
}
