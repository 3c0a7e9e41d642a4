/* SPDX-License-Identifier: BSD-3-Clause */
/* Making, connecting and closing sockets: socket_create, socket_create_listen, socket_create_pair,
 * socket_bind, socket_listen, socket_accept, socket_connect, socket_shutdown, socket_close,
 * socket_set_block, socket_set_nonblock. */
#include "php_sockets_ng.h"
#include "ext/standard/file.h"

#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "src/core/sk_addr.h"

/* The bundled extension lets any type up to SOCK_PACKET through to the kernel. */
#define SKNG_MAX_SOCKET_TYPE 10

static bool family_is_supported(zend_long family)
{
	return family == AF_UNIX || family == AF_INET || family == AF_INET6;
}

/* PHP 8.5 makes AF_PACKET sockets too (socket_create only: socket_create_pair still refuses it). */
static bool create_family_is_supported(zend_long family)
{
#if PHP_VERSION_ID >= 80500
	if (family == AF_PACKET) {
		return true;
	}
#endif
	return family_is_supported(family);
}

/* SOCK_NONBLOCK and SOCK_CLOEXEC may be OR'ed into the type, as PHP 8.4 allows (and sockets-ng
 * on 8.2 too); the kernel applies them when it makes the socket. */
#define SKNG_SOCKET_TYPE_FLAGS (SOCK_NONBLOCK | SOCK_CLOEXEC)

static zend_long type_without_flags(zend_long type)
{
	return type & ~(zend_long) SKNG_SOCKET_TYPE_FLAGS;
}

/* Both socket_create and socket_create_pair check the type the same way, in the words of the PHP
 * they run on. */
static bool check_type(zend_long type)
{
	if (type_without_flags(type) > SKNG_MAX_SOCKET_TYPE) {
#if PHP_VERSION_ID >= 80400
		zend_argument_value_error(2, "must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM optionally OR'ed with SOCK_CLOEXEC, SOCK_NONBLOCK");
#else
		zend_argument_value_error(2, "must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM");
#endif
		return false;
	}
	return true;
}

PHP_FUNCTION(socket_create)
{
	zend_long domain, type, protocol;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_LONG(domain)
		Z_PARAM_LONG(type)
		Z_PARAM_LONG(protocol)
	ZEND_PARSE_PARAMETERS_END();

	if (!create_family_is_supported(domain)) {
#if PHP_VERSION_ID >= 80500
		zend_argument_value_error(1, "must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET");
#else
		zend_argument_value_error(1, "must be one of AF_UNIX, AF_INET6, or AF_INET");
#endif
		RETURN_THROWS();
	}
	if (!check_type(type)) {
		RETURN_THROWS();
	}

	/* An AF_PACKET socket's protocol is an Ethernet type (ETH_P_*), which the kernel takes in
	 * network byte order; PHP 8.5 converts it. */
	int kernel_protocol = domain == AF_PACKET ? (int) htons((uint16_t) protocol) : (int) protocol;
	int fd = socket((int) domain, (int) type, kernel_protocol);
	if (fd < 0 && errno == EMFILE && skng_select_give_up_descriptor()) {
		fd = socket((int) domain, (int) type, kernel_protocol);
	}
	if (fd < 0) {
		char buf[256];
		int err = errno;
		SOCKETS_G(last_error) = err;
		php_error_docref(NULL, E_WARNING, "Unable to create socket [%d]: %s", err, sk_strerror(err, buf, sizeof(buf)));
		RETURN_FALSE;
	}
	skng_socket_wrap(return_value, fd, (int) domain, (int) type_without_flags(type));
}

PHP_FUNCTION(socket_create_pair)
{
	zend_long domain, type, protocol;
	zval *pair;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_LONG(domain)
		Z_PARAM_LONG(type)
		Z_PARAM_LONG(protocol)
		Z_PARAM_ZVAL(pair)
	ZEND_PARSE_PARAMETERS_END();

	if (!family_is_supported(domain)) {
		zend_argument_value_error(1, "must be one of AF_UNIX, AF_INET6, or AF_INET");
		RETURN_THROWS();
	}
	if (!check_type(type)) {
		RETURN_THROWS();
	}

	int fds[2];
	int made = socketpair((int) domain, (int) type, (int) protocol, fds);
	if (made != 0 && errno == EMFILE && skng_select_give_up_descriptor()) {
		made = socketpair((int) domain, (int) type, (int) protocol, fds);
	}
	if (made != 0) {
		char buf[256];
		int err = errno;
		SOCKETS_G(last_error) = err;
		php_error_docref(NULL, E_WARNING, "Unable to create socket pair [%d]: %s", err, sk_strerror(err, buf, sizeof(buf)));
		RETURN_FALSE;
	}

	pair = zend_try_array_init(pair);
	if (!pair) {
		close(fds[0]);
		close(fds[1]);
		RETURN_THROWS();
	}
	for (int i = 0; i < 2; i++) {
		zval sock;
		skng_socket_wrap(&sock, fds[i], (int) domain, (int) type_without_flags(type));
		add_index_zval(pair, i, &sock);
	}
	RETURN_TRUE;
}

PHP_FUNCTION(socket_create_listen)
{
	zend_long port;
	/* The stub's default, which PHP 8.4 raised from 128. */
#if PHP_VERSION_ID >= 80400
	zend_long backlog = SOMAXCONN;
#else
	zend_long backlog = 128;
#endif

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(port)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(backlog)
	ZEND_PARSE_PARAMETERS_END();

	if (!skng_check_port(port, 1)) {
		RETURN_THROWS();
	}

	/* All interfaces; before PHP 8.5 the port is taken modulo 65536, as it always was. */
	struct sockaddr_in any;
	memset(&any, 0, sizeof(any));
	any.sin_family = AF_INET;
	any.sin_addr.s_addr = htonl(INADDR_ANY);
	any.sin_port = htons((unsigned short) port);

	int fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0 && errno == EMFILE && skng_select_give_up_descriptor()) {
		fd = socket(AF_INET, SOCK_STREAM, 0);
	}
	if (fd < 0) {
		skng_socket_error(NULL, "unable to create listening socket", errno);
		RETURN_FALSE;
	}
	if (bind(fd, (struct sockaddr *) &any, sizeof(any)) != 0) {
		skng_socket_error(NULL, "unable to bind to given address", errno);
		close(fd);
		RETURN_FALSE;
	}
	if (listen(fd, (int) backlog) != 0) {
		skng_socket_error(NULL, "unable to listen on socket", errno);
		close(fd);
		RETURN_FALSE;
	}
	skng_socket_wrap(return_value, fd, AF_INET, SOCK_STREAM);
}

PHP_FUNCTION(socket_bind)
{
	zval *zsock;
	zend_string *address;
	zend_long port = 0;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_STR(address)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(port)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);
	if (!skng_check_port(port, 3)) {
		RETURN_THROWS();
	}

	sk_sockaddr addr;
	socklen_t addr_len;
#if PHP_VERSION_ID >= 80500
	if (sock->family == AF_PACKET) {
		/* An interface by name, for this socket's own protocol; an unknown name is index 0 (every
		 * interface), which the bundled extension does not report either. */
		memset(&addr, 0, sizeof(addr));
		addr.ll.sll_family = AF_PACKET;
		addr.ll.sll_ifindex = (int) if_nametoindex(ZSTR_VAL(address));
		addr_len = sizeof(addr.ll);
	} else
#endif
	if (!skng_address_from_args(sock, address, 2, port, false, 3, &addr, &addr_len)) {
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	if (bind(sock->fd, &addr.sa, addr_len) != 0) {
		skng_socket_error(sock, "Unable to bind address", errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

PHP_FUNCTION(socket_connect)
{
	zval *zsock;
	zend_string *address;
	zend_long port = 0;
	bool port_is_null = true;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_STR(address)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(port, port_is_null)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	sk_sockaddr addr;
	socklen_t addr_len;
	if (!skng_address_from_args(sock, address, 2, port, port_is_null, 3, &addr, &addr_len)) {
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	if (connect(sock->fd, &addr.sa, addr_len) != 0) {
		skng_socket_error(sock, "unable to connect", errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

PHP_FUNCTION(socket_listen)
{
	zval *zsock;
	zend_long backlog = 0;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(backlog)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	if (listen(sock->fd, (int) backlog) != 0) {
		skng_socket_error(sock, "unable to listen on socket", errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* PHP 8.4 accepts with close-on-exec; 8.5 also non-blocking when the listening Socket was last
 * set non-blocking (its own mode, as the bundled extension keeps it, not the descriptor's flag). */
static int accept_flags(const skng_socket *listener)
{
#if PHP_VERSION_ID >= 80500
	return SOCK_CLOEXEC | (listener->blocking ? 0 : SOCK_NONBLOCK);
#elif PHP_VERSION_ID >= 80400
	(void) listener;
	return SOCK_CLOEXEC;
#else
	(void) listener;
	return 0;
#endif
}

PHP_FUNCTION(socket_accept)
{
	zval *zsock;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	sk_sockaddr peer;
	socklen_t peer_len = sizeof(peer);
	int flags = accept_flags(sock);
	int fd = accept4(sock->fd, &peer.sa, &peer_len, flags);
	if (fd < 0 && errno == EMFILE && skng_select_give_up_descriptor()) {
		peer_len = sizeof(peer);
		fd = accept4(sock->fd, &peer.sa, &peer_len, flags);
	}
	if (fd < 0) {
		/* The bundled extension records this on the Socket it was about to return, which the
		 * script never sees: the listening socket's own last error stays as it was. */
		skng_socket_error(NULL, "unable to accept incoming connection", errno);
		RETURN_FALSE;
	}
	/* The new Socket's own mode stays "blocking" even when accept4 made the descriptor non-blocking
	 * (PHP 8.5): a stream exported from it starts blocking, as in the bundled extension. */
	skng_socket_wrap(return_value, fd, peer_len > 0 ? peer.sa.sa_family : sock->family, sock->type);
}

PHP_FUNCTION(socket_shutdown)
{
	zval *zsock;
	zend_long how = 2;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(how)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);
#if PHP_VERSION_ID >= 80500
	if (how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR) {
		zend_argument_value_error(2, "must be one of SHUT_RD, SHUT_WR or SHUT_RDWR");
		RETURN_THROWS();
	}
#endif

	if (shutdown(sock->fd, (int) how) != 0) {
		skng_socket_error(sock, "Unable to shutdown socket", errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

PHP_FUNCTION(socket_close)
{
	zval *zsock;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	skng_socket_close(sock);
}

/* A socket with a stream changes mode through the stream, so the stream knows too. */
static int set_nonblocking_via_stream(skng_socket *sock, bool nonblocking)
{
	php_stream *stream = zend_fetch_resource2_ex(&sock->stream, NULL, php_file_le_stream(), php_file_le_pstream());
	if (stream == NULL) {
		return -1;
	}
	return php_stream_set_option(stream, PHP_STREAM_OPTION_BLOCKING, nonblocking ? 0 : 1, NULL) == -1 ? -1 : 0;
}

static int set_nonblocking(skng_socket *sock, bool nonblocking)
{
	if (!Z_ISUNDEF(sock->stream) && set_nonblocking_via_stream(sock, nonblocking) == 0) {
		return 0;
	}
	int fd = sock->fd;
	int flags = fcntl(fd, F_GETFL);
	if (flags < 0) {
		return -1;
	}
	int wanted = nonblocking ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK);
	return wanted == flags ? 0 : fcntl(fd, F_SETFL, wanted);
}

/* socket_set_nonblock and socket_set_block differ only in the mode and the words. */
static void set_blocking_mode(INTERNAL_FUNCTION_PARAMETERS, bool nonblocking)
{
	zval *zsock;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	if (set_nonblocking(sock, nonblocking) != 0) {
		skng_socket_error(sock, nonblocking ? "unable to set nonblocking mode" : "unable to set blocking mode", errno);
		RETURN_FALSE;
	}
	/* socket_export_stream starts its stream in this mode, whatever another process sharing
	 * the descriptor has set on it since. */
	sock->blocking = !nonblocking;
	RETURN_TRUE;
}

PHP_FUNCTION(socket_set_nonblock)
{
	set_blocking_mode(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

PHP_FUNCTION(socket_set_block)
{
	set_blocking_mode(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}
