/* Socket options: socket_get_option / socket_getopt, socket_set_option / socket_setopt.
 * Most options are ints; a few have array or string values, as in the bundled extension. */
#include "php_sockets_ng.h"

#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <stdatomic.h>

#ifndef SO_PEEK_OFF
#define SO_PEEK_OFF 42
#endif

/* Set once, never cleared: a process-wide hint read by PHP_NORMAL_READ (threads only ever store
 * true). */
static atomic_bool peek_offset_set;

bool skng_peek_offset_may_be_set(void)
{
	return atomic_load_explicit(&peek_offset_set, memory_order_relaxed);
}

/* SO_MEMINFO's counters, in the kernel's order (SK_MEMINFO_*). */
static const char *const meminfo_keys[] = {
	"rmem_alloc", "rcvbuf", "wmem_alloc", "sndbuf", "fwd_alloc", "wmem_queued", "optmem", "backlog", "drops"
};

static bool get_option_value(skng_socket *sock, int level, int option, void *value, socklen_t *len)
{
	if (getsockopt(sock->fd, level, option, value, len) != 0) {
		skng_socket_error(sock, "Unable to retrieve socket option", errno);
		return false;
	}
	return true;
}

PHP_FUNCTION(socket_get_option)
{
	zval *zsock;
	zend_long level, option;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_LONG(level)
		Z_PARAM_LONG(option)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	switch (skng_get_ip_option(sock, (int) level, (int) option, return_value)) {
		case SKNG_OPTION_DONE:
			return;
		case SKNG_OPTION_FAILED:
			RETURN_FALSE;
		case SKNG_OPTION_NOT_HANDLED:
			break;
	}

#ifdef TCP_CONGESTION
	if (level == IPPROTO_TCP && option == TCP_CONGESTION) {
		char name[16]; /* TCP_CA_NAME_MAX in the kernel */
		socklen_t len = sizeof(name);
		if (!get_option_value(sock, (int) level, (int) option, name, &len)) {
			RETURN_FALSE;
		}
		array_init(return_value);
		add_assoc_stringl(return_value, "name", name, strnlen(name, len));
		return;
	}
#endif

	switch (option) {
		case SO_LINGER: {
			struct linger linger;
			socklen_t len = sizeof(linger);
			if (!get_option_value(sock, (int) level, (int) option, &linger, &len)) {
				RETURN_FALSE;
			}
			array_init(return_value);
			add_assoc_long(return_value, "l_onoff", linger.l_onoff);
			add_assoc_long(return_value, "l_linger", linger.l_linger);
			return;
		}
		case SO_RCVTIMEO:
		case SO_SNDTIMEO: {
			struct timeval tv;
			socklen_t len = sizeof(tv);
			if (!get_option_value(sock, (int) level, (int) option, &tv, &len)) {
				RETURN_FALSE;
			}
			array_init(return_value);
			add_assoc_long(return_value, "sec", tv.tv_sec);
			add_assoc_long(return_value, "usec", tv.tv_usec);
			return;
		}
#ifdef SO_MEMINFO
		case SO_MEMINFO: {
			uint32_t counters[SK_MEMINFO_VARS];
			socklen_t len = sizeof(counters);
			if (!get_option_value(sock, (int) level, (int) option, counters, &len)) {
				RETURN_FALSE;
			}
			if (len != sizeof(counters)) {
				php_error_docref(NULL, E_WARNING, "Unable to retrieve all socket meminfo data");
				RETURN_FALSE;
			}
			array_init(return_value);
			for (size_t i = 0; i < sizeof(meminfo_keys) / sizeof(meminfo_keys[0]); i++) {
				add_assoc_long(return_value, meminfo_keys[i], counters[i]);
			}
			return;
		}
#endif
		default: {
			int value = 0;
			socklen_t len = sizeof(value);
			if (!get_option_value(sock, (int) level, (int) option, &value, &len)) {
				RETURN_FALSE;
			}
			/* Some options are a single byte. */
			if (len == 1) {
				value = *(unsigned char *) &value;
			}
			RETURN_LONG(value);
		}
	}
}

/* Finds key in an option's array value; a missing key is the bundled extension's ValueError. */
static zval *required_key(HashTable *value, const char *key)
{
	zval *found = zend_hash_str_find(value, key, strlen(key));
	if (found == NULL) {
		zend_argument_value_error(4, "must have key \"%s\"", key);
	}
	return found;
}

/* The array form of an option value: arrays as they are, anything else as a one-element array. */
static HashTable *option_array(zval *value, zval *holder)
{
	if (Z_TYPE_P(value) == IS_ARRAY) {
		return Z_ARRVAL_P(value);
	}
	ZVAL_COPY(holder, value);
	convert_to_array(holder);
	return Z_ARRVAL_P(holder);
}

PHP_FUNCTION(socket_set_option)
{
	zval *zsock, *value;
	zend_long level, option;
	skng_socket *sock;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_LONG(level)
		Z_PARAM_LONG(option)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	struct linger linger;
	struct timeval tv;
	int int_value;
	const void *raw = &int_value;
	socklen_t raw_len = sizeof(int_value);
	zval holder;
	ZVAL_UNDEF(&holder);

	switch (skng_set_ip_option(sock, (int) level, (int) option, value)) {
		case SKNG_OPTION_DONE:
			RETURN_TRUE;
		case SKNG_OPTION_FAILED:
			if (EG(exception)) {
				RETURN_THROWS();
			}
			RETURN_FALSE;
		case SKNG_OPTION_NOT_HANDLED:
			break;
	}

#ifdef TCP_CONGESTION
	if (level == IPPROTO_TCP && option == TCP_CONGESTION) {
		/* An algorithm name; anything else is an empty name, which the kernel refuses. */
		raw = Z_TYPE_P(value) == IS_STRING ? Z_STRVAL_P(value) : "";
		raw_len = Z_TYPE_P(value) == IS_STRING ? (socklen_t) Z_STRLEN_P(value) : 0;
		goto set;
	}
#endif

	switch (option) {
		case SO_LINGER: {
			HashTable *fields = option_array(value, &holder);
			zval *onoff = required_key(fields, "l_onoff");
			zval *seconds = onoff ? required_key(fields, "l_linger") : NULL;
			if (!seconds) {
				zval_ptr_dtor(&holder);
				RETURN_THROWS();
			}
			linger.l_onoff = (unsigned short) zval_get_long(onoff);
			linger.l_linger = (unsigned short) zval_get_long(seconds);
			raw = &linger;
			raw_len = sizeof(linger);
			break;
		}
		case SO_RCVTIMEO:
		case SO_SNDTIMEO: {
			HashTable *fields = option_array(value, &holder);
			zval *sec = required_key(fields, "sec");
			zval *usec = sec ? required_key(fields, "usec") : NULL;
			if (!usec) {
				zval_ptr_dtor(&holder);
				RETURN_THROWS();
			}
			tv.tv_sec = zval_get_long(sec);
			tv.tv_usec = zval_get_long(usec);
			raw = &tv;
			raw_len = sizeof(tv);
			break;
		}
#ifdef SO_BINDTODEVICE
		case SO_BINDTODEVICE:
			/* An interface name; anything else unbinds. */
			if (Z_TYPE_P(value) == IS_STRING) {
				raw = Z_STRVAL_P(value);
				raw_len = (socklen_t) Z_STRLEN_P(value);
			} else {
				raw = "";
				raw_len = 0;
			}
			break;
#endif
		default:
			int_value = (int) zval_get_long(value);
			if (EG(exception)) {
				RETURN_THROWS();
			}
			break;
	}

#ifdef TCP_CONGESTION
set:
#endif
	if (level == SOL_SOCKET && option == SO_PEEK_OFF) {
		atomic_store_explicit(&peek_offset_set, true, memory_order_relaxed);
	}
	if (setsockopt(sock->fd, (int) level, (int) option, raw, raw_len) != 0) {
		zval_ptr_dtor(&holder);
		skng_socket_error(sock, "Unable to set socket option", errno);
		RETURN_FALSE;
	}
	zval_ptr_dtor(&holder);
	RETURN_TRUE;
}
