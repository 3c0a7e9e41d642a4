/* SPDX-License-Identifier: BSD-3-Clause */
/* Asking a socket about its state: socket_atmark (PHP 8.4; sockets-ng has it on 8.2 too). */
#include "php_sockets_ng.h"

#include <sys/ioctl.h>
#include <sys/socket.h>

/* True when the next byte to read is the urgent (out-of-band) mark of a TCP stream; false
 * otherwise, and false with a warning when the socket cannot tell (not a stream socket). */
PHP_FUNCTION(socket_atmark)
{
	zval *zsock;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	/* ioctl rather than glibc's sockatmark(), which hands the kernel an uninitialised int
	 * (valgrind reports it on every call). */
	int at_mark = 0;
	if (ioctl(sock->fd, SIOCATMARK, &at_mark) < 0) {
		skng_socket_error(sock, "Unable to apply sockmark", errno);
		RETURN_FALSE;
	}
	RETURN_BOOL(at_mark);
}
