/* SPDX-License-Identifier: BSD-3-Clause */
/* sockets-ng: the PHP binding's shared declarations. The core (src/core) knows nothing of these. */
#ifndef PHP_SOCKETS_NG_H
#define PHP_SOCKETS_NG_H

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "src/core/sk_error.h"
#include "src/core/sk_poll.h"
#include "src/core/sk_watch.h"

#include <netdb.h>
#include <stddef.h>   /* offsetof: PHP 8.6 dropped its XtOffsetOf alias */

#define PHP_SOCKETS_NG_VERSION "0.1.0"

/* socket_read() modes; the stub's PHP_NORMAL_READ / PHP_BINARY_READ take these values. */
#define SKNG_NORMAL_READ 1
#define SKNG_BINARY_READ 2

extern zend_module_entry sockets_module_entry;
#define phpext_sockets_ptr &sockets_module_entry

/* What socket_select's previous call was given (socket_select.c): a select loop passes the same
 * sockets again and again, and a call given the same Socket objects at the same places of its
 * arrays, with no Socket closed, freed or given a stream since (socket_changes), asks for what the
 * kept poll set already holds. */
typedef struct skng_select_memo {
	bool valid;
	uint32_t socket_changes;    /* SOCKETS_G(socket_changes) at that call */
	bool present[3];            /* which array arguments were not null */
	bool duplicates[3];
	int added[3];               /* sockets added from each */
	uint32_t used[3];           /* each array's nNumUsed */
	zend_object **objects[3];   /* per position: the Socket there; NULL for a hole; a Socket with a
	                               stream (which may be fclose()d behind our back) never matches */
	size_t capacity[3];
} skng_select_memo;

/* What the C interface exports (socket_cabi.c): the module is built with -fvisibility=hidden, as
 * PHP builds the bundled one, so only these and get_module are seen by other extensions. */
#define SKNG_API __attribute__((visibility("default")))

ZEND_BEGIN_MODULE_GLOBALS(sockets)
	int last_error;   /* socket_last_error() without a socket; first, as in the bundled extension's
	                     globals, whose header's PHP_SOCKET_ERROR macro writes it in other extensions */
	/* socket_select's poll set and kernel interest set, kept from call to call (socket_select.c);
	 * per thread with a thread-safe PHP. A call borrows them; a nested call makes its own set. */
	sk_poll_set select_set;
	sk_watch select_watch;
	bool select_borrowed;
	/* Where each descriptor of the set is in each array argument, and a bitmap of array positions:
	 * the results are built from the ready descriptors alone, not by scanning every element. */
	uint32_t *select_positions[3];
	size_t select_positions_capacity;
	uint64_t *select_bitmap;
	size_t select_bitmap_words;
	skng_select_memo select_memo;
	uint32_t socket_changes;   /* counts Socket objects closed, freed or given a stream */
	HashTable *legacy_fds;  /* PHP 4.0 names (sockets.legacy_names): descriptors socket() and
	                           accept_connect() made in this request, closed at its end; NULL until
	                           the first */
	char strerror_buf[256]; /* what sockets_strerror() returned last, for the C interface */
ZEND_END_MODULE_GLOBALS(sockets)

/* sockets_globals (sockets_globals_id with a thread-safe PHP) is part of the C interface. */
SKNG_API ZEND_EXTERN_MODULE_GLOBALS(sockets)
_Static_assert(offsetof(zend_sockets_globals, last_error) == 0, "last_error first, as the bundled globals");
#define SOCKETS_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(sockets, v)

/* Who owns the sharing ids a request exports (sk_share): the request's module globals, one set per
 * thread with a thread-safe PHP, so the end of one request releases its own ids only. */
#define SKNG_SHARE_OWNER ((const void *) ZEND_MODULE_GLOBALS_BULK(sockets))

/* A Socket object. From fd to std it is laid out as the bundled extension's php_socket
 * (ext/sockets/php_sockets.h: bsd_socket, type, error, blocking, zstream, then the zend_object),
 * since extensions built against that header (pecl event, Swoole) find those fields from the object
 * with offsets of their own and read and write them (docs: README "C interface"). Our own state goes
 * before fd, never between fd and std. */
typedef struct skng_socket {
	int type;          /* SOCK_*, or 0 until needed and asked of the kernel (an extension that makes a
	                      Socket fills in the descriptor only) */
	bool from_elsewhere;        /* received, imported, handed to another process, or made by another
	                               extension: others may read it */
	unsigned sharing_generation; /* skng_sharing_generation() when it was made */
	uint32_t watch_id; /* tells this Socket from an earlier one that had the same descriptor number,
	                      for socket_select's kept kernel set (sk_watch) */
	/* php_socket's fields, in its order and with its types. */
	int fd;            /* bsd_socket: -1 once closed */
	int family;        /* type: the AF_* it was created with (the bundled "type" holds the family) */
	int error;         /* socket_last_error($socket) */
	int blocking;      /* the mode this Socket last set (socket_set_block/_nonblock), or found when it
	                      was imported or received: what a stream exported from it starts with, as in
	                      the bundled extension (the descriptor's own flag is shared with other
	                      processes holding it, which may change it) */
	zval stream;       /* zstream: the stream it was imported from or exported to, else UNDEF; the
	                      stream then owns the descriptor */
	zend_object std;
} skng_socket;

/* The bundled php_socket's layout, the same in the headers of PHP 8.2, 8.4, 8.5 and 8.6 (Debian's
 * php8.x-dev), for the checks below: where each field is, counted back from the zend_object, must
 * be the same in ours. */
typedef struct skng_bundled_php_socket {
	int bsd_socket;
	int type;
	int error;
	int blocking;
	zval zstream;
	zend_object std;
} skng_bundled_php_socket;
#define SKNG_FROM_STD(type, field) (offsetof(type, std) - offsetof(type, field))
_Static_assert(SKNG_FROM_STD(skng_socket, fd) == SKNG_FROM_STD(skng_bundled_php_socket, bsd_socket), "bsd_socket");
_Static_assert(SKNG_FROM_STD(skng_socket, family) == SKNG_FROM_STD(skng_bundled_php_socket, type), "type");
_Static_assert(SKNG_FROM_STD(skng_socket, error) == SKNG_FROM_STD(skng_bundled_php_socket, error), "error");
_Static_assert(SKNG_FROM_STD(skng_socket, blocking) == SKNG_FROM_STD(skng_bundled_php_socket, blocking), "blocking");
_Static_assert(SKNG_FROM_STD(skng_socket, stream) == SKNG_FROM_STD(skng_bundled_php_socket, zstream), "zstream");

/* Counts the events after which a descriptor of this process may also be read by another one:
 * fork() (either side), descriptors sent with SCM_RIGHTS, sharing ids exported. A Socket made
 * before the latest such event may be shared; PHP_NORMAL_READ then reads as the bundled
 * extension does (one byte per call), since a peek could be overtaken by the other reader. */
unsigned skng_sharing_generation(void);
void skng_descriptors_may_be_shared(void);
static inline bool skng_socket_may_be_shared(const skng_socket *sock)
{
	return sock->from_elsewhere || sock->sharing_generation != skng_sharing_generation();
}

/* The Socket class; also exported as socket_ce, the name in the bundled php_sockets.h. */
extern zend_class_entry *skng_socket_ce;
extern zend_class_entry *skng_addrinfo_ce;

/* Gives the AddressInfo class its object handlers (MINIT). */
void skng_addrinfo_set_handlers(zend_class_entry *ce);

static inline skng_socket *skng_socket_from_obj(zend_object *obj)
{
	return (skng_socket *) ((char *) obj - offsetof(skng_socket, std));
}
#define Z_SKNG_SOCKET_P(zv) skng_socket_from_obj(Z_OBJ_P(zv))

/* A new Socket object wrapping fd (which it then owns), in return_value or any zval. */
skng_socket *skng_socket_wrap(zval *out, int fd, int family, int type);
/* A Socket for a descriptor that came from elsewhere (SCM_RIGHTS, a sharing id): family and type
 * asked of the kernel. */
skng_socket *skng_socket_wrap_received(zval *out, int fd);

/* Whether the Socket may still use its descriptor: not socket_close()d, and its stream, if it has
 * one, not fclose()d. The stream owns the descriptor, so once the stream is closed the number may
 * name another file: the Socket then forgets the number (fd -1) and keeps the dead resource, which
 * tells it from a socket_close()d one (skng_socket_lost_its_stream). Anything that takes a
 * Socket's fd asks this first, not sock->fd < 0. */
bool skng_socket_closed_by_its_stream(skng_socket *sock);
static zend_always_inline bool skng_socket_is_open(skng_socket *sock)
{
	if (EXPECTED(sock->fd >= 0 && Z_ISUNDEF(sock->stream))) {
		return true;
	}
	return sock->fd >= 0 && !skng_socket_closed_by_its_stream(sock);
}
static zend_always_inline bool skng_socket_lost_its_stream(skng_socket *sock)
{
	return !skng_socket_is_open(sock) && !Z_ISUNDEF(sock->stream);
}

/* After parsing: a socket_close()d Socket argument is an Error, with the bundled extension's words.
 * One whose stream was fclose()d goes on with fd -1: PHP's contract there is the system's answer
 * for a descriptor no longer open (EBADF, warned and recorded as usual), which the bundled
 * extension gives by calling the system with the stale number; -1 gives it without touching a file
 * that may have taken that number. */
#define SKNG_CHECK_OPEN(sock, arg_num) \
	do { \
		if (!skng_socket_is_open(sock) && Z_ISUNDEF((sock)->stream)) { \
			zend_argument_error(NULL, (arg_num), "has already been closed"); \
			RETURN_THROWS(); \
		} \
	} while (0)

/* Closes the socket's descriptor, through its stream when it has one. */
void skng_socket_close(skng_socket *sock);

/* A new AddressInfo object owning a deep copy of info (ai_next not followed). */
void skng_addrinfo_wrap(zval *out, const struct addrinfo *info);

/* Records err as the socket's and the global last error. */
void skng_record_error(skng_socket *sock, int err);

/* Records err and, unless it only means "try again" on a non-blocking socket, warns
 * "<what> [<err>]: <text>" as the bundled extension does. */
void skng_socket_error(skng_socket *sock, const char *what, int err);

/* Fills addr and addr_len for bind, connect and sendto from the address (and port) arguments,
 * as the socket's family wants. On failure it has warned or thrown and returns false. */
bool skng_address_from_args(skng_socket *sock, zend_string *address, uint32_t address_arg,
	zend_long port, bool port_is_null, uint32_t port_arg, void *addr, socklen_t *addr_len);

/* The host part only, for an AF_INET or AF_INET6 address (multicast groups, pktinfo): warns
 * and returns false when the lookup fails. */
/* PHP 8.5's ValueError for a port outside 0..65535 (argument arg); always true before 8.5. */
bool skng_check_port(zend_long port, uint32_t arg);
bool skng_inet_address(skng_socket *sock, int family, const char *host, void *addr, socklen_t *addr_len);

/* Options. socket_get_option/socket_set_option look the (level, option) pair up in one table
 * (socket_options.c); a pair it does not list is a plain int. A getter sets return_value, or has
 * warned or thrown and returns false; a setter returns true, or false after a warning or an
 * exception. */
typedef bool (*skng_option_getter)(skng_socket *sock, int level, int option, zval *return_value);
typedef bool (*skng_option_setter)(skng_socket *sock, int level, int option, zval *value);

/* The table's rows for multicast and IPv6 packet info (socket_multicast.c). */
bool skng_get_ip_multicast_if(skng_socket *sock, int level, int option, zval *return_value);
bool skng_set_ip_multicast_if(skng_socket *sock, int level, int option, zval *value);
bool skng_set_ip_multicast_ttl(skng_socket *sock, int level, int option, zval *value);
bool skng_set_ip_multicast_loop(skng_socket *sock, int level, int option, zval *value);
bool skng_set_ipv6_multicast_loop(skng_socket *sock, int level, int option, zval *value);
bool skng_set_ipv6_multicast_if(skng_socket *sock, int level, int option, zval *value);
bool skng_set_ipv6_multicast_hops(skng_socket *sock, int level, int option, zval *value);
bool skng_set_multicast_membership(skng_socket *sock, int level, int option, zval *value);
bool skng_get_ipv6_pktinfo(skng_socket *sock, int level, int option, zval *return_value);
bool skng_set_ipv6_pktinfo(skng_socket *sock, int level, int option, zval *value);

/* setsockopt() of raw bytes; warns "Unable to set socket option" on failure. */
bool skng_set_option_bytes(skng_socket *sock, int level, int option, const void *raw, socklen_t len);

/* IPV6_PKTINFO's {addr, ifindex} array (socket_msg.c); false after the conversion's warning. */
struct in6_pktinfo;
bool skng_pktinfo_from_zval(skng_socket *sock, zval *value, struct in6_pktinfo *out);

/* Whether socket_set_option() has set SO_PEEK_OFF on any socket of this process: only then does
 * PHP_NORMAL_READ pay a getsockopt per line to see whether peeking starts at an offset. */
bool skng_peek_offset_may_be_set(void);

/* socket_select's state kept between calls: made per thread (GINIT), emptied at the end of each
 * request (RSHUTDOWN: nothing one request watched is seen by the next), freed (GSHUTDOWN). */
void skng_select_globals_init(zend_sockets_globals *globals);
void skng_select_request_shutdown(void);
void skng_select_globals_free(zend_sockets_globals *globals);

/* When the process is out of descriptors (EMFILE): closes socket_select's kernel set, if it has one,
 * so that the call can be retried with that descriptor free; socket_select then polls until it
 * can make a set again. Returns whether a descriptor was freed. The bundled extension holds no
 * descriptor of its own: a program that counts on the last one gets it here too. */
bool skng_select_give_up_descriptor(void);

/* A Socket was closed, freed or given a stream: socket_select's memo of its last call is stale. */
#define SKNG_SOCKETS_CHANGED() (SOCKETS_G(socket_changes)++)

/* Before a Socket's descriptor is closed: socket_select's kernel set lets go of it. */
void skng_select_forget(skng_socket *sock);

/* The module's own function entries (ext_functions of module.c): the legacy APIs are the entries of
 * the stub that are not among them (socket_legacy.c). */
extern const zend_function_entry *skng_module_functions;

/* The legacy APIs of issue 14 (socket_legacy.c): INI settings sockets.legacy_iovec and
 * sockets.legacy_names, read at MINIT, register the PHP 4.1 iovec set and the PHP 4.0 names. */
zend_result skng_legacy_minit(int type, int module_number);
void skng_legacy_mshutdown(int type, int module_number);
void skng_legacy_rshutdown(void);
/* The SocketIovec class and its handlers (socket_iovec.c), given the registered class. */
void skng_iovec_set_handlers(zend_class_entry *ce);
/* Closes the descriptors the PHP 4.0 names opened in this request (socket_php40.c). */
void skng_php40_close_all(void);

#endif
