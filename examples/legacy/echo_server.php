<?php
/*
 * Seed 001, "Exemple 1. Exemple de programmation Socket : serveur TCP/IP" (the PHP 4.1 manual's
 * sockets chapter, in French), as written: the PHP 4.0 functions socket(), bind(), listen(),
 * accept_connect(), read(), write(), strerror(), negative return values as errors.
 * Modern rewrite: ../echo_server.php.
 *
 * Run: bin/php-sockets -d sockets.legacy_names=1 examples/legacy/echo_server.php
 *      then: telnet 127.0.0.1 10000; type lines; 'quit' stops the server (break 2).
 * Test: tests/legacy_example_echo_server.phpt.
 *
 * Everything below the line of dashes is the seed's text. What the seed's extraction lost, put back
 * (nothing else is changed):
 *  - the opening "<?php" tag and every line that held only a closing brace "}";
 *  - "set_time_limit (0);" under its comment ("On autorise le script à attendre ...");
 *  - "break;" after the accept_connect() failure message (without it the loop would read from the
 *    negative value; the English manual of the time has it there);
 *  - the address: the seed has '' where the manual's IP address was (all IP addresses of the page
 *    were dropped, "telnet 10000" in the text too). It is '127.0.0.1' here, so the program runs
 *    as it is on any machine; "Modifiez ces valeurs" still applies;
 *  - the accented letters, which the seed turned into U+FFFD ("a �chou�"): restored as French
 *    writes them ("a échoué").
 * -------------------------------------------------------------------------------------------------
 */
/* On autorise le script à attendre les connexions indéfiniment. */
set_time_limit (0);
/* Modifiez ces valeurs pour qu'elles soient celles de votre configuration */
$address = '127.0.0.1';
$port = 10000;
if (($sock = socket(AF_INET, SOCK_STREAM, 0)) < 0) {
echo "socket() a échoué : raison : " . strerror($sock) . "\n";
}
if (($ret = bind($sock, $address, $port)) < 0) {
echo "bind() a échoué : raison: " . strerror($ret) . "\n";
}
if (($ret = listen($sock, 5)) < 0) {
echo "listen() a échoué : raison: " . strerror($ret) . "\n";
}
do {
if (($msgsock = accept_connect($sock)) < 0) {
echo "accept_connect() a échoué : raison : " . strerror($msgsock) . "\n";
break;
}
do {
$buf = '';
$ret = read($msgsock, $buf, 2048);
if ($ret < 0) {
echo "read() a échoué : raison : " . strerror($ret) . "\n";
break 2;
}
if ($ret == 0) {
break 2;
}
$buf = trim($buf);
if ($buf == 'quit') {
break 2;
}
$talkback = "PHP: Vous avez dit '$buf'.\n";
write($msgsock, $talkback, strlen($talkback));
echo "$buf\n";
} while (TRUE);
} while (TRUE);
?>
