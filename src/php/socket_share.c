/* SPDX-License-Identifier: BSD-3-Clause */
/* Sharing a socket with another process by id: socket_wsaprotocol_info_export, _import, _release.
 * PHP has them on Windows only; here they run on src/core/sk_share (abstract AF_UNIX names, an
 * agent thread, SCM_RIGHTS). */
#include "php_sockets_ng.h"

#include <limits.h>
#include <sys/socket.h>

#include "src/core/sk_share.h"

PHP_FUNCTION(socket_wsaprotocol_info_export)
{
	zval *zsock;
	zend_long pid;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_LONG(pid)
	ZEND_PARSE_PARAMETERS_END();

	skng_socket *sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);
	if (pid <= 0 || pid > INT_MAX) {
		zend_argument_value_error(2, "must be between 1 and %d", INT_MAX);
		RETURN_THROWS();
	}

	char id[SK_SHARE_ID_SIZE], why[256];
	int rc = sk_share_export(SKNG_SHARE_OWNER, sock->fd, (pid_t) pid, id, sizeof(id), why, sizeof(why));
	if (rc < 0) {
		skng_record_error(sock, -rc);
		php_error_docref(NULL, E_WARNING, "Unable to export WSA protocol info [%d]: %s", -rc, why);
		RETURN_FALSE;
	}
	/* The importer will hold it too (PHP_NORMAL_READ must then not trust a peek). */
	skng_descriptors_may_be_shared();
	RETURN_STRING(id);
}

PHP_FUNCTION(socket_wsaprotocol_info_import)
{
	zend_string *id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(id)
	ZEND_PARSE_PARAMETERS_END();

	int fd = -1;
	char why[256];
	/* A NUL inside would hide what follows it from the C parser. */
	const char *c_id = ZSTR_LEN(id) == strlen(ZSTR_VAL(id)) ? ZSTR_VAL(id) : "";
	int rc = sk_share_import(c_id, SK_SHARE_IMPORT_TIMEOUT_MS, &fd, why, sizeof(why));
	if (rc < 0) {
		skng_record_error(NULL, -rc);
		php_error_docref(NULL, E_WARNING, "Unable to import WSA protocol info [%d]: %s", -rc, why);
		RETURN_FALSE;
	}

	skng_socket_wrap_received(return_value, fd);
}

PHP_FUNCTION(socket_wsaprotocol_info_release)
{
	zend_string *id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(id)
	ZEND_PARSE_PARAMETERS_END();

	/* As on Windows: false, without a warning, for an id this process does not hold. */
	RETURN_BOOL(ZSTR_LEN(id) == strlen(ZSTR_VAL(id)) && sk_share_release(SKNG_SHARE_OWNER, ZSTR_VAL(id)) == 0);
}
