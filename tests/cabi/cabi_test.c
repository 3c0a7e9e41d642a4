/* SPDX-License-Identifier: BSD-3-Clause */
/* sockets_cabi_test: uses every symbol, field and macro of the BUNDLED ext/sockets/php_sockets.h
 * as extensions built against it do (pecl event, Swoole), on Sockets made by PHP code and on
 * Sockets it makes for PHP code. Built by tests/cabi/run.sh with the php-config of each PHP; its
 * phpt files (tests/cabi/*.phpt) must print the same under the bundled extension and sockets-ng. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#include "php.h"
#include "ext/sockets/php_sockets.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

/* cabi_fields(Socket $s): array - the php_socket fields as Z_SOCKET_P finds them */
PHP_FUNCTION(cabi_fields)
{
	zval *zsock;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	php_socket *sock = Z_SOCKET_P(zsock);
	array_init(return_value);
	add_assoc_long(return_value, "bsd_socket", sock->bsd_socket);
	add_assoc_long(return_value, "type", sock->type);
	add_assoc_long(return_value, "error", sock->error);
	add_assoc_long(return_value, "blocking", sock->blocking);
	add_assoc_bool(return_value, "invalid", IS_INVALID_SOCKET(sock));
	if (Z_ISUNDEF(sock->zstream)) {
		add_assoc_null(return_value, "zstream");
	} else {
		Z_TRY_ADDREF(sock->zstream);
		add_assoc_zval(return_value, "zstream", &sock->zstream);
	}
}

/* cabi_error(Socket $s, string $msg, int $errno): void - the header's PHP_SOCKET_ERROR */
PHP_FUNCTION(cabi_error)
{
	zval *zsock;
	char *msg;
	size_t msg_len;
	zend_long err;
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_STRING(msg, msg_len)
		Z_PARAM_LONG(err)
	ZEND_PARSE_PARAMETERS_END();

	php_socket *sock = Z_SOCKET_P(zsock);
	PHP_SOCKET_ERROR(sock, msg, (int) err);
}

/* cabi_strerror(int $errno): string */
PHP_FUNCTION(cabi_strerror)
{
	zend_long err;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(err)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STRING(sockets_strerror((int) err));
}

/* cabi_last_error(?int $set = null): int - SOCKETS_G(last_error), before setting it */
PHP_FUNCTION(cabi_last_error)
{
	zend_long set = 0;
	bool set_is_null = 1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(set, set_is_null)
	ZEND_PARSE_PARAMETERS_END();

	RETVAL_LONG(SOCKETS_G(last_error));
	if (!set_is_null) {
		SOCKETS_G(last_error) = (int) set;
	}
}

/* A new Socket for fd: as pecl event's EventUtil::createSocket and Swoole's getSocket() do. */
static bool import_fd(zval *out, int fd)
{
	object_init_ex(out, socket_ce);
	php_socket *sock = Z_SOCKET_P(out);
	if (!socket_import_file_descriptor(fd, sock)) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}

/* cabi_pair(int $domain, int $type): array|false - a socketpair() as two imported Sockets */
PHP_FUNCTION(cabi_pair)
{
	zend_long domain, type;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(domain)
		Z_PARAM_LONG(type)
	ZEND_PARSE_PARAMETERS_END();

	int fds[2];
	if (socketpair((int) domain, (int) type, 0, fds) != 0) {
		RETURN_FALSE;
	}
	zval a, b;
	if (!import_fd(&a, fds[0])) {
		close(fds[1]);
		RETURN_FALSE;
	}
	if (!import_fd(&b, fds[1])) {
		zval_ptr_dtor(&a);
		RETURN_FALSE;
	}
	array_init(return_value);
	add_next_index_zval(return_value, &a);
	add_next_index_zval(return_value, &b);
}

/* cabi_import_pipe(): Socket|false - socket_import_file_descriptor of a pipe, which is no socket */
PHP_FUNCTION(cabi_import_pipe)
{
	ZEND_PARSE_PARAMETERS_NONE();

	int fds[2];
	if (pipe(fds) != 0) {
		RETURN_FALSE;
	}
	close(fds[1]);
	if (!import_fd(return_value, fds[0])) {
		/* The failed Socket owned the descriptor and closed it when released. */
		RETURN_BOOL(fcntl(fds[0], F_GETFD) == -1 && errno == EBADF ? 0 : 1);
	}
}

/* cabi_filled_pair(int $domain, int $type, int $blocking): array - Sockets made with
 * object_init_ex and filled in directly, without socket_import_file_descriptor */
PHP_FUNCTION(cabi_filled_pair)
{
	zend_long domain, type, blocking;
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_LONG(domain)
		Z_PARAM_LONG(type)
		Z_PARAM_LONG(blocking)
	ZEND_PARSE_PARAMETERS_END();

	int fds[2];
	if (socketpair((int) domain, (int) type, 0, fds) != 0) {
		RETURN_FALSE;
	}
	array_init(return_value);
	for (int i = 0; i < 2; i++) {
		zval zsock;
		object_init_ex(&zsock, socket_ce);
		php_socket *sock = Z_SOCKET_P(&zsock);
		sock->bsd_socket = fds[i];
		sock->type = (int) domain;
		sock->blocking = (int) blocking;
		if (!blocking) {
			fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
		}
		add_next_index_zval(return_value, &zsock);
	}
}

/* cabi_set_error(Socket $s, int $error): void - writes the error field directly */
PHP_FUNCTION(cabi_set_error)
{
	zval *zsock;
	zend_long err;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_LONG(err)
	ZEND_PARSE_PARAMETERS_END();

	Z_SOCKET_P(zsock)->error = (int) err;
}

/* cabi_ensure_valid(Socket $s): bool - the header's ENSURE_SOCKET_VALID (throws when closed) */
PHP_FUNCTION(cabi_ensure_valid)
{
	zval *zsock;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	php_socket *php_sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(php_sock);
	RETURN_TRUE;
}

/* cabi_is_socket(mixed $v): bool - what socket_ce is */
PHP_FUNCTION(cabi_is_socket)
{
	zval *v;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(v)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(Z_TYPE_P(v) == IS_OBJECT && Z_OBJCE_P(v) == socket_ce);
}

/* cabi_read_fd(Socket $s, int $length): string|false - read() on bsd_socket, as an event loop does */
PHP_FUNCTION(cabi_read_fd)
{
	zval *zsock;
	zend_long length;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();

	zend_string *buf = zend_string_alloc(length, 0);
	ssize_t got = read(Z_SOCKET_P(zsock)->bsd_socket, ZSTR_VAL(buf), (size_t) length);
	if (got < 0) {
		zend_string_efree(buf);
		RETURN_FALSE;
	}
	ZSTR_LEN(buf) = (size_t) got;
	ZSTR_VAL(buf)[got] = '\0';
	RETURN_NEW_STR(buf);
}

/* cabi_constants(): array - the header's macros */
PHP_FUNCTION(cabi_constants)
{
	ZEND_PARSE_PARAMETERS_NONE();

	array_init(return_value);
	add_assoc_long(return_value, "PHP_NORMAL_READ", PHP_NORMAL_READ);
	add_assoc_long(return_value, "PHP_BINARY_READ", PHP_BINARY_READ);
	add_assoc_long(return_value, "PHP_SOCKET_EINTR", PHP_SOCKET_EINTR);
	add_assoc_long(return_value, "PHP_SOCKET_EWOULDBLOCK", PHP_SOCKET_EWOULDBLOCK);
	add_assoc_long(return_value, "PHP_SOCKET_ECONNREFUSED", PHP_SOCKET_ECONNREFUSED);
	add_assoc_long(return_value, "PHP_SOCKET_ENOTSOCK", PHP_SOCKET_ENOTSOCK);
	add_assoc_long(return_value, "MSG_WAITALL", MSG_WAITALL);
}

ZEND_BEGIN_ARG_INFO_EX(arginfo_one, 0, 0, 1)
	ZEND_ARG_INFO(0, a)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_INFO_EX(arginfo_two, 0, 0, 2)
	ZEND_ARG_INFO(0, a)
	ZEND_ARG_INFO(0, b)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_INFO_EX(arginfo_three, 0, 0, 3)
	ZEND_ARG_INFO(0, a)
	ZEND_ARG_INFO(0, b)
	ZEND_ARG_INFO(0, c)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_INFO_EX(arginfo_none, 0, 0, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_INFO_EX(arginfo_opt, 0, 0, 0)
	ZEND_ARG_INFO(0, a)
ZEND_END_ARG_INFO()

static const zend_function_entry cabi_functions[] = {
	PHP_FE(cabi_fields, arginfo_one)
	PHP_FE(cabi_error, arginfo_three)
	PHP_FE(cabi_strerror, arginfo_one)
	PHP_FE(cabi_last_error, arginfo_opt)
	PHP_FE(cabi_pair, arginfo_two)
	PHP_FE(cabi_import_pipe, arginfo_none)
	PHP_FE(cabi_filled_pair, arginfo_three)
	PHP_FE(cabi_set_error, arginfo_two)
	PHP_FE(cabi_ensure_valid, arginfo_one)
	PHP_FE(cabi_is_socket, arginfo_one)
	PHP_FE(cabi_read_fd, arginfo_two)
	PHP_FE(cabi_constants, arginfo_none)
	PHP_FE_END
};

static PHP_RINIT_FUNCTION(sockets_cabi_test)
{
#if defined(ZTS) && defined(COMPILE_DL_SOCKETS_CABI_TEST)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	return SUCCESS;
}

/* Started after "sockets" (and refused without it). Loading is another matter: the references to
 * socket_ce and sockets_globals are resolved when this file is loaded, so sockets must be loaded
 * first (an earlier ini line; tests/cabi/cabi_loads_after_sockets_from_conf_d.phpt). */
static const zend_module_dep cabi_deps[] = {
	ZEND_MOD_REQUIRED("sockets")
	ZEND_MOD_END
};

zend_module_entry sockets_cabi_test_module_entry = {
	STANDARD_MODULE_HEADER_EX, NULL,
	cabi_deps,
	"sockets_cabi_test",
	cabi_functions,
	NULL, NULL,
	PHP_RINIT(sockets_cabi_test), NULL,
	NULL,
	"1.0",
	STANDARD_MODULE_PROPERTIES
};

#ifdef COMPILE_DL_SOCKETS_CABI_TEST
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(sockets_cabi_test)
#endif
