/* SPDX-License-Identifier: BSD-3-Clause */
/* Socket options: socket_get_option / socket_getopt, socket_set_option / socket_setopt.
 * An option is a (level, option) pair. One table lists every pair whose value is not a plain
 * int, with its getter and setter; every other pair is an int both ways. The same number means
 * different options at different levels (SO_LINGER and IP_RECVTOS are both 13), so a lookup
 * always uses both keys. */
#include "php_sockets_ng.h"

#include <limits.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <stdatomic.h>
#include <sys/socket.h>
#include <sys/time.h>

#ifndef SO_PEEK_OFF
#define SO_PEEK_OFF 42
#endif

/* --- plain ints ------------------------------------------------------------------------ */

static bool get_option_value(skng_socket *sock, int level, int option, void *value, socklen_t *len)
{
	if (getsockopt(sock->fd, level, option, value, len) != 0) {
		skng_socket_error(sock, "Unable to retrieve socket option", errno);
		return false;
	}
	return true;
}

bool skng_set_option_bytes(skng_socket *sock, int level, int option, const void *raw, socklen_t len)
{
	if (setsockopt(sock->fd, level, option, raw, len) != 0) {
		skng_socket_error(sock, "Unable to set socket option", errno);
		return false;
	}
	return true;
}

static bool get_int(skng_socket *sock, int level, int option, zval *return_value)
{
	int value = 0;   /* an option the kernel answers with zero bytes reads as 0 */
	socklen_t len = sizeof(value);
	if (!get_option_value(sock, level, option, &value, &len)) {
		return false;
	}
	/* Some options are a single byte. */
	if (len == 1) {
		value = *(unsigned char *) &value;
	}
	RETVAL_LONG(value);
	return true;
}

static bool set_int(skng_socket *sock, int level, int option, zval *value)
{
	int number = (int) zval_get_long(value);
	if (EG(exception)) {
		return false;
	}
	return skng_set_option_bytes(sock, level, option, &number, sizeof(number));
}

/* --- SO_LINGER, SO_RCVTIMEO, SO_SNDTIMEO: arrays ------------------------------------------- */

/* Finds key in an option's array value; a missing key is the bundled extension's ValueError. */
static zval *required_key(HashTable *value, const char *key)
{
	zval *found = zend_hash_str_find(value, key, strlen(key));
	if (found == NULL) {
		zend_argument_value_error(4, "must have key \"%s\"", key);
	}
	return found;
}

/* The array form of an option value, in holder (a copy: the caller's value is never changed).
 * PHP 8.2 makes anything else a one-element array (so a missing key is reported); 8.4 takes
 * arrays and objects only, and says which option wanted one. */
static HashTable *option_array(zval *value, zval *holder, const char *option_name)
{
#if PHP_VERSION_ID >= 80400
	if (Z_TYPE_P(value) != IS_ARRAY && Z_TYPE_P(value) != IS_OBJECT) {
		zend_argument_type_error(4, "must be of type array when argument #3 ($option) is %s, %s given",
			option_name, zend_zval_value_name(value));
		return NULL;
	}
#else
	(void) option_name;
#endif
	ZVAL_COPY(holder, value);
	convert_to_array(holder);
	return Z_ARRVAL_P(holder);
}

static bool get_linger(skng_socket *sock, int level, int option, zval *return_value)
{
	struct linger linger;
	socklen_t len = sizeof(linger);
	if (!get_option_value(sock, level, option, &linger, &len)) {
		return false;
	}
	array_init(return_value);
	add_assoc_long(return_value, "l_onoff", linger.l_onoff);
	add_assoc_long(return_value, "l_linger", linger.l_linger);
	return true;
}

/* One field of struct linger. PHP 8.4 refuses values outside 0..65535; 8.2 keeps the low 16 bits. */
static bool linger_field(zval *field, const char *key, unsigned short *out)
{
	zend_long number = zval_get_long(field);
#if PHP_VERSION_ID >= 80400
	if (number < 0 || number > USHRT_MAX) {
		zend_argument_value_error(4, "\"%s\" must be between 0 and %u", key, USHRT_MAX);
		return false;
	}
#else
	(void) key;
#endif
	*out = (unsigned short) number;
	return true;
}

static bool set_linger(skng_socket *sock, int level, int option, zval *value)
{
	zval holder;
	ZVAL_UNDEF(&holder);
	HashTable *fields = option_array(value, &holder, "SO_LINGER");
	zval *onoff = fields ? required_key(fields, "l_onoff") : NULL;
	zval *seconds = onoff ? required_key(fields, "l_linger") : NULL;
	unsigned short on = 0, secs = 0;
	bool ok = seconds && linger_field(onoff, "l_onoff", &on) && linger_field(seconds, "l_linger", &secs);
	zval_ptr_dtor(&holder);
	if (!ok) {
		return false;
	}
	struct linger linger = { .l_onoff = on, .l_linger = secs };
	return skng_set_option_bytes(sock, level, option, &linger, sizeof(linger));
}

static bool get_timeval(skng_socket *sock, int level, int option, zval *return_value)
{
	struct timeval tv;
	socklen_t len = sizeof(tv);
	if (!get_option_value(sock, level, option, &tv, &len)) {
		return false;
	}
	array_init(return_value);
	add_assoc_long(return_value, "sec", tv.tv_sec);
	add_assoc_long(return_value, "usec", tv.tv_usec);
	return true;
}

static bool set_timeval(skng_socket *sock, int level, int option, zval *value)
{
	zval holder;
	ZVAL_UNDEF(&holder);
	HashTable *fields = option_array(value, &holder, option == SO_RCVTIMEO ? "SO_RCVTIMEO" : "SO_SNDTIMEO");
	zval *sec = fields ? required_key(fields, "sec") : NULL;
	zval *usec = sec ? required_key(fields, "usec") : NULL;
	struct timeval tv = { 0, 0 };
	if (usec) {
		tv.tv_sec = zval_get_long(sec);
		tv.tv_usec = zval_get_long(usec);
	}
	zval_ptr_dtor(&holder);
	if (!usec) {
		return false;
	}
	return skng_set_option_bytes(sock, level, option, &tv, sizeof(tv));
}

/* --- names: SO_BINDTODEVICE, TCP_CONGESTION ---------------------------------------------- */

/* An interface or algorithm name. Before PHP 8.5 anything but a string is the empty name
 * (unbinds a device; the kernel refuses it as a congestion algorithm); 8.5 throws a TypeError. */
static bool set_name(skng_socket *sock, int level, int option, zval *value, const char *option_name)
{
	if (Z_TYPE_P(value) == IS_STRING) {
		return skng_set_option_bytes(sock, level, option, Z_STRVAL_P(value), (socklen_t) Z_STRLEN_P(value));
	}
#if PHP_VERSION_ID >= 80500
	zend_argument_type_error(4, "must be of type string when argument #3 ($option) is %s, %s given",
		option_name, zend_zval_value_name(value));
	return false;
#else
	(void) option_name;
	return skng_set_option_bytes(sock, level, option, "", 0);
#endif
}

#ifdef SO_BINDTODEVICE
static bool set_device_name(skng_socket *sock, int level, int option, zval *value)
{
	return set_name(sock, level, option, value, "SO_BINDTODEVICE");
}
#endif

#ifdef TCP_CONGESTION
static bool set_congestion_name(skng_socket *sock, int level, int option, zval *value)
{
	return set_name(sock, level, option, value, "TCP_CONGESTION");
}
#endif

#if PHP_VERSION_ID >= 80500 && defined(UDP_SEGMENT)
/* PHP 8.5 checks the segment size against a 16-bit field (8.5's words have a stray "of"). */
static bool set_udp_segment(skng_socket *sock, int level, int option, zval *value)
{
	zend_long size = zval_get_long(value);
	if (EG(exception)) {
		return false;
	}
	if (size < 0 || size > USHRT_MAX) {
#if PHP_VERSION_ID >= 80600
		zend_argument_value_error(4, "must be between 0 and %u", USHRT_MAX);
#else
		zend_argument_value_error(4, "must be of between 0 and %u", USHRT_MAX);
#endif
		return false;
	}
	int number = (int) size;
	return skng_set_option_bytes(sock, level, option, &number, sizeof(number));
}
#endif

#ifdef TCP_CONGESTION
static bool get_congestion(skng_socket *sock, int level, int option, zval *return_value)
{
	char name[16]; /* TCP_CA_NAME_MAX in the kernel */
	socklen_t len = sizeof(name);
	if (!get_option_value(sock, level, option, name, &len)) {
		return false;
	}
	array_init(return_value);
	add_assoc_stringl(return_value, "name", name, strnlen(name, len));
	return true;
}
#endif

/* --- SO_MEMINFO ------------------------------------------------------------------------ */

#ifdef SO_MEMINFO
/* SO_MEMINFO's counters, in the kernel's order (SK_MEMINFO_*). */
static const char *const meminfo_keys[] = {
	"rmem_alloc", "rcvbuf", "wmem_alloc", "sndbuf", "fwd_alloc", "wmem_queued", "optmem", "backlog", "drops"
};

static bool get_meminfo(skng_socket *sock, int level, int option, zval *return_value)
{
	uint32_t counters[SK_MEMINFO_VARS];
	socklen_t len = sizeof(counters);
	if (!get_option_value(sock, level, option, counters, &len)) {
		return false;
	}
	if (len != sizeof(counters)) {
		php_error_docref(NULL, E_WARNING, "Unable to retrieve all socket meminfo data");
		return false;
	}
	array_init(return_value);
	for (size_t i = 0; i < sizeof(meminfo_keys) / sizeof(meminfo_keys[0]); i++) {
		add_assoc_long(return_value, meminfo_keys[i], counters[i]);
	}
	return true;
}
#endif

/* --- SO_PEEK_OFF: an int, noted for PHP_NORMAL_READ ------------------------------------------ */

/* Set once, never cleared: a process-wide hint (threads only ever store true). */
static atomic_bool peek_offset_set;

bool skng_peek_offset_may_be_set(void)
{
	return atomic_load_explicit(&peek_offset_set, memory_order_relaxed);
}

static bool set_peek_offset(skng_socket *sock, int level, int option, zval *value)
{
	atomic_store_explicit(&peek_offset_set, true, memory_order_relaxed);
	return set_int(sock, level, option, value);
}

/* --- SO_ATTACH_REUSEPORT_CBPF (PHP 8.3) ------------------------------------------------------ */

/* On every PHP: the constant is defined on 8.2 too, where the bundled extension has neither. */
#ifdef SO_ATTACH_REUSEPORT_CBPF
#include <linux/filter.h>

/* SO_DETACH_REUSEPORT_BPF: older headers lack it. */
#ifndef SO_DETACH_REUSEPORT_BPF
#define SO_DETACH_REUSEPORT_BPF 68
#endif

/* 8.3's and 8.4's bundled extension: 0 detaches a filter, SKF_AD_CPU or SKF_AD_QUEUE attaches a
 * classic BPF program that picks the listener by that number; anything else warns. 0 asks for
 * SO_DETACH_BPF (a socket filter, ENOENT without one) before PHP 8.6, for SO_DETACH_REUSEPORT_BPF
 * (the reuseport program this option attached) from 8.6. */
static bool set_reuseport_cbpf(skng_socket *sock, int level, int option, zval *value)
{
#if PHP_VERSION_ID >= 80600
	/* 8.6's refuses the number at any other level before it looks at the value. */
	if (level != SOL_SOCKET) {
		php_error_docref(NULL, E_WARNING, "Invalid level");
		return false;
	}
#endif
	zend_long which = zval_get_long(value);
	if (which == 0) {
		int one = 1;
#if PHP_VERSION_ID >= 80600
		return skng_set_option_bytes(sock, level, SO_DETACH_REUSEPORT_BPF, &one, sizeof(one));
#else
		return skng_set_option_bytes(sock, level, SO_DETACH_BPF, &one, sizeof(one));
#endif
	}
	uint32_t k = (uint32_t) which;
	if (k != SKF_AD_CPU && k != SKF_AD_QUEUE) {
		php_error_docref(NULL, E_WARNING, "Unsupported CBPF filter");
		return false;
	}
	struct sock_filter program[] = {
		{ BPF_LD | BPF_W | BPF_ABS, 0, 0, (uint32_t) (SKF_AD_OFF + k) },
		{ BPF_RET | BPF_A, 0, 0, 0 },
	};
	/* Zeroed first: the padding after len goes to the kernel too (valgrind: uninitialised bytes). */
	struct sock_fprog filter;
	memset(&filter, 0, sizeof(filter));
	filter.len = 2;
	filter.filter = program;
	return skng_set_option_bytes(sock, level, option, &filter, sizeof(filter));
}
#endif

/* --- the table ------------------------------------------------------------------------- */

/* A row's level may be this instead of a number: every level but IPPROTO_IP and IPPROTO_IPV6.
 * The bundled extension's socket_set_option treats SO_LINGER, SO_RCVTIMEO, SO_SNDTIMEO and
 * SO_BINDTODEVICE by their numbers at all those levels (SOL_TCP/20 wants a timeval array too),
 * while its socket_get_option knows them at SOL_SOCKET only; the rows say exactly that. */
#define ANY_LEVEL_BUT_IP (-1)

typedef struct option_row {
	int level;
	int option;
	skng_option_getter get;   /* NULL: a plain int when read */
	skng_option_setter set;   /* NULL: a plain int when written */
} option_row;

/* Searched in order: the first row that matches and has a handler for the direction wins. */
static const option_row option_table[] = {
	{ SOL_SOCKET, SO_LINGER, get_linger, NULL },
	{ SOL_SOCKET, SO_RCVTIMEO, get_timeval, NULL },
	{ SOL_SOCKET, SO_SNDTIMEO, get_timeval, NULL },
#ifdef SO_MEMINFO
	{ SOL_SOCKET, SO_MEMINFO, get_meminfo, NULL },
#endif
	{ SOL_SOCKET, SO_PEEK_OFF, NULL, set_peek_offset },
#ifdef TCP_CONGESTION
	{ IPPROTO_TCP, TCP_CONGESTION, get_congestion, set_congestion_name },
#endif
	{ ANY_LEVEL_BUT_IP, SO_LINGER, NULL, set_linger },
	{ ANY_LEVEL_BUT_IP, SO_RCVTIMEO, NULL, set_timeval },
	{ ANY_LEVEL_BUT_IP, SO_SNDTIMEO, NULL, set_timeval },
#ifdef SO_BINDTODEVICE
	{ ANY_LEVEL_BUT_IP, SO_BINDTODEVICE, NULL, set_device_name },
#endif
#ifdef SO_ATTACH_REUSEPORT_CBPF
	/* 8.3's and later bundled extensions take 51 as the filter at any level but the IP ones; 8.2's
	 * has no such option: ours gives the filter at SOL_SOCKET there, and leaves 51 at other levels
	 * a plain integer option, as 8.2's (diff case 073). */
#if PHP_VERSION_ID >= 80300
	{ ANY_LEVEL_BUT_IP, SO_ATTACH_REUSEPORT_CBPF, NULL, set_reuseport_cbpf },
#else
	{ SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, NULL, set_reuseport_cbpf },
#endif
#endif
#if PHP_VERSION_ID >= 80500 && defined(UDP_SEGMENT)
	{ IPPROTO_UDP, UDP_SEGMENT, NULL, set_udp_segment },
#endif
	{ IPPROTO_IP, IP_MULTICAST_IF, skng_get_ip_multicast_if, skng_set_ip_multicast_if },
	{ IPPROTO_IP, IP_MULTICAST_TTL, NULL, skng_set_ip_multicast_ttl },
	{ IPPROTO_IP, IP_MULTICAST_LOOP, NULL, skng_set_ip_multicast_loop },
	{ IPPROTO_IP, MCAST_JOIN_GROUP, NULL, skng_set_multicast_membership },
	{ IPPROTO_IP, MCAST_LEAVE_GROUP, NULL, skng_set_multicast_membership },
	{ IPPROTO_IP, MCAST_BLOCK_SOURCE, NULL, skng_set_multicast_membership },
	{ IPPROTO_IP, MCAST_UNBLOCK_SOURCE, NULL, skng_set_multicast_membership },
	{ IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, NULL, skng_set_multicast_membership },
	{ IPPROTO_IP, MCAST_LEAVE_SOURCE_GROUP, NULL, skng_set_multicast_membership },
	{ IPPROTO_IPV6, IPV6_MULTICAST_IF, NULL, skng_set_ipv6_multicast_if },
	{ IPPROTO_IPV6, IPV6_MULTICAST_HOPS, NULL, skng_set_ipv6_multicast_hops },
	{ IPPROTO_IPV6, IPV6_MULTICAST_LOOP, NULL, skng_set_ipv6_multicast_loop },
	{ IPPROTO_IPV6, IPV6_PKTINFO, skng_get_ipv6_pktinfo, skng_set_ipv6_pktinfo },
	{ IPPROTO_IPV6, MCAST_JOIN_GROUP, NULL, skng_set_multicast_membership },
	{ IPPROTO_IPV6, MCAST_LEAVE_GROUP, NULL, skng_set_multicast_membership },
	{ IPPROTO_IPV6, MCAST_BLOCK_SOURCE, NULL, skng_set_multicast_membership },
	{ IPPROTO_IPV6, MCAST_UNBLOCK_SOURCE, NULL, skng_set_multicast_membership },
	{ IPPROTO_IPV6, MCAST_JOIN_SOURCE_GROUP, NULL, skng_set_multicast_membership },
	{ IPPROTO_IPV6, MCAST_LEAVE_SOURCE_GROUP, NULL, skng_set_multicast_membership },
};

static bool row_matches(const option_row *row, zend_long level, zend_long option)
{
	if (row->option != option) {
		return false;
	}
	if (row->level == ANY_LEVEL_BUT_IP) {
		return level != IPPROTO_IP && level != IPPROTO_IPV6;
	}
	return row->level == level;
}

static skng_option_getter find_getter(zend_long level, zend_long option)
{
	for (size_t i = 0; i < sizeof(option_table) / sizeof(option_table[0]); i++) {
		if (option_table[i].get && row_matches(&option_table[i], level, option)) {
			return option_table[i].get;
		}
	}
	return get_int;
}

static skng_option_setter find_setter(zend_long level, zend_long option)
{
	for (size_t i = 0; i < sizeof(option_table) / sizeof(option_table[0]); i++) {
		if (option_table[i].set && row_matches(&option_table[i], level, option)) {
			return option_table[i].set;
		}
	}
	return set_int;
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

	if (!find_getter(level, option)(sock, (int) level, (int) option, return_value)) {
		RETURN_FALSE;
	}
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

	if (!find_setter(level, option)(sock, (int) level, (int) option, value)) {
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	RETURN_TRUE;
}
