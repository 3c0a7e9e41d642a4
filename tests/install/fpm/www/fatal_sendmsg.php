<?php
// (c) A fatal error in the middle of socket_sendmsg: converting an iov element to a string runs
// its __toString, which declares a class twice (a fatal compile error); a descriptor to pass
// with SCM_RIGHTS, an error code and two sharing ids are left behind.
require __DIR__ . '/state.inc';
leave_behind();
class FatalString {
    public function __toString(): string {
        eval('class DeclaredTwice {} class DeclaredTwice {}');
        return 'x';
    }
}
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$passed = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_sendmsg($p[0], [
    'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$passed]]],
    'iov' => ['first ', new FatalString],
], 0);
echo "not reached\n";
