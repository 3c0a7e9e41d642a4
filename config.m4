dnl SPDX-License-Identifier: BSD-3-Clause
dnl sockets-ng: PHP's sockets extension, reimplemented. Built as the module "sockets".
dnl The same file serves phpize (a module, as PIE and docker-php-ext-install build it) and PHP's own
dnl tree (these sources as ext/sockets: ./buildconf; ./configure --enable-sockets[=shared]). Source
dnl paths are relative to this folder and the headers are found through -I of it, so both work.
PHP_ARG_ENABLE([sockets],
  [whether to enable sockets-ng],
  [AS_HELP_STRING([--enable-sockets], [Enable the sockets-ng implementation of ext/sockets])],
  [yes])

if test "$PHP_SOCKETS" != "no"; then
  AC_DEFINE([HAVE_SOCKETS_NG], [1], [Whether sockets-ng is enabled])
  dnl What the bundled extension defines: in PHP's tree it lands in main/php_config.h, where other
  dnl extensions built against that PHP look for it.
  AC_DEFINE([HAVE_SOCKETS], [1], [Whether the sockets extension is enabled])
  SKNG_CORE="src/core/sk_addr.c src/core/sk_error.c src/core/sk_line.c src/core/sk_poll.c src/core/sk_watch.c src/core/sk_mcast.c src/core/sk_msg.c src/core/sk_share.c src/core/sk_iovec.c"
  SKNG_PHP="src/php/module.c src/php/socket_create.c src/php/socket_status.c src/php/socket_address.c src/php/socket_io.c src/php/socket_select.c src/php/socket_options.c src/php/socket_errors.c src/php/socket_addrinfo.c src/php/socket_stream.c src/php/socket_multicast.c src/php/socket_msg.c src/php/socket_share.c src/php/socket_legacy.c src/php/socket_iovec.c src/php/socket_php40.c src/php/socket_cabi.c"
  PHP_NEW_EXTENSION([sockets], [$SKNG_CORE $SKNG_PHP], [$ext_shared], , [-I@ext_srcdir@ -Wall -Wextra -Wno-unused-parameter -fvisibility=hidden])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/core])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/php])
fi
