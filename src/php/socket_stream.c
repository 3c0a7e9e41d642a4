/* SPDX-License-Identifier: BSD-3-Clause */
/* Streams: socket_import_stream, socket_export_stream. A Socket and its stream share one
 * descriptor, which the stream owns: closing either closes it for both. */
#include "php_sockets_ng.h"
#include "php_network.h"
#include "ext/standard/file.h"

#include <fcntl.h>
#include <sys/socket.h>

PHP_FUNCTION(socket_import_stream)
{
	zval *zstream;
	php_stream *stream;
	php_socket_t fd;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_RESOURCE(zstream)
	ZEND_PARSE_PARAMETERS_END();

	php_stream_from_zval(stream, zstream);

	/* The stream layer warns for streams that are not sockets and for buffered data lost. */
	if (php_stream_cast(stream, PHP_STREAM_AS_SOCKETD, (void **) &fd, 1) != SUCCESS) {
		RETURN_FALSE;
	}

	int family = 0;
	socklen_t len = sizeof(family);
	if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &family, &len) != 0) {
		skng_socket_error(NULL, "Unable to obtain socket family", errno);
		RETURN_FALSE;
	}
	int flags = fcntl(fd, F_GETFL);
	if (flags < 0) {
		skng_socket_error(NULL, "Unable to obtain blocking state", errno);
		RETURN_FALSE;
	}

	skng_socket *sock = skng_socket_wrap(return_value, fd, family, 0);
	sock->from_elsewhere = true;   /* a stream's descriptor may have come from anywhere */
	sock->blocking = !(flags & O_NONBLOCK);
	ZVAL_COPY(&sock->stream, zstream);
	SKNG_SOCKETS_CHANGED();
	/* Reads through the Socket bypass the stream's buffer, so the stream must not buffer. */
	php_stream_set_option(stream, PHP_STREAM_OPTION_READ_BUFFER, PHP_STREAM_BUFFER_NONE, NULL);
}

/* The stream transport matching the socket, so the stream acts like one the script opened. */
static const char *transport_for(int fd, int family)
{
	int type = 0, protocol = 0;
	socklen_t len = sizeof(type);
	if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0) {
		return NULL;
	}
	if (family == AF_INET || family == AF_INET6) {
		if (type == SOCK_STREAM) {
			len = sizeof(protocol);
			getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &protocol, &len);
			return protocol == IPPROTO_TCP ? "tcp://" : NULL;
		}
		return type == SOCK_DGRAM ? "udp://" : NULL;
	}
	if (family == AF_UNIX) {
		return type == SOCK_STREAM ? "unix://" : (type == SOCK_DGRAM ? "udg://" : NULL);
	}
	return NULL;
}

PHP_FUNCTION(socket_export_stream)
{
	zval *zsock;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	/* Imported, or exported before: always the same stream. */
	if (!Z_ISUNDEF(sock->stream)) {
		RETURN_COPY(&sock->stream);
	}

	php_stream *stream = NULL;
	const char *transport = transport_for(sock->fd, sock->family);
	if (transport != NULL) {
		/* A transport stream that does nothing yet: no address, so it opens nothing. */
		stream = php_stream_xport_create(transport, strlen(transport), 0, 0, NULL, NULL, NULL, NULL, NULL);
	}
	if (stream == NULL) {
		stream = php_stream_sock_open_from_socket(sock->fd, 0);
		if (stream == NULL) {
			php_error_docref(NULL, E_WARNING, "Failed to create stream");
			RETURN_FALSE;
		}
	}

	php_netstream_data_t *net = (php_netstream_data_t *) stream->abstract;
	net->socket = sock->fd;
	/* The Socket's record, not the descriptor's flag, which a process sharing it may have changed. */
	net->is_blocked = sock->blocking;
	net->timeout.tv_sec = FG(default_socket_timeout);
	net->timeout.tv_usec = 0;

	php_stream_to_zval(stream, &sock->stream);
	SKNG_SOCKETS_CHANGED();
	/* Its stream may close the descriptor (fclose) without a word to us: out of socket_select's
	 * kernel set now, while the number names the file (a Socket with a stream is polled). */
	skng_select_forget(sock);
	RETURN_COPY(&sock->stream);
}
