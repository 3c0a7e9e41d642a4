<?php
/*
 * echo_server.php - TCP/IP "parrot" server: everything you type is said back to you.
 *
 * Source: seed 001 (French PHP manual, chapter "XCVI. Sockets", "Exemple 1. Exemple de
 * programmation Socket : serveur TCP/IP", PHP 4 era).
 *
 * What was modernised:
 *  - PHP 4's socket()/bind()/listen()/accept_connect()/read()/write()/strerror() with "< 0" error
 *    checks became socket_create()/socket_bind()/socket_listen()/socket_accept()/socket_read()/
 *    socket_write() with "=== false" checks and socket_strerror(socket_last_error()).
 *  - English messages: "PHP: Vous avez dit '...'." is now "PHP: You said '...'.".
 *  - A welcome message is sent to every client (as the later manual version of this example does).
 *  - 'quit' closes only the current connection; in the seed it ran "break 2", which stopped the
 *    whole server - and so did a client hanging up. Here a hang-up closes the connection and the
 *    server waits for the next client; 'shutdown' stops the server (later manual version).
 *  - The accepted socket is closed after each client (the seed never closed it); SO_REUSEADDR is set
 *    so the server can be restarted at once on the same port.
 *  - Lines are read with PHP_NORMAL_READ (stops at "\n" or "\r", like PHP 4's read()); with it a
 *    client hanging up shows as a failed read with ECONNRESET, which is reported as "Client hung up.".
 *  - Address and port are configurable, port 0 picks a free port; the real one is printed.
 *
 * Usage: php echo_server.php [address [port]]    (or env ADDRESS / PORT; default 127.0.0.1 10000)
 * Talk:  telnet 127.0.0.1 10000     then type lines; 'quit' disconnects, 'shutdown' stops the server.
 * Stop:  type 'shutdown', or Ctrl-C / kill (SIGTERM).
 */

error_reporting(E_ALL);

/* Allow the script to hang around waiting for connections. */
set_time_limit(0);

$address = $argv[1] ?? (getenv('ADDRESS') ?: '127.0.0.1');
$port = $argv[2] ?? (getenv('PORT') !== false ? getenv('PORT') : 10000);
if (!preg_match('/^\d{1,5}$/', (string) $port) || (int) $port > 65535) {
    fwrite(STDERR, "invalid port '$port'\n");
    exit(2);
}
$port = (int) $port;

if (($sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP)) === false) {
    echo "socket_create() failed: reason: " . socket_strerror(socket_last_error()) . "\n";
    exit(1);
}
socket_set_option($sock, SOL_SOCKET, SO_REUSEADDR, 1);

if (socket_bind($sock, $address, $port) === false) {
    echo "socket_bind() failed: reason: " . socket_strerror(socket_last_error($sock)) . "\n";
    exit(1);
}

if (socket_listen($sock, 5) === false) {
    echo "socket_listen() failed: reason: " . socket_strerror(socket_last_error($sock)) . "\n";
    exit(1);
}

socket_getsockname($sock, $boundAddress, $boundPort);
echo "Listening on $boundAddress:$boundPort\n";

do {
    if (($msgsock = socket_accept($sock)) === false) {
        echo "socket_accept() failed: reason: " . socket_strerror(socket_last_error($sock)) . "\n";
        break;
    }

    /* Send instructions. */
    $msg = "\nWelcome to the PHP Test Server. \n" .
        "To quit, type 'quit'. To shut down the server type 'shutdown'.\n";
    socket_write($msgsock, $msg, strlen($msg));

    do {
        /* PHP_NORMAL_READ reports a client that hung up as an error, ECONNRESET ("Connection reset
         * by peer"), hence the @ and the check below. */
        $buf = @socket_read($msgsock, 2048, PHP_NORMAL_READ);
        if ($buf === false || $buf === '') {
            $err = socket_last_error($msgsock);
            if ($buf === '' || $err === SOCKET_ECONNRESET) {
                echo "Client hung up.\n";
            } else {
                echo "socket_read() failed: reason: " . socket_strerror($err) . "\n";
            }
            break;
        }
        $buf = trim($buf);
        if ($buf === '') {
            /* Empty line, or the "\n" of a "\r\n" pair. */
            continue;
        }
        if ($buf === 'quit') {
            break;
        }
        if ($buf === 'shutdown') {
            socket_close($msgsock);
            echo "Shutting down.\n";
            break 2;
        }
        $talkback = "PHP: You said '$buf'.\n";
        socket_write($msgsock, $talkback, strlen($talkback));
        echo "$buf\n";
    } while (true);
    socket_close($msgsock);
} while (true);

socket_close($sock);
