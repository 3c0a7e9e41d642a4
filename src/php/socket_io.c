/* SPDX-License-Identifier: BSD-3-Clause */
/* Reading and writing: socket_read, socket_write, socket_recv, socket_send, socket_recvfrom,
 * socket_sendto. */
#include "php_sockets_ng.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <net/if.h>
#include <sys/socket.h>
#include <unistd.h>

#include "src/core/sk_addr.h"
#include "src/core/sk_line.h"

/* SOCK_* of the socket, asked of the kernel once: accepted and imported sockets may not know it. */
static int socket_type_of(skng_socket *sock)
{
	if (sock->type <= 0) {
		int type = 0;
		socklen_t len = sizeof(type);
		sock->type = getsockopt(sock->fd, SOL_SOCKET, SO_TYPE, &type, &len) == 0 ? type : 0;
	}
	return sock->type;
}

/* A buffer of length bytes for recv()/recvfrom() with these flags. With MSG_TRUNC a stream socket
 * discards the bytes without copying them, so the buffer is zeroed first: the caller never sees
 * uninitialised memory. */
static zend_string *receive_buffer(zend_long length, zend_long flags)
{
	zend_string *data = zend_string_alloc((size_t) length, 0);
	if (flags & MSG_TRUNC) {
		memset(ZSTR_VAL(data), 0, (size_t) length);
	}
	return data;
}

/* The string of what recv() stored: with MSG_TRUNC it returns the datagram's full length, which
 * may exceed the buffer, so the count is clamped to what was given before it indexes anything. */
static zend_string *received_string(zend_string *data, ssize_t got, zend_long length)
{
	size_t stored = (zend_long) got < length ? (size_t) got : (size_t) length;
	if (stored < (size_t) length) {
		data = zend_string_truncate(data, stored, 0);
	}
	ZSTR_VAL(data)[stored] = '\0';
	return data;
}

/* PHP 8.4 and 8.3's later releases (php-src GH-17921, early 2025) answer a length of PHP_INT_MAX
 * with false; 8.2 (and 8.3 before the fix) try to allocate it and die of memory exhaustion, as the
 * overflow check is optimised away. On 8.3 ours follows its last releases. */
static bool length_unsupported(zend_long length)
{
#if PHP_VERSION_ID >= 80300
	return length < 1 || length == ZEND_LONG_MAX;
#else
	return length < 1;
#endif
}

/* Dotted-quad text of an IPv4 address, as inet_ntop() writes it. glibc's inet_ntop formats IPv4
 * with sprintf, which cost more than the two system calls of a UDP send/receive loop together
 * (callgrind: about 1,600 instructions per call). buf: at least 16 bytes. */
static void ipv4_to_text(const struct in_addr *addr, char *buf)
{
	const unsigned char *b = (const unsigned char *) &addr->s_addr;
	char *p = buf;
	for (int i = 0; i < 4; i++) {
		unsigned v = b[i];
		if (v >= 100) {
			*p++ = (char) ('0' + v / 100);
			v %= 100;
			*p++ = (char) ('0' + v / 10);
			*p++ = (char) ('0' + v % 10);
		} else if (v >= 10) {
			*p++ = (char) ('0' + v / 10);
			*p++ = (char) ('0' + v % 10);
		} else {
			*p++ = (char) ('0' + v);
		}
		*p++ = i < 3 ? '.' : '\0';
	}
}

PHP_FUNCTION(socket_read)
{
	zval *zsock;
	zend_long length, mode = SKNG_BINARY_READ;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_LONG(length)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(mode)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	if (length_unsupported(length)) {
		RETURN_FALSE;
	}

	/* Up to this many bytes a read lands on the stack and the string is made at its real size:
	 * a line is usually far shorter than the length asked for, and allocating the whole length
	 * (a large block for 8 KiB) only to shrink it cost more than the read's system calls. */
	char small[8192];
	bool on_stack = (size_t) length <= sizeof(small);
	zend_string *data = on_stack ? NULL : zend_string_alloc(length, 0);
	char *into = on_stack ? small : ZSTR_VAL(data);
	ssize_t got;
	if (mode == SKNG_NORMAL_READ) {
		/* Whether the socket is non-blocking is asked of the kernel only when it matters. */
		unsigned kind = socket_type_of(sock) == SOCK_STREAM ? SK_LINE_STREAM : 0;
		if (skng_socket_may_be_shared(sock)) {
			kind |= SK_LINE_SHARED;
		}
		if (skng_peek_offset_may_be_set()) {
			kind |= SK_LINE_CHECK_PEEK_OFFSET;
		}
		got = sk_read_line(sock->fd, into, (size_t) length, kind, SK_LINE_ASK_FD);
	} else {
		got = recv(sock->fd, into, (size_t) length, 0);
	}

	if (got <= 0 && data != NULL) {
		zend_string_efree(data);
	}
	if (got < 0) {
		/* Nothing to read on a non-blocking socket is not worth a warning. */
		if (sk_error_would_block(errno)) {
			skng_record_error(sock, errno);
		} else {
			skng_socket_error(sock, "unable to read from socket", errno);
		}
		RETURN_FALSE;
	}
	if (got == 0) {
		RETURN_EMPTY_STRING();
	}
	if (on_stack) {
		RETURN_STRINGL(small, (size_t) got);
	}
	if ((zend_long) got < length) {
		data = zend_string_truncate(data, (size_t) got, 0);
	}
	ZSTR_VAL(data)[got] = '\0';
	RETURN_NEW_STR(data);
}

PHP_FUNCTION(socket_write)
{
	zval *zsock;
	zend_string *data;
	zend_long length = 0;
	bool length_is_null = true;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_STR(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(length, length_is_null)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	if (length < 0) {
		zend_argument_value_error(3, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	size_t to_write = (length_is_null || (size_t) length > ZSTR_LEN(data)) ? ZSTR_LEN(data) : (size_t) length;

	ssize_t written = write(sock->fd, ZSTR_VAL(data), to_write);
	if (written < 0) {
		skng_socket_error(sock, "unable to write to socket", errno);
		RETURN_FALSE;
	}
	RETURN_LONG(written);
}

PHP_FUNCTION(socket_recv)
{
	zval *zsock, *buffer;
	zend_long length, flags;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_ZVAL(buffer)
		Z_PARAM_LONG(length)
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	/* A length below 1 reads nothing (and, on 8.4, PHP_INT_MAX). */
	if (length_unsupported(length)) {
		RETURN_FALSE;
	}

	zend_string *data = receive_buffer(length, flags);
	ssize_t got = recv(sock->fd, ZSTR_VAL(data), (size_t) length, (int) flags);
	int err = errno;
	if (got < 1) {
		zend_string_efree(data);
		ZEND_TRY_ASSIGN_REF_NULL(buffer);
	} else {
		ZEND_TRY_ASSIGN_REF_NEW_STR(buffer, received_string(data, got, length));
	}
	if (got < 0) {
		skng_socket_error(sock, "Unable to read from socket", err);
		RETURN_FALSE;
	}
	RETURN_LONG(got);
}

PHP_FUNCTION(socket_send)
{
	zval *zsock;
	zend_string *data;
	zend_long length, flags;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_STR(data)
		Z_PARAM_LONG(length)
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	if (length < 0) {
		zend_argument_value_error(3, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	size_t to_send = (size_t) length > ZSTR_LEN(data) ? ZSTR_LEN(data) : (size_t) length;

	ssize_t sent = send(sock->fd, ZSTR_VAL(data), to_send, (int) flags);
	if (sent < 0) {
		skng_socket_error(sock, "Unable to write to socket", errno);
		RETURN_FALSE;
	}
	RETURN_LONG(sent);
}

/* PHP 8.6 sends and receives on AF_PACKET sockets with socket_sendto/socket_recvfrom; 8.5 makes
 * them but refuses them there, as unknown families. */
static bool packet_io_supported(const skng_socket *sock)
{
#if PHP_VERSION_ID >= 80600
	return sock->family == AF_PACKET;
#else
	(void) sock;
	return false;
#endif
}

PHP_FUNCTION(socket_recvfrom)
{
	zval *zsock, *buffer, *address, *port = NULL;
	zend_long length, flags;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(5, 6)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_ZVAL(buffer)
		Z_PARAM_LONG(length)
		Z_PARAM_LONG(flags)
		Z_PARAM_ZVAL(address)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(port)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	if (length <= 0 || length > ZEND_LONG_MAX - 1) {
		RETURN_FALSE;
	}
	if (!(sock->family == AF_UNIX || sock->family == AF_INET || sock->family == AF_INET6
			|| packet_io_supported(sock))) {
		zend_argument_value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6");
		RETURN_THROWS();
	}
	if (sock->family != AF_UNIX && sock->family != AF_PACKET && port == NULL) {
#if PHP_VERSION_ID >= 80600
		zend_argument_count_error("%s() expects exactly 6 arguments when argument #1 ($socket) is of type AF_INET or AF_INET6",
			get_active_function_name());
#else
		zend_wrong_param_count();
#endif
		RETURN_THROWS();
	}

	sk_sockaddr from;
	socklen_t from_len = sizeof(from);
	memset(&from, 0, sizeof(from));
	from.sa.sa_family = (sa_family_t) sock->family;

	zend_string *data = receive_buffer(length, flags);
	ssize_t got = recvfrom(sock->fd, ZSTR_VAL(data), (size_t) length, (int) flags, &from.sa, &from_len);
	if (got < 0) {
		zend_string_efree(data);
		skng_socket_error(sock, sock->family == AF_INET6 ? "unable to recvfrom" : "Unable to recvfrom", errno);
		RETURN_FALSE;
	}
	ZEND_TRY_ASSIGN_REF_NEW_STR(buffer, received_string(data, got, length));

	if (sock->family == AF_PACKET) {
		/* PHP 8.6: the interface the frame came on, by name, and its index as the port. */
		char name[IF_NAMESIZE] = "";
		if_indextoname((unsigned) from.ll.sll_ifindex, name);
		ZEND_TRY_ASSIGN_REF_STRING(address, name);
		if (port != NULL) {
			ZEND_TRY_ASSIGN_REF_LONG(port, from.ll.sll_ifindex);
		}
	} else if (sock->family == AF_UNIX) {
		/* Whatever the kernel wrote, read as a C string, as the bundled extension does. */
		ZEND_TRY_ASSIGN_REF_STRING(address, from.un.sun_path);
	} else if (sock->family == AF_INET) {
		char text[INET_ADDRSTRLEN];
		ipv4_to_text(&from.in4.sin_addr, text);
		ZEND_TRY_ASSIGN_REF_STRING(address, text);
		ZEND_TRY_ASSIGN_REF_LONG(port, ntohs(from.in4.sin_port));
	} else {
		char text[INET6_ADDRSTRLEN];
		int port_number = 0;
		from.sa.sa_family = (sa_family_t) sock->family;
		if (sk_addr_inet_to_text(&from, text, sizeof(text), &port_number) != 0) {
			strcpy(text, sock->family == AF_INET ? "0.0.0.0" : "::");
		}
		ZEND_TRY_ASSIGN_REF_STRING(address, text);
		ZEND_TRY_ASSIGN_REF_LONG(port, port_number);
	}
	RETURN_LONG(got);
}

PHP_FUNCTION(socket_sendto)
{
	zval *zsock;
	zend_string *data, *address;
	zend_long length, flags, port = 0;
	bool port_is_null = true;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(5, 6)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_STR(data)
		Z_PARAM_LONG(length)
		Z_PARAM_LONG(flags)
		Z_PARAM_STR(address)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(port, port_is_null)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);
	/* The port of an AF_PACKET socket is an interface index (PHP 8.6), not range-checked. */
	if (!port_is_null && !packet_io_supported(sock) && !skng_check_port(port, 6)) {
		RETURN_THROWS();
	}

	if (length < 0) {
		zend_argument_value_error(3, "must be greater than or equal to 0");
		RETURN_THROWS();
	}

	sk_sockaddr to;
	socklen_t to_len;
	if (packet_io_supported(sock)) {
		/* PHP 8.6: to the interface whose index is the port; the address string is not used. */
		if (port_is_null) {
			zend_argument_value_error(6, "cannot be null when the socket type is AF_PACKET");
			RETURN_THROWS();
		}
		memset(&to, 0, sizeof(to));
		to.ll.sll_family = AF_PACKET;
		to.ll.sll_ifindex = (int) port;
		to_len = sizeof(to.ll);
	} else if (sock->family == AF_UNIX) {
#if PHP_VERSION_ID >= 80400
		/* PHP 8.4 refuses a path (counted in bytes, NULs included) that sun_path cannot hold. */
		if (ZSTR_LEN(address) >= SK_UNIX_PATH_MAX) {
			zend_argument_value_error(5, "must be less than %d", (int) SK_UNIX_PATH_MAX);
			RETURN_THROWS();
		}
#endif
		/* sendto has always taken the path as a C string, cut to what sun_path holds. */
		size_t path_len = strnlen(ZSTR_VAL(address), SK_UNIX_PATH_MAX - 1);
		sk_addr_unix(&to.un, &to_len, ZSTR_VAL(address), path_len);
	} else if (!skng_address_from_args(sock, address, 5, port, port_is_null, 6, &to, &to_len)) {
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}

	size_t to_send = (size_t) length > ZSTR_LEN(data) ? ZSTR_LEN(data) : (size_t) length;
	ssize_t sent = sendto(sock->fd, ZSTR_VAL(data), to_send, (int) flags, &to.sa, to_len);
	if (sent < 0) {
		skng_socket_error(sock, "Unable to write to socket", errno);
		RETURN_FALSE;
	}
	RETURN_LONG(sent);
}
