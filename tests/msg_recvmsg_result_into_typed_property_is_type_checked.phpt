--TEST--
socket_recvmsg into a typed property: the array result is stored, a false result is a TypeError (not a bool in an array property)
--DESCRIPTION--
Issue 10 item 2 (how results are stored). $message is stored through its reference with the
engine's type check of typed references, as PHP's own by-reference functions do (preg_match into
an int property throws). The bundled extension writes false into an `array` property when the
received message cannot be converted, leaving the object with a value its declared type forbids.
--SKIPIF--
<?php if (phpversion('sockets') === PHP_VERSION) die('skip sockets-ng only: the bundled extension stores false in an array property'); ?>
--FILE--
<?php
class Holder { public array $m = []; }
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
$h = new Holder;

socket_sendmsg($pair[0], ['iov' => ['fits']]);
$h->m = ['buffer_size' => 100, 'controllen' => 100];
var_dump(socket_recvmsg($pair[1], $h->m, MSG_DONTWAIT), $h->m['iov']);

socket_set_option($pair[1], SOL_SOCKET, 29, 1);   // SO_TIMESTAMP: a control message that is not converted
socket_sendmsg($pair[0], ['iov' => ['ts']]);
$h->m = ['buffer_size' => 100, 'controllen' => 100];
try {
    var_dump(socket_recvmsg($pair[1], $h->m, MSG_DONTWAIT));
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($h->m);
?>
--EXPECTF--
int(4)
array(1) {
  [0]=>
  string(4) "fits"
}

Warning: socket_recvmsg(): error converting native data (path: msghdr > control > element #1 > data): cmsghdr with level 1 and type 29 not supported in %s on line %d
TypeError: Cannot assign %s to reference held by property Holder::$m of type array
array(2) {
  ["buffer_size"]=>
  int(100)
  ["controllen"]=>
  int(100)
}
