<?php
/*
 * Seed 001, the user note of 05-Jun-2001 on UDP broadcasting (the PHP 4.1 manual's sockets
 * chapter), as written: the PHP 4.0 functions socket(), setsockopt(), sendto(), strerror(), with
 * SOL_SOCKET and SO_BROADCAST written as the numbers 1 and 6 (their Linux values) as the note's
 * author did.
 *
 * Run: bin/php-sockets -d sockets.legacy_names=1 examples/legacy/udp_broadcast.php
 *      and, to see it arrive, a listener on UDP port 4096 (e.g. examples/udp_server.php 0.0.0.0 4096).
 * Test: tests/legacy_example_udp_broadcast.phpt.
 *
 * Where the datagram goes. 255.255.255.255 (the "general broadcast address" of the note) leaves by
 * the interface of the default route: on a networked machine it goes onto the LAN (and is also
 * delivered to local listeners); on a machine with only the loopback interface sendto() returns
 * -101 (ENETUNREACH: no route). Linux broadcasts on loopback to 127.255.255.255, the broadcast
 * address of lo's 127.0.0.0/8, which never leaves the machine; as for any broadcast address,
 * sendto() needs SO_BROADCAST there (-13, EACCES, without it). The test therefore sends to
 * 127.255.255.255 (and to a free port instead of 4096), with a listener bound to that address.
 *
 * Everything below the line of dashes is the seed's text, the note's comments and code with the
 * lines as the extraction wrapped them. What the extraction lost, put back:
 *  - the opening "<?php" tag and the closing braces "}" of the first two if blocks;
 *  - "SOCK_DGRAM, 0);" ending the socket() call (its comment names them);
 *  - "0) {" ending the three comparisons "if($sock <", "if($opt_ret <", "if($send_ret <" (the
 *    note's comments say "less than 0" for two of them and "less than one" for setsockopt, whose
 *    success is 0: "< 0" is what works);
 *  - the address in sendto(): the seed has '' where the page's IP address was (all were dropped),
 *    and the comment's "(" lost it too: '255.255.255.255', the general broadcast address;
 *  - "close($sock);" under "be sure to close your socket when you're done".
 *  - "//" at the start of the comment lines the extraction wrapped (it kept the "//" of the first
 *    line of each comment only, which left the rest as code);
 * Added, as the note never defines it: $broadcast_string (the note's program set it elsewhere).
 * -------------------------------------------------------------------------------------------------
 */
$broadcast_string = "Hello from PHP 4.0's sendto()\n";
// here is a basic opening of the a socket.
// AF_INET specifies the internet domain. SOCK_DGRAM
// specifies the
// Datagram socket type the 0 specifies that I want to use the default
// protcol (which in this
// case is UDP)
$sock = socket(AF_INET,
SOCK_DGRAM, 0);
// if the file handle assigned to socket is less
// than 0 then opening the socket failed
if($sock <
0) {
echo "socket() failed, error: " .
strerror($sock) . "\n";
}
// here's where I set
// the socket options, this is essential to allow broadcasting. An earlier
// comment (as of
// June 4th, 2001) explains what the parameters are.
// For my purposes (UDP broadcasting) I need to set
// the broadcast
// option at the socket level to true. In C, this done using SOL_SOCKET as
// the level param
// (2) and SO_BROADCAST as the type param (3). These
// may exist in PHP but I couldn't reference them
// so I used the
// values that referencing these variables in C returns (namely 1 and 6
// respectively). This
// function is basically just a wrapper to the C
// function so check out the C documentation for more info
$opt_ret =
setsockopt($sock, 1, 6, TRUE);
// if the return value is less
// than one, an error occured setting the options
if($opt_ret <
0) {
echo "setsockopt() failed, error: " .
strerror($opt_ret) . "\n";
}
// finally I am
// ready to broad cast something. The sendto function allows this without
// connections (essential for broadcasting). So, this function
// sends the contents of $broadcast_string to the
// general broadcast
// address (255.255.255.255) on port 4096. The 0 (param 4) specifies no
// options, you can read about the options with man sendto
$send_ret = sendto($sock, $broadcast_string,
strlen($broadcast_string), 0, '255.255.255.255', 4096);
// if the
// return value is less than 0, an error has occured
if($send_ret <
0) {
echo "sendto() failed, error: " .
strerror($send_ret) . " \n"; }
// be sure to close your
// socket when you're done
close($sock);
?>
