<?php
require __DIR__ . '/_lib.inc';

section('errno range -5..140');
for ($i = -5; $i <= 140; $i++) {
    echo $i, ': ', socket_strerror($i), "\n";
}

section('resolver codes');
foreach ([-10000, -10001, -10002, -10003, -10004, -10005, -9999, -10006, -11000, -20000] as $i) {
    echo $i, ': ', socket_strerror($i), "\n";
}

section('big and odd values');
foreach ([255, 256, 1000, 4095, 4096, 65535, 65536, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0x100000001,
          PHP_INT_MAX, PHP_INT_MIN, -1, -2147483648, -2147483649, -4294967295] as $i) {
    t((string) $i, fn() => socket_strerror($i));
}

section('constants round trip');
foreach (['SOCKET_EPERM', 'SOCKET_ENOENT', 'SOCKET_EINTR', 'SOCKET_EBADF', 'SOCKET_EAGAIN', 'SOCKET_EWOULDBLOCK', 'SOCKET_ENOMEM',
          'SOCKET_EACCES', 'SOCKET_EFAULT', 'SOCKET_EINVAL', 'SOCKET_EMFILE', 'SOCKET_EPIPE', 'SOCKET_ENOTSOCK',
          'SOCKET_EADDRINUSE', 'SOCKET_EADDRNOTAVAIL', 'SOCKET_ENETUNREACH', 'SOCKET_ECONNRESET', 'SOCKET_EISCONN',
          'SOCKET_ENOTCONN', 'SOCKET_ETIMEDOUT', 'SOCKET_ECONNREFUSED', 'SOCKET_EHOSTUNREACH', 'SOCKET_EALREADY',
          'SOCKET_EINPROGRESS', 'SOCKET_EMSGSIZE', 'SOCKET_EPROTONOSUPPORT', 'SOCKET_EOPNOTSUPP', 'SOCKET_ECONNABORTED',
          'SOCKET_ENOBUFS', 'SOCKET_ESHUTDOWN', 'SOCKET_EDESTADDRREQ', 'SOCKET_EPROTOTYPE', 'SOCKET_ENOPROTOOPT',
          'SOCKET_ESOCKTNOSUPPORT', 'SOCKET_EPFNOSUPPORT', 'SOCKET_EAFNOSUPPORT', 'SOCKET_ENETDOWN', 'SOCKET_ENETRESET',
          'SOCKET_ETOOMANYREFS', 'SOCKET_EHOSTDOWN', 'SOCKET_EREMOTE', 'SOCKET_ENOSR', 'SOCKET_ENODATA', 'SOCKET_ETIME',
          'SOCKET_EPROTO', 'SOCKET_EBADMSG', 'SOCKET_EREMOTEIO', 'SOCKET_EDQUOT', 'SOCKET_ENOMEDIUM', 'SOCKET_EMEDIUMTYPE',
          'SOCKET_E2BIG', 'SOCKET_EIO', 'SOCKET_ENXIO', 'SOCKET_ENOTBLK', 'SOCKET_EBUSY', 'SOCKET_EEXIST', 'SOCKET_EXDEV',
          'SOCKET_ENODEV', 'SOCKET_ENOTDIR', 'SOCKET_EISDIR', 'SOCKET_ENFILE', 'SOCKET_ENOTTY', 'SOCKET_ENOSPC',
          'SOCKET_ESPIPE', 'SOCKET_EROFS', 'SOCKET_EMLINK', 'SOCKET_ENAMETOOLONG', 'SOCKET_ENOLCK', 'SOCKET_ENOSYS',
          'SOCKET_ENOTEMPTY', 'SOCKET_ELOOP', 'SOCKET_ENOMSG', 'SOCKET_EIDRM', 'SOCKET_ECHRNG', 'SOCKET_EL2NSYNC',
          'SOCKET_EL3HLT', 'SOCKET_EL3RST', 'SOCKET_ELNRNG', 'SOCKET_EUNATCH', 'SOCKET_ENOCSI', 'SOCKET_EL2HLT',
          'SOCKET_EBADE', 'SOCKET_EBADR', 'SOCKET_EXFULL', 'SOCKET_ENOANO', 'SOCKET_EBADRQC', 'SOCKET_EBADSLT',
          'SOCKET_ENOSTR', 'SOCKET_ENONET', 'SOCKET_ENOLINK', 'SOCKET_EADV', 'SOCKET_ESRMNT', 'SOCKET_ECOMM',
          'SOCKET_EMULTIHOP', 'SOCKET_EBADFD', 'SOCKET_EISNAM', 'SOCKET_ETOOMANYREFS', 'SOCKET_EUSERS',
          'SOCKET_EOVERFLOW', 'SOCKET_ESTRPIPE', 'SOCKET_ENOPROTOOPT', 'SOCKET_ELIBBAD'] as $c) {
    if (defined($c)) {
        echo $c, ' = ', constant($c), ': ', socket_strerror(constant($c)), "\n";
    } else {
        echo $c, " undefined\n";
    }
}

section('arguments');
t('string "111"', fn() => socket_strerror("111"));
t('float 111.0', fn() => socket_strerror(111.0));
t('float 111.5', fn() => socket_strerror(111.5));
t('bool', fn() => socket_strerror(true));
t('null', fn() => socket_strerror(null));
t('"abc"', fn() => socket_strerror("abc"));
t('array', fn() => socket_strerror([]));
t('no args', fn() => socket_strerror());
t('2 args', fn() => socket_strerror(1, 2));
t('named', fn() => socket_strerror(error_code: 2));
t('float INF', fn() => socket_strerror(INF));
t('float 1e20', fn() => socket_strerror(1e20));
