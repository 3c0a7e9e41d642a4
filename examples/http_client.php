<?php
/*
 * http_client.php - minimal HTTP client: connects, sends a HEAD request, prints the reply, quits.
 *
 * Source: seed 001 (French PHP manual, chapter "XCVI. Sockets", "Exemple 2. Exemple avec les
 * sockets : Client TCP/IP", PHP 4 era).
 *
 * What was modernised:
 *  - PHP 4's socket()/connect()/write()/read()/strerror() with "< 0" error checks became
 *    socket_create()/socket_connect()/socket_write()/socket_read() with "=== false" checks and
 *    socket_strerror(socket_last_error()); on failure the script stops with exit code 1.
 *  - Host and port are arguments (the seed hard-coded www.php.net and getservbyname('www', 'tcp')).
 *  - The request is still "HEAD / HTTP/1.0" but carries a Host: header, which name-based virtual
 *    hosting needs today.
 *  - The read loop stops on an empty string or false only (the seed's "while (read(...))" also
 *    stopped on a chunk "0"); the "<h2>" HTML heading became plain text; messages in English.
 *  - The seed's "socket() réussi" branch was a string expression without echo; it prints "OK." now.
 *
 * Usage: php http_client.php [host [port]]   (default www.php.net and the 'www' service port, 80)
 *        e.g. php http_client.php 127.0.0.1 8080
 */

error_reporting(E_ALL);

echo "TCP/IP Connection\n";

/* Get the port for the WWW service. */
$host = $argv[1] ?? 'www.php.net';
if (isset($argv[2])) {
    $service_port = (int) $argv[2];
} else {
    $service_port = getservbyname('www', 'tcp') ?: 80;
}

/* Get the IP address for the target host. */
$address = gethostbyname($host);
if (filter_var($address, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4) === false) {
    echo "gethostbyname() failed: cannot resolve '$host'\n";
    exit(1);
}

/* Create a TCP/IP socket. */
$socket = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
if ($socket === false) {
    echo "socket_create() failed: reason: " . socket_strerror(socket_last_error()) . "\n";
    exit(1);
}
echo "OK.\n";

echo "Attempting to connect to '$address' on port '$service_port'...";
$result = socket_connect($socket, $address, $service_port);
if ($result === false) {
    echo "socket_connect() failed.\nReason: " . socket_strerror(socket_last_error($socket)) . "\n";
    exit(1);
}
echo "OK.\n";

$in = "HEAD / HTTP/1.0\r\n";
$in .= "Host: $host\r\n";
$in .= "\r\n";

echo "Sending HTTP HEAD request...";
if (socket_write($socket, $in, strlen($in)) === false) {
    echo "socket_write() failed: reason: " . socket_strerror(socket_last_error($socket)) . "\n";
    exit(1);
}
echo "OK.\n";

echo "Reading response:\n\n";
while (($out = socket_read($socket, 2048)) !== false && $out !== '') {
    echo $out;
}

echo "Closing socket...";
socket_close($socket);
echo "OK.\n\n";
