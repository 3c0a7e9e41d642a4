/* SPDX-License-Identifier: BSD-3-Clause */
/* Errors: socket_last_error, socket_clear_error, socket_strerror. */
#include "php_sockets_ng.h"

PHP_FUNCTION(socket_last_error)
{
	zval *zsock = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(zsock, skng_socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	if (zsock == NULL) {
		RETURN_LONG(SOCKETS_G(last_error));
	}
	skng_socket *sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);
	RETURN_LONG(sock->error);
}

PHP_FUNCTION(socket_clear_error)
{
	zval *zsock = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(zsock, skng_socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	if (zsock == NULL) {
		SOCKETS_G(last_error) = 0;
		return;
	}
	skng_socket *sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);
	sock->error = 0;
}

PHP_FUNCTION(socket_strerror)
{
	zend_long code;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(code)
	ZEND_PARSE_PARAMETERS_END();

	if (code < INT_MIN || code > INT_MAX) {
		zend_argument_value_error(1, "must be between %d and %d", INT_MIN, INT_MAX);
		RETURN_THROWS();
	}
	char buf[256];
	RETURN_STRING(sk_strerror((int) code, buf, sizeof(buf)));
}
