/* SPDX-License-Identifier: BSD-3-Clause */
/* PHP 4.0's socket functions, on (sockets.legacy_names=1): socket, bind, listen, accept_connect,
 * connect, read, write, sendto, setsockopt, close, strerror, as the programs of the PHP 4.1 manual's
 * sockets chapter (seed 001) call them. Descriptors are plain integers; a call returns 0 (or a
 * count, or a descriptor) on success and a negative errno value on failure, without a warning, and
 * strerror() turns that value into text. Host lookup failures are -10000 - h_errno, as in PHP 4.0
 * and in socket_last_error() today.
 *
 * Unlike PHP 4.0 these functions only act on descriptors that socket() or accept_connect() made in
 * the same request (any other number is -EBADF): an integer could otherwise name PHP's own files,
 * its FastCGI connection or STDOUT. Those descriptors are closed at the end of the request if the
 * script did not close() them. Wrong argument types are TypeErrors and impossible values (negative
 * lengths, ports outside 0-65535) ValueErrors, as for every function of PHP 8. */
#include "php_sockets_ng.h"

#include <limits.h>
#include <sys/socket.h>
#include <unistd.h>

#include "src/core/sk_addr.h"
#include "src/core/sk_line.h"

/* --- the request's descriptors ------------------------------------------------------------------ */

/* Remembers fd as made by this request, with the sharing generation of its making (see
 * skng_socket_may_be_shared: a descriptor made before a fork may be read by the other process). */
static void remember_fd(int fd)
{
	if (SOCKETS_G(legacy_fds) == NULL) {
		ALLOC_HASHTABLE(SOCKETS_G(legacy_fds));
		zend_hash_init(SOCKETS_G(legacy_fds), 8, NULL, NULL, 0);
	}
	zval generation;
	ZVAL_LONG(&generation, (zend_long) skng_sharing_generation());
	zend_hash_index_update(SOCKETS_G(legacy_fds), (zend_ulong) fd, &generation);
}

/* Whether fd is one of this request's; *may_be_shared (if not NULL): whether a fork happened since. */
static bool known_fd(zend_long fd, bool *may_be_shared)
{
	if (fd < 0 || fd > INT_MAX || SOCKETS_G(legacy_fds) == NULL) {
		return false;
	}
	zval *generation = zend_hash_index_find(SOCKETS_G(legacy_fds), (zend_ulong) fd);
	if (generation == NULL) {
		return false;
	}
	if (may_be_shared != NULL) {
		*may_be_shared = (unsigned) Z_LVAL_P(generation) != skng_sharing_generation();
	}
	return true;
}

void skng_php40_close_all(void)
{
	HashTable *fds = SOCKETS_G(legacy_fds);
	if (fds == NULL) {
		return;
	}
	zend_ulong fd;
	ZEND_HASH_FOREACH_NUM_KEY(fds, fd) {
		close((int) fd);
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(fds);
	FREE_HASHTABLE(fds);
	SOCKETS_G(legacy_fds) = NULL;
}

#define RETURN_ERRNO() RETURN_LONG(-(zend_long) errno)
#define REQUIRE_KNOWN_FD(fd) do { if (!known_fd((fd), NULL)) { RETURN_LONG(-EBADF); } } while (0)

/* An int argument (levels, options, flags, values) that C takes as int, else a ValueError. */
static bool fits_int(zend_long value, uint32_t arg_num)
{
	if (value < INT_MIN || value > INT_MAX) {
		zend_argument_value_error(arg_num, "must be between %d and %d", INT_MIN, INT_MAX);
		return false;
	}
	return true;
}

/* A length argument: at least 0, and no more than the string holds (PHP 4.0 read past it). */
static bool valid_length(zend_long length, uint32_t arg_num)
{
	if (length < 0) {
		zend_argument_value_error(arg_num, "must be greater than or equal to 0");
		return false;
	}
	return true;
}

/* --- addresses ---------------------------------------------------------------------------------- */

/* Builds the address for bind/connect/sendto on fd from a host (or Unix path) and a port.
 * Returns 0, a negative errno value, or a resolver code (-10000 - h_errno); or 1 after throwing. */
static int address_for(int fd, zend_string *address, uint32_t address_arg, zend_long port, uint32_t port_arg,
	sk_sockaddr *addr, socklen_t *addr_len)
{
	int family = AF_UNSPEC;
	socklen_t len = sizeof(family);
	if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &family, &len) != 0) {
		return -errno;
	}
	memset(addr, 0, sizeof(*addr));
	if (family == AF_UNIX) {
		return sk_addr_unix(&addr->un, addr_len, ZSTR_VAL(address), ZSTR_LEN(address)) == 0 ? 0 : -ENAMETOOLONG;
	}
	if (family != AF_INET && family != AF_INET6) {
		return -EAFNOSUPPORT;
	}
	if (port < 0 || port > 65535) {
		zend_argument_value_error(port_arg, "must be between 0 and 65535");
		return 1;
	}
	if (memchr(ZSTR_VAL(address), '\0', ZSTR_LEN(address)) != NULL) {
		zend_argument_value_error(address_arg, "must not contain any null bytes");
		return 1;
	}
	int resolver_error = 0;
	sk_host_status status;
	if (family == AF_INET) {
		addr->in4.sin_family = AF_INET;
		*addr_len = sizeof(addr->in4);
		status = sk_addr_host_to_in4(&addr->in4, ZSTR_VAL(address), &resolver_error);
	} else {
		addr->in6.sin6_family = AF_INET6;
		*addr_len = sizeof(addr->in6);
		status = sk_addr_host_to_in6(&addr->in6, ZSTR_VAL(address), &resolver_error);
	}
	switch (status) {
		case SK_HOST_OK:
		case SK_HOST_OK_UNKNOWN_SCOPE:
			break;
		case SK_HOST_NOT_FOUND:
			return resolver_error;
		case SK_HOST_WRONG_FAMILY:
			return -EAFNOSUPPORT;
	}
	/* Same offset in sockaddr_in and sockaddr_in6. */
	addr->in4.sin_port = htons((unsigned short) port);
	return 0;
}

/* --- the functions ------------------------------------------------------------------------------ */

PHP_FUNCTION(socket)
{
	zend_long domain, type, protocol;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_LONG(domain)
		Z_PARAM_LONG(type)
		Z_PARAM_LONG(protocol)
	ZEND_PARSE_PARAMETERS_END();

	if (!fits_int(domain, 1) || !fits_int(type, 2) || !fits_int(protocol, 3)) {
		RETURN_THROWS();
	}
	int fd = socket((int) domain, (int) type, (int) protocol);
	if (fd < 0) {
		RETURN_ERRNO();
	}
	remember_fd(fd);
	RETURN_LONG(fd);
}

/* bind() and connect(): the same arguments and results. */
static void bind_or_connect(INTERNAL_FUNCTION_PARAMETERS, bool do_connect)
{
	zend_long fd, port = 0;
	zend_string *address;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_LONG(fd)
		Z_PARAM_STR(address)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(port)
	ZEND_PARSE_PARAMETERS_END();

	REQUIRE_KNOWN_FD(fd);
	sk_sockaddr addr;
	socklen_t addr_len = 0;
	int rc = address_for((int) fd, address, 2, port, 3, &addr, &addr_len);
	if (rc == 1) {
		RETURN_THROWS();
	}
	if (rc != 0) {
		RETURN_LONG(rc);
	}
	rc = do_connect ? connect((int) fd, &addr.sa, addr_len) : bind((int) fd, &addr.sa, addr_len);
	if (rc != 0) {
		RETURN_ERRNO();
	}
	RETURN_LONG(0);
}

PHP_FUNCTION(bind)
{
	bind_or_connect(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

PHP_FUNCTION(connect)
{
	bind_or_connect(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

PHP_FUNCTION(listen)
{
	zend_long fd, backlog;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(fd)
		Z_PARAM_LONG(backlog)
	ZEND_PARSE_PARAMETERS_END();

	REQUIRE_KNOWN_FD(fd);
	if (!fits_int(backlog, 2)) {
		RETURN_THROWS();
	}
	if (listen((int) fd, (int) backlog) != 0) {
		RETURN_ERRNO();
	}
	RETURN_LONG(0);
}

PHP_FUNCTION(accept_connect)
{
	zend_long fd;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(fd)
	ZEND_PARSE_PARAMETERS_END();

	REQUIRE_KNOWN_FD(fd);
	int conn = accept((int) fd, NULL, NULL);
	if (conn < 0) {
		RETURN_ERRNO();
	}
	remember_fd(conn);
	RETURN_LONG(conn);
}

/* read(): PHP 4.0 read a line (up to and including "\n" or "\r", as PHP_NORMAL_READ does today)
 * unless $binary asked for one plain read. 0 at end of stream, with $buffer "". */
PHP_FUNCTION(read)
{
	zend_long fd, length;
	zval *buffer;
	bool binary = false;
	bool may_be_shared = false;

	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_LONG(fd)
		Z_PARAM_ZVAL(buffer)
		Z_PARAM_LONG(length)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(binary)
	ZEND_PARSE_PARAMETERS_END();

	if (length < 1) {
		zend_argument_value_error(3, "must be greater than 0");
		RETURN_THROWS();
	}
	if (!known_fd(fd, &may_be_shared)) {
		ZEND_TRY_ASSIGN_REF_EMPTY_STRING(buffer);
		if (EG(exception)) {
			RETURN_THROWS();   /* $buffer is a typed reference that cannot hold a string */
		}
		RETURN_LONG(-EBADF);
	}

	ssize_t got;
	zend_string *data = NULL;
	if (binary) {
		data = zend_string_alloc((size_t) length, 0);
		got = recv((int) fd, ZSTR_VAL(data), (size_t) length, 0);
	} else {
		/* sk_read_line reports a stream that ends before a line ending as ECONNRESET, as
		 * PHP_NORMAL_READ does; PHP 4.0's read() gave 0 at the end, which the seed's programs
		 * test for. So wait for the first byte (or the end) with a one-byte peek first. */
		char first;
		got = recv((int) fd, &first, 1, MSG_PEEK);
		if (got > 0) {
			int type = 0;
			socklen_t len = sizeof(type);
			getsockopt((int) fd, SOL_SOCKET, SO_TYPE, &type, &len);
			unsigned kind = (type == SOCK_STREAM ? SK_LINE_STREAM : 0) | (may_be_shared ? SK_LINE_SHARED : 0);
			if (skng_peek_offset_may_be_set()) {
				kind |= SK_LINE_CHECK_PEEK_OFFSET;
			}
			data = zend_string_alloc((size_t) length, 0);
			got = sk_read_line((int) fd, ZSTR_VAL(data), (size_t) length, kind, SK_LINE_ASK_FD);
		}
	}
	if (got <= 0) {
		int err = errno;
		if (data != NULL) {
			zend_string_efree(data);
		}
		ZEND_TRY_ASSIGN_REF_EMPTY_STRING(buffer);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_LONG(got == 0 ? 0 : -(zend_long) err);
	}
	if ((zend_long) got < length) {
		data = zend_string_truncate(data, (size_t) got, 0);
	}
	ZSTR_VAL(data)[got] = '\0';
	ZEND_TRY_ASSIGN_REF_NEW_STR(buffer, data);   /* on failure the string is freed and a TypeError thrown */
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_LONG(got);
}

PHP_FUNCTION(write)
{
	zend_long fd, length;
	zend_string *data;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_LONG(fd)
		Z_PARAM_STR(data)
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();

	if (!valid_length(length, 3)) {
		RETURN_THROWS();
	}
	REQUIRE_KNOWN_FD(fd);
	size_t to_send = (size_t) length < ZSTR_LEN(data) ? (size_t) length : ZSTR_LEN(data);
	ssize_t sent = send((int) fd, ZSTR_VAL(data), to_send, MSG_NOSIGNAL);
	if (sent < 0) {
		RETURN_ERRNO();
	}
	RETURN_LONG(sent);
}

PHP_FUNCTION(sendto)
{
	zend_long fd, length, flags, port = 0;
	zend_string *data, *address;

	ZEND_PARSE_PARAMETERS_START(5, 6)
		Z_PARAM_LONG(fd)
		Z_PARAM_STR(data)
		Z_PARAM_LONG(length)
		Z_PARAM_LONG(flags)
		Z_PARAM_STR(address)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(port)
	ZEND_PARSE_PARAMETERS_END();

	if (!valid_length(length, 3) || !fits_int(flags, 4)) {
		RETURN_THROWS();
	}
	REQUIRE_KNOWN_FD(fd);
	sk_sockaddr addr;
	socklen_t addr_len = 0;
	int rc = address_for((int) fd, address, 5, port, 6, &addr, &addr_len);
	if (rc == 1) {
		RETURN_THROWS();
	}
	if (rc != 0) {
		RETURN_LONG(rc);
	}
	size_t to_send = (size_t) length < ZSTR_LEN(data) ? (size_t) length : ZSTR_LEN(data);
	ssize_t sent = sendto((int) fd, ZSTR_VAL(data), to_send, (int) flags | MSG_NOSIGNAL, &addr.sa, addr_len);
	if (sent < 0) {
		RETURN_ERRNO();
	}
	RETURN_LONG(sent);
}

/* setsockopt(): integer options (SO_BROADCAST, SO_REUSEADDR, ...), as the seed's broadcast note
 * uses it; the value goes to the kernel as a C int. */
PHP_FUNCTION(setsockopt)
{
	zend_long fd, level, option, value;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_LONG(fd)
		Z_PARAM_LONG(level)
		Z_PARAM_LONG(option)
		Z_PARAM_LONG(value)
	ZEND_PARSE_PARAMETERS_END();

	if (!fits_int(level, 2) || !fits_int(option, 3) || !fits_int(value, 4)) {
		RETURN_THROWS();
	}
	REQUIRE_KNOWN_FD(fd);
	int v = (int) value;
	if (setsockopt((int) fd, (int) level, (int) option, &v, sizeof(v)) != 0) {
		RETURN_ERRNO();
	}
	RETURN_LONG(0);
}

PHP_FUNCTION(close)
{
	zend_long fd;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(fd)
	ZEND_PARSE_PARAMETERS_END();

	REQUIRE_KNOWN_FD(fd);
	zend_hash_index_del(SOCKETS_G(legacy_fds), (zend_ulong) fd);
	/* Linux releases the descriptor even when close() reports an error: it is forgotten either way. */
	if (close((int) fd) != 0) {
		RETURN_ERRNO();
	}
	RETURN_LONG(0);
}

/* strerror(): the text of a value the functions above returned: -errno, or -10000 - h_errno for
 * host lookups. As in PHP 4.0, the sign is flipped for errno values, so strerror(5) is the text of
 * errno -5 ("Unknown error -5"). */
PHP_FUNCTION(strerror)
{
	zend_long error;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(error)
	ZEND_PARSE_PARAMETERS_END();

	char buf[256];
	if (error < SK_RESOLVER_ERROR_BASE) {
		RETURN_STRING(sk_strerror(error < INT_MIN ? INT_MIN : (int) error, buf, sizeof(buf)));
	}
	if (error > INT_MAX) {
		RETURN_STR(zend_strpprintf(0, "Unknown error " ZEND_LONG_FMT, -error));
	}
	RETURN_STRING(sk_strerror((int) -error, buf, sizeof(buf)));
}
