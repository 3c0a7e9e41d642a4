/* SPDX-License-Identifier: BSD-3-Clause */
/* Addresses: building them from PHP arguments for bind/connect, and socket_getsockname,
 * socket_getpeername. */
#include "php_sockets_ng.h"

#include <arpa/inet.h>
#include <net/if.h>
#include <sys/socket.h>

#include "src/core/sk_addr.h"

/* Maps a host lookup's outcome to the bundled extension's warnings. */
static bool host_lookup_succeeded(skng_socket *sock, sk_host_status status, int resolver_error, const char *family_name)
{
	switch (status) {
		case SK_HOST_OK:
			return true;
		case SK_HOST_OK_UNKNOWN_SCOPE:
			return true;
		case SK_HOST_NOT_FOUND:
			skng_socket_error(sock, "Host lookup failed", resolver_error);
			return false;
		case SK_HOST_WRONG_FAMILY:
			php_error_docref(NULL, E_WARNING, "Host lookup failed: Non %s domain returned on %s socket", family_name, family_name);
			return false;
	}
	return false;
}

bool skng_inet_address(skng_socket *sock, int family, const char *host, void *addr_out, socklen_t *addr_len)
{
	sk_sockaddr *addr = addr_out;
	int resolver_error = 0;
	sk_host_status status;

	if (family == AF_INET) {
		addr->in4.sin_family = AF_INET;
		*addr_len = sizeof(addr->in4);
		status = sk_addr_host_to_in4(&addr->in4, host, &resolver_error);
		return host_lookup_succeeded(sock, status, resolver_error, "AF_INET");
	}
	addr->in6.sin6_family = AF_INET6;
	*addr_len = sizeof(addr->in6);
	status = sk_addr_host_to_in6(&addr->in6, host, &resolver_error);
	if (status == SK_HOST_OK_UNKNOWN_SCOPE) {
		const char *scope = strchr(host, '%');
		php_error_docref(NULL, E_WARNING, "No interface with name \"%s\" could be found", scope ? scope + 1 : "");
	}
	return host_lookup_succeeded(sock, status, resolver_error, "AF_INET6");
}

bool skng_check_port(zend_long port, uint32_t arg)
{
#if PHP_VERSION_ID >= 80500
	if (port < 0 || port > 65535) {
		zend_argument_value_error(arg, "must be between 0 and 65535");
		return false;
	}
#else
	(void) port;
	(void) arg;
#endif
	return true;
}

bool skng_address_from_args(skng_socket *sock, zend_string *address, uint32_t address_arg,
	zend_long port, bool port_is_null, uint32_t port_arg, void *addr_out, socklen_t *addr_len)
{
	sk_sockaddr *addr = addr_out;

	memset(addr, 0, sizeof(*addr));
	switch (sock->family) {
		case AF_UNIX:
			if (sk_addr_unix(&addr->un, addr_len, ZSTR_VAL(address), ZSTR_LEN(address)) != 0) {
				zend_argument_value_error(address_arg, "must be less than %d", (int) SK_UNIX_PATH_MAX);
				return false;
			}
			return true;

		case AF_INET:
		case AF_INET6:
			if (port_is_null) {
				zend_argument_value_error(port_arg, "cannot be null when the socket type is %s",
					sock->family == AF_INET ? "AF_INET" : "AF_INET6");
				return false;
			}
			if (!skng_inet_address(sock, sock->family, ZSTR_VAL(address), addr, addr_len)) {
				return false;
			}
			/* Same offset in sockaddr_in and sockaddr_in6. */
			addr->in4.sin_port = htons((unsigned short) port);
			return true;

		default:
			zend_argument_value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6");
			return false;
	}
}

/* Shared by socket_getsockname and socket_getpeername: they differ in the call and the words. */
static void socket_name(INTERNAL_FUNCTION_PARAMETERS, bool peer)
{
	zval *zsock, *address, *port = NULL;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_ZVAL(address)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(port)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	sk_sockaddr addr;
	socklen_t addr_len = sizeof(addr);
	memset(&addr, 0, sizeof(addr));
	int rc = peer ? getpeername(sock->fd, &addr.sa, &addr_len) : getsockname(sock->fd, &addr.sa, &addr_len);
	if (rc != 0) {
		skng_socket_error(sock, peer ? "unable to retrieve peer name" : "unable to retrieve socket name", errno);
		RETURN_FALSE;
	}

	switch (addr.sa.sa_family) {
		case AF_INET:
		case AF_INET6: {
			char text[INET6_ADDRSTRLEN];
			int port_number = 0;
			if (sk_addr_inet_to_text(&addr, text, sizeof(text), &port_number) != 0) {
				text[0] = '\0';
			}
			ZEND_TRY_ASSIGN_REF_STRING(address, text);
			if (port != NULL) {
				ZEND_TRY_ASSIGN_REF_LONG(port, port_number);
			}
			RETURN_TRUE;
		}
		case AF_UNIX: {
			const char *path;
			size_t path_len = sk_addr_unix_path(&addr.un, addr_len, &path);
			ZEND_TRY_ASSIGN_REF_STRINGL(address, path, path_len);
			RETURN_TRUE;
		}
#if PHP_VERSION_ID >= 80500
		case AF_PACKET: {
			/* PHP 8.5's AF_PACKET sockets name their interface, and give its index as the port. */
			char name[IF_NAMESIZE];
			if (if_indextoname((unsigned) addr.ll.sll_ifindex, name) == NULL) {
				zend_throw_error(NULL, "invalid interface index");
				RETURN_THROWS();
			}
			ZEND_TRY_ASSIGN_REF_STRING(address, name);
			if (port != NULL) {
				ZEND_TRY_ASSIGN_REF_LONG(port, addr.ll.sll_ifindex);
			}
			RETURN_TRUE;
		}
#endif
		default:
			zend_argument_value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6");
			RETURN_THROWS();
	}
}

PHP_FUNCTION(socket_getsockname)
{
	socket_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

PHP_FUNCTION(socket_getpeername)
{
	socket_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}
