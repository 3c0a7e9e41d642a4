--TEST--
socket_read() PHP_NORMAL_READ stops after "\n" or "\r" (included); "\r\n" yields "\r" then "\n"
--SKIPIF--
<?php if (!extension_loaded('sockets')) die('skip sockets not loaded'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($b, "unix\nmac\rdos\r\n\n\nend\n");
for ($i = 0; $i < 7; $i++) {
    var_dump(json_encode(socket_read($a, 100, PHP_NORMAL_READ)));
}
?>
--EXPECT--
string(8) ""unix\n""
string(7) ""mac\r""
string(7) ""dos\r""
string(4) ""\n""
string(4) ""\n""
string(4) ""\n""
string(7) ""end\n""
