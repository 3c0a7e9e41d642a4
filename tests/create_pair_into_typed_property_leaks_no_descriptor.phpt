--TEST--
socket_create_pair() into a typed property that cannot hold an array: TypeError, and both new descriptors closed
--DESCRIPTION--
The bundled extension creates the pair, fails to assign the array to the int property (TypeError)
and leaves both descriptors open for the rest of the process: 10 descriptors after 5 calls (seen
with php8.2-cli on Debian 12). sockets-ng closes them. Intentional difference: sockets-ng only.
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension leaks two descriptors per call'); ?>
--FILE--
<?php
class Holder { public int $pair = 0; }
$h = new Holder;
$before = count(scandir('/proc/self/fd'));
for ($i = 0; $i < 5; $i++) {
    try {
        socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->pair);
    } catch (TypeError $e) {
        if ($i === 0) {
            echo $e->getMessage(), "\n";
        }
    }
}
echo "descriptors left open: ", count(scandir('/proc/self/fd')) - $before, "\n";
var_dump($h->pair);
?>
--EXPECT--
Cannot assign array to reference held by property Holder::$pair of type int
descriptors left open: 0
int(0)
