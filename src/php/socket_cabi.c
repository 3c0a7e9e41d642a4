/* SPDX-License-Identifier: BSD-3-Clause */
/* The C interface: what extensions built against the bundled ext/sockets/php_sockets.h link
 * against (pecl event, Swoole with --enable-sockets). Besides the Socket object's layout
 * (php_sockets_ng.h) and the module globals (sockets_globals / sockets_globals_id, module.c), the
 * header declares three symbols, exported here with the bundled meaning and calling convention. */
#include "php_sockets_ng.h"

#include <fcntl.h>
#include <sys/socket.h>

/* One object under two names: the binding's, and the header's socket_ce (an alias, so no copy can
 * disagree with the other). */
zend_class_entry *skng_socket_ce;
extern SKNG_API zend_class_entry *socket_ce __attribute__((alias("skng_socket_ce")));

/* The text for an error code, as socket_strerror() words it. The bundled one returns strerror()'s
 * string or a buffer of its module globals, which the caller must not free and which the next call
 * may overwrite: ours is a buffer of the module globals too (per thread with a thread-safe PHP). */
SKNG_API char *sockets_strerror(int error)
{
	const char *text = sk_strerror(error, SOCKETS_G(strerror_buf), sizeof(SOCKETS_G(strerror_buf)));
	return (char *) (text != NULL ? text : "");
}

/* Fills a Socket the caller made with object_init_ex(socket_ce) from a descriptor it owns from then
 * on: family and blocking mode asked of the kernel, as the bundled one does. On failure it has
 * warned and recorded the error; the descriptor is set all the same, so releasing the object closes
 * it (as with the bundled one). PHP 8.3 made the result a bool. */
#if PHP_VERSION_ID >= 80300
SKNG_API bool socket_import_file_descriptor(int fd, skng_bundled_php_socket *view)
#else
SKNG_API int socket_import_file_descriptor(int fd, skng_bundled_php_socket *view)
#endif
{
	/* The caller's pointer is to its php_socket (Z_SOCKET_P: its own offset back from the object),
	 * which starts at our fd: our struct starts before it. */
	skng_socket *sock = skng_socket_from_obj(&view->std);
	sock->fd = fd;
	sock->type = 0;
	sock->from_elsewhere = true;   /* the caller may keep reading it (an event loop, a dup) */

	int family = AF_UNSPEC;
	socklen_t len = sizeof(family);
	if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &family, &len) != 0) {
		struct sockaddr_storage addr;
		len = sizeof(addr);
		if (getsockname(fd, (struct sockaddr *) &addr, &len) != 0) {
			skng_socket_error(sock, "Unable to obtain socket family", errno);
			return 0;
		}
		family = addr.ss_family;
	}
	sock->family = family;

	int flags = fcntl(fd, F_GETFL);
	if (flags < 0) {
		skng_socket_error(sock, "Unable to obtain blocking state", errno);
		return 0;
	}
	sock->blocking = !(flags & O_NONBLOCK);
	return 1;
}
