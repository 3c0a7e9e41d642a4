<?php
/*
 * Seed 001, "Exemple 2. Exemple avec les sockets : Client TCP/IP" (the PHP 4.1 manual's sockets
 * chapter, in French), as written: a basic HTTP client that sends a HEAD request with the PHP 4.0
 * functions socket(), connect(), write(), read(), close(), strerror().
 * Modern rewrite: ../http_client.php.
 *
 * Run: bin/php-sockets -d sockets.legacy_names=1 examples/legacy/http_head_client.php
 *      (it asks www.php.net, port 80, as the manual did: that needs the network).
 * Test: tests/legacy_example_http_head_client.phpt (a local HTTP server; the test points the two
 *      "Demande ..." lines at it, as a reader of the manual would).
 *
 * Everything below the line of dashes is the seed's text. What the seed's extraction lost, put back
 * (nothing else is changed):
 *  - the opening "<?php" tag and every line that held only a closing brace "}";
 *  - "close ($socket);" between "Fermeture de la socket..." and "OK." (what those two messages
 *    surround);
 *  - the accented letters, which the seed turned into U+FFFD: restored ("a échoué", "Crée",
 *    "réussi", "entêtes", "réponse", "Connexion à").
 * The line "socket() réussi: ..." is a string without echo in the seed: it prints nothing, kept.
 * As in PHP 4.0, when connect() fails the program goes on: read() then returns a negative value,
 * which "while (read(...))" takes as true, so it loops for ever (stop it with Ctrl-C).
 * -------------------------------------------------------------------------------------------------
 */
echo "<h2>TCP/IP Connection</h2>\n";
/* Demande le port du service WWW. */
$service_port = getservbyname('www', 'tcp');
/* Demande l'IP du serveur de destination. */
$address = gethostbyname('www.php.net');
/* Crée la connexion TCP/IP. */
$socket = socket(AF_INET, SOCK_STREAM, 0);
if ($socket < 0) {
echo "socket() a échoué : raison : " . strerror($socket) . "\n";
} else {
"socket() réussi: " . strerror($socket) . "\n";
}
echo "Connexion à '$address' on port '$service_port'...";
$result = connect($socket, $address, $service_port);
if ($result < 0) {
echo "connect() a échoué : raison : : ($result) " . strerror($result) . "\n";
} else {
echo "OK.\n";
}
$in = "HEAD / HTTP/1.0\r\n\r\n";
$out = '';
echo "Envoi des entêtes HTTP HEAD...";
write($socket, $in, strlen($in));
echo "OK.\n";
echo "Lecture de la réponse :\n\n";
while (read($socket, $out, 2048)) {
echo $out;
}
echo "Fermeture de la socket...";
close ($socket);
echo "OK.\n\n";
?>
