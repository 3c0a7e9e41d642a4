dnl sockets_cabi_test: a test extension built against the BUNDLED ext/sockets/php_sockets.h of the PHP
dnl whose php-config builds it (tests/cabi/run.sh); it must work the same with sockets-ng loaded.
PHP_ARG_ENABLE([sockets_cabi_test], [whether to enable the sockets C interface test],
  [AS_HELP_STRING([--enable-sockets-cabi-test], [sockets C interface test extension])], [yes])

if test "$PHP_SOCKETS_CABI_TEST" != "no"; then
  AC_MSG_CHECKING([for the bundled ext/sockets/php_sockets.h])
  AS_IF([test -f "$phpincludedir/ext/sockets/php_sockets.h"], [AC_MSG_RESULT([$phpincludedir])],
    [AC_MSG_ERROR([$phpincludedir/ext/sockets/php_sockets.h not found (php8.x-dev installs it)])])
  dnl The bundled header declares its API only when HAVE_SOCKETS is set, as in extensions that use it.
  AC_DEFINE([HAVE_SOCKETS], [1], [ext/sockets is there])
  PHP_NEW_EXTENSION([sockets_cabi_test], [cabi_test.c], [$ext_shared], , [-Wall -Wextra -Wno-unused-parameter -fvisibility=hidden])
  PHP_ADD_EXTENSION_DEP([sockets_cabi_test], [sockets])
fi
