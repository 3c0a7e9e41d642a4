/* SPDX-License-Identifier: BSD-3-Clause */
/* sockets-ng: module entry, the Socket class and the error helpers every handler uses. */
#include "php_sockets_ng.h"
#include "ext/standard/info.h"
#include "zend_interfaces.h"

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <linux/filter.h>
#include <linux/if_ether.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

#include "src/core/sk_error.h"
#include "src/core/sk_share.h"
/* The stub's arginfo as the gen_stub.php of the PHP we are built against makes it
 * (scripts/gen-arginfo.sh): 8.4's uses API that 8.2 lacks; 8.5's is 8.4's; 8.6's includes
 * zend_constants.h itself. */
#if PHP_VERSION_ID >= 80600
#include "sockets_arginfo_86.h"
#elif PHP_VERSION_ID >= 80400
#include "sockets_arginfo_84.h"
#else
#include "sockets_arginfo.h"
#endif

ZEND_DECLARE_MODULE_GLOBALS(sockets)

const zend_function_entry *skng_module_functions = ext_functions;

zend_class_entry *skng_addrinfo_ce;
static zend_object_handlers skng_socket_handlers;

/* Process-wide, atomic: Socket objects of all threads draw from it. */
static uint32_t watch_ids;

static zend_object *socket_create_object(zend_class_entry *ce)
{
	skng_socket *sock = zend_object_alloc(sizeof(skng_socket), ce);
	zend_object_std_init(&sock->std, ce);
	object_properties_init(&sock->std, ce);
	sock->std.handlers = &skng_socket_handlers;
	/* As the bundled extension's: what another extension that makes a Socket with object_init_ex
	 * finds before it fills in the descriptor (and maybe the family and mode) itself. */
	sock->fd = -1;
	sock->family = AF_UNSPEC;
	sock->error = 0;
	sock->blocking = 1;
	/* Ours. The type is asked of the kernel when needed; a Socket filled by another extension may
	 * be read by it too, until skng_socket_wrap says the descriptor is ours alone. */
	sock->type = 0;
	sock->from_elsewhere = true;
	sock->sharing_generation = skng_sharing_generation();
	sock->watch_id = __atomic_add_fetch(&watch_ids, 1, __ATOMIC_RELAXED);
	ZVAL_UNDEF(&sock->stream);
	return &sock->std;
}

static zend_function *socket_get_constructor(zend_object *object)
{
	zend_throw_error(NULL, "Cannot directly construct Socket, use socket_create() instead");
	return NULL;
}

static void socket_free_object(zend_object *object)
{
	skng_socket *sock = skng_socket_from_obj(object);
	SKNG_SOCKETS_CHANGED();
	/* With a stream, the stream owns the descriptor: it closes when the stream's last user goes. */
	if (sock->fd >= 0 && Z_ISUNDEF(sock->stream)) {
		skng_select_forget(sock);
		close(sock->fd);
	}
	sock->fd = -1;
	zval_ptr_dtor(&sock->stream);
	ZVAL_UNDEF(&sock->stream);
	zend_object_std_dtor(&sock->std);
}

/* The slow half of skng_socket_is_open, for a Socket with a stream. */
bool skng_socket_closed_by_its_stream(skng_socket *sock)
{
	/* fclose() leaves the resource we hold with type -1: the stream and its descriptor are gone.
	 * The dead resource stays: socket_export_stream returns it and socket_close reports it, as
	 * the bundled extension does. */
	if (!Z_ISUNDEF(sock->stream) && Z_RES(sock->stream)->type < 0) {
		if (sock->fd >= 0) {
			SKNG_SOCKETS_CHANGED();
			sock->fd = -1;
		}
		return true;
	}
	return false;
}

void skng_socket_close(skng_socket *sock)
{
	SKNG_SOCKETS_CHANGED();
	skng_select_forget(sock);
	if (!Z_ISUNDEF(sock->stream)) {
		/* A stream fclose()d already: TypeError "supplied resource is not a valid stream
		 * resource", as with the bundled extension, and the Socket is closed all the same. */
		php_stream *stream = NULL;
		php_stream_from_zval_no_verify(stream, &sock->stream);
		if (stream != NULL) {
			/* Closes the descriptor and invalidates the resource the script may still hold. */
			php_stream_free(stream, PHP_STREAM_FREE_KEEP_RSRC | PHP_STREAM_FREE_CLOSE
				| (stream->is_persistent ? PHP_STREAM_FREE_CLOSE_PERSISTENT : 0));
		}
		zval_ptr_dtor(&sock->stream);
		ZVAL_UNDEF(&sock->stream);
	} else {
		close(sock->fd);
	}
	sock->fd = -1;
}

skng_socket *skng_socket_wrap(zval *out, int fd, int family, int type)
{
	object_init_ex(out, skng_socket_ce);
	skng_socket *sock = Z_SKNG_SOCKET_P(out);
	sock->fd = fd;
	sock->family = family;
	sock->type = type;
	sock->error = 0;
	sock->blocking = 1;
	sock->from_elsewhere = false;
	return sock;
}

skng_socket *skng_socket_wrap_received(zval *out, int fd)
{
	int family = AF_UNSPEC, type = 0;
	socklen_t len = sizeof(family);
	getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &family, &len);
	len = sizeof(type);
	getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len);
	skng_socket *sock = skng_socket_wrap(out, fd, family, type);
	int flags = fcntl(fd, F_GETFL);
	sock->blocking = flags < 0 || !(flags & O_NONBLOCK);
	sock->from_elsewhere = true;
	return sock;
}

/* Process-wide, as descriptors are; atomic, as a thread-safe PHP may fork from any thread. */
static unsigned sharing_generation;

unsigned skng_sharing_generation(void)
{
	return __atomic_load_n(&sharing_generation, __ATOMIC_RELAXED);
}

void skng_descriptors_may_be_shared(void)
{
	__atomic_add_fetch(&sharing_generation, 1, __ATOMIC_RELAXED);
}

/* glibc forgets the handlers of a library that is unloaded, so registering once is enough. */
static pthread_once_t fork_watch_once = PTHREAD_ONCE_INIT;
static void watch_forks(void)
{
	pthread_atfork(NULL, skng_descriptors_may_be_shared, skng_descriptors_may_be_shared);
}

void skng_record_error(skng_socket *sock, int err)
{
	if (sock) {
		sock->error = err;
	}
	SOCKETS_G(last_error) = err;
}

void skng_socket_error(skng_socket *sock, const char *what, int err)
{
	skng_record_error(sock, err);
	if (!sk_error_is_transient(err)) {
		char buf[256];
		php_error_docref(NULL, E_WARNING, "%s [%d]: %s", what, err, sk_strerror(err, buf, sizeof(buf)));
	}
}

static PHP_GINIT_FUNCTION(sockets)
{
#if defined(COMPILE_DL_SOCKETS) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	sockets_globals->last_error = 0;
	sockets_globals->legacy_fds = NULL;
	sockets_globals->strerror_buf[0] = '\0';
	skng_select_globals_init(sockets_globals);
}

static PHP_GSHUTDOWN_FUNCTION(sockets)
{
	skng_select_globals_free(sockets_globals);
}

static PHP_MINIT_FUNCTION(sockets)
{
	register_sockets_symbols(module_number);
	pthread_once(&fork_watch_once, watch_forks);

	skng_socket_ce = register_class_Socket();
	skng_socket_ce->create_object = socket_create_object;

	memcpy(&skng_socket_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	skng_socket_handlers.offset = offsetof(skng_socket, std);
	skng_socket_handlers.free_obj = socket_free_object;
	skng_socket_handlers.get_constructor = socket_get_constructor;
	skng_socket_handlers.clone_obj = NULL;
	skng_socket_handlers.compare = zend_objects_not_comparable;

	skng_addrinfo_ce = register_class_AddressInfo();
	skng_addrinfo_set_handlers(skng_addrinfo_ce);

	return skng_legacy_minit(type, module_number);
}

/* socket_last_error() without a socket starts at 0 in every request: a long-lived SAPI (FPM,
 * mod_php) runs many requests in one process, and the bundled extension lets the last error of
 * one request be seen by the next (tests/install/fpm.sh measures it under both). */
static PHP_RINIT_FUNCTION(sockets)
{
#if defined(COMPILE_DL_SOCKETS) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	SOCKETS_G(last_error) = 0;
	return SUCCESS;
}

/* Ids exported during the request end with it, like its Socket objects; this also stops the
 * agent thread before the module can be unloaded. */
static PHP_RSHUTDOWN_FUNCTION(sockets)
{
	sk_share_release_all(SKNG_SHARE_OWNER);
	skng_select_request_shutdown();
	skng_legacy_rshutdown();
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(sockets)
{
	skng_legacy_mshutdown(type, module_number);
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(sockets)
{
	php_info_print_table_start();
	php_info_print_table_row(2, "Sockets Support", "enabled");
	php_info_print_table_row(2, "sockets-ng version", PHP_SOCKETS_NG_VERSION);
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

zend_module_entry sockets_module_entry = {
	STANDARD_MODULE_HEADER,
	"sockets",
	ext_functions,
	PHP_MINIT(sockets),
	PHP_MSHUTDOWN(sockets),
	PHP_RINIT(sockets),
	PHP_RSHUTDOWN(sockets),
	PHP_MINFO(sockets),
	PHP_SOCKETS_NG_VERSION,
	PHP_MODULE_GLOBALS(sockets),
	PHP_GINIT(sockets),
	PHP_GSHUTDOWN(sockets),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_SOCKETS
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(sockets)
#endif
