<?php
require __DIR__ . '/_lib.inc';

section('invalid domain');
foreach ([-1, 0, 3, 99, 999, PHP_INT_MAX, PHP_INT_MIN, AF_INET + AF_INET6] as $d) {
    t("domain $d", fn() => socket_create($d, SOCK_STREAM, 0));
}
section('invalid type');
// 0x100 is no flag on any PHP; 11 | SOCK_NONBLOCK (2048) is no type on any PHP. SOCK_STREAM |
// SOCK_NONBLOCK itself, accepted since PHP 8.4 (and by sockets-ng on 8.2), is in 070_create_type_flags.
foreach ([-1, 0, 4, 6, 7, 99, PHP_INT_MAX, PHP_INT_MIN, SOCK_STREAM | 0x100, 11 | 2048] as $ty) {
    t("type $ty", fn() => socket_create(AF_INET, $ty, 0));
}
section('both invalid');
t('domain 999 type 999', fn() => socket_create(999, 999, 0));

section('type juggling');
t('strings "2","1","0"', fn() => get_class(socket_create("2", "1", "0")));
t('string " 2"', fn() => socket_create(" 2", SOCK_STREAM, 0));
t('string "2 "', fn() => socket_create("2 ", SOCK_STREAM, 0));
t('string "abc"', fn() => socket_create("abc", SOCK_STREAM, 0));
t('float 2.0', fn() => get_class(socket_create(2.0, 1.0, 0.0)));
t('float 2.5', fn() => socket_create(2.5, SOCK_STREAM, 0));
t('bool true type', fn() => get_class(socket_create(AF_INET, true, 0)));
t('null domain', fn() => socket_create(null, SOCK_STREAM, 0));
t('array domain', fn() => socket_create([], SOCK_STREAM, 0));
t('object type', fn() => socket_create(AF_INET, new stdClass, 0));
t('null protocol', fn() => socket_create(AF_INET, SOCK_STREAM, null));
t('"tcp" protocol', fn() => socket_create(AF_INET, SOCK_STREAM, "tcp"));

section('argument count');
t('no args', fn() => socket_create());
t('one arg', fn() => socket_create(AF_INET));
t('two args', fn() => socket_create(AF_INET, SOCK_STREAM));
t('four args', fn() => socket_create(AF_INET, SOCK_STREAM, 0, 1));

section('named args');
t('named', fn() => get_class(socket_create(domain: AF_INET, type: SOCK_DGRAM, protocol: SOL_UDP)));
t('named reordered', fn() => get_class(socket_create(protocol: 0, type: SOCK_STREAM, domain: AF_UNIX)));
t('unknown named', fn() => socket_create(AF_INET, SOCK_STREAM, proto: 0));
t('named missing', fn() => socket_create(domain: AF_INET, protocol: 0));

section('strict_types via eval');
t('strict string', fn() => eval('declare(strict_types=1); return socket_create("2", 1, 0);'));
t('strict float', fn() => eval('declare(strict_types=1); return socket_create(2.0, 1, 0);'));
