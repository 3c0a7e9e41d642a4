/* SPDX-License-Identifier: BSD-3-Clause */
/* The option table's rows with structured values at the IP and IPv6 levels: multicast
 * membership (MCAST_*), IP_MULTICAST_IF/TTL/LOOP, IPV6_MULTICAST_IF/HOPS/LOOP, IPV6_PKTINFO.
 * socket_options.c lists them; each is a getter or setter for one (level, option) pair. */
#include "php_sockets_ng.h"

#include <arpa/inet.h>
#include <limits.h>
#include <net/if.h>
#include <netinet/in.h>

#include "src/core/sk_addr.h"
#include "src/core/sk_mcast.h"

/* An interface given as an index (int) or a name (anything else). */
static bool interface_from_zval(zval *value, unsigned *index)
{
	if (Z_TYPE_P(value) == IS_LONG) {
		if (Z_LVAL_P(value) < 0 || (zend_ulong) Z_LVAL_P(value) > UINT_MAX) {
			zend_value_error("Index must be between 0 and %u", UINT_MAX);
			return false;
		}
		*index = (unsigned) Z_LVAL_P(value);
		return true;
	}
	zend_string *tmp;
	zend_string *name = zval_get_tmp_string(value, &tmp);
	*index = if_nametoindex(ZSTR_VAL(name));
	if (*index == 0) {
		php_error_docref(NULL, E_WARNING, "No interface with name \"%s\" could be found", ZSTR_VAL(name));
	}
	zend_tmp_string_release(tmp);
	return *index != 0;
}

/* The host in fields[key], in the socket's own family. As in the bundled extension the value is
 * made a string first, whatever the socket ("Array to string conversion"; an object without
 * __toString throws, and the exception wins over the warnings that follow). */
static bool group_address(skng_socket *sock, HashTable *fields, const char *key, sk_sockaddr *addr, socklen_t *len)
{
	zval *value = zend_hash_str_find(fields, key, strlen(key));
	if (value == NULL) {
		zend_value_error("No key \"%s\" passed in optval", key);
		return false;
	}
	zend_string *tmp;
	zend_string *host = zval_get_tmp_string(value, &tmp);
	bool ok;
#if PHP_VERSION_ID >= 80500
	/* PHP 8.5 stops at a value that cannot be a string, before the family and the lookup. */
	if (EG(exception)) {
		zend_tmp_string_release(tmp);
		return false;
	}
#endif
	if (sock->family != AF_INET && sock->family != AF_INET6) {
#if PHP_VERSION_ID >= 80500
		zend_value_error("IP address used in the context of an unexpected type of socket");
#else
		php_error_docref(NULL, E_WARNING, "IP address used in the context of an unexpected type of socket");
#endif
		ok = false;
	} else {
		memset(addr, 0, sizeof(*addr));
		ok = skng_inet_address(sock, sock->family, ZSTR_VAL(host), addr, len);
	}
	zend_tmp_string_release(tmp);
	return ok && !EG(exception);
}

bool skng_set_multicast_membership(skng_socket *sock, int level, int option, zval *value)
{
#if PHP_VERSION_ID >= 80500
	/* PHP 8.5 wants an array (or an object); its message names one of two options whatever the
	 * option was: MCAST_LEAVE_GROUP for the group ones, MCAST_LEAVE_SOURCE_GROUP for the rest. */
	if (Z_TYPE_P(value) != IS_ARRAY && Z_TYPE_P(value) != IS_OBJECT) {
		bool group_only = option == MCAST_JOIN_GROUP || option == MCAST_LEAVE_GROUP;
		zend_argument_type_error(4, "must be of type array when argument #3 ($option) is %s, %s given",
			group_only ? "MCAST_LEAVE_GROUP" : "MCAST_LEAVE_SOURCE_GROUP", zend_zval_value_name(value));
		return false;
	}
#endif
	zval holder;
	ZVAL_COPY(&holder, value);
	convert_to_array(&holder);
	HashTable *fields = Z_ARRVAL(holder);

	sk_sockaddr group, source;
	socklen_t group_len = 0, source_len = 0;
	unsigned index = 0;
	bool with_source = option != MCAST_JOIN_GROUP && option != MCAST_LEAVE_GROUP;
	zval *interface;
	bool ok = group_address(sock, fields, "group", &group, &group_len)
		&& (!with_source || group_address(sock, fields, "source", &source, &source_len))
		&& ((interface = zend_hash_str_find(fields, "interface", sizeof("interface") - 1)) == NULL
			|| interface_from_zval(interface, &index));
	zval_ptr_dtor(&holder);
	if (!ok) {
		return false;
	}
	if (sk_mcast_request(sock->fd, level, option, index, &group.sa, group_len,
			with_source ? &source.sa : NULL, source_len) != 0) {
		skng_socket_error(sock, "Unable to set socket option", errno);
		return false;
	}
	return true;
}

bool skng_set_ip_multicast_if(skng_socket *sock, int level, int option, zval *value)
{
	unsigned index;
	struct in_addr if_addr;
	if (!interface_from_zval(value, &index)) {
		return false;
	}
	if (sk_mcast_interface_addr4(sock->fd, index, &if_addr) != 0) {
		php_error_docref(NULL, E_WARNING, "Failed obtaining address for interface %u: error %d", index, errno);
		return false;
	}
	return skng_set_option_bytes(sock, level, option, &if_addr, sizeof(if_addr));
}

/* IP_MULTICAST_IF reads back as the index of the interface with that address. */
bool skng_get_ip_multicast_if(skng_socket *sock, int level, int option, zval *return_value)
{
	struct in_addr if_addr;
	socklen_t len = sizeof(if_addr);
	unsigned index = 0;
	if (getsockopt(sock->fd, level, option, &if_addr, &len) != 0) {
		skng_socket_error(sock, "Unable to retrieve socket option", errno);
		return false;
	}
	int found = sk_mcast_interface_index4(&if_addr, &index);
	if (found < 0) {
		php_error_docref(NULL, E_WARNING, "Failed obtaining interfaces list: error %d", errno);
		return false;
	}
	if (found > 0) {
		char text[INET_ADDRSTRLEN];
		inet_ntop(AF_INET, &if_addr, text, sizeof(text));
		php_error_docref(NULL, E_WARNING, "The interface with IP address %s was not found", text);
		return false;
	}
	RETVAL_LONG(index);
	return true;
}

/* IPv4's TTL and loop flag are single bytes. */
bool skng_set_ip_multicast_ttl(skng_socket *sock, int level, int option, zval *value)
{
	zend_long ttl = zval_get_long(value);
	if (ttl < 0 || ttl > 255) {
		zend_argument_value_error(4, "must be between 0 and 255");
		return false;
	}
	unsigned char byte = (unsigned char) ttl;
	return skng_set_option_bytes(sock, level, option, &byte, sizeof(byte));
}

bool skng_set_ip_multicast_loop(skng_socket *sock, int level, int option, zval *value)
{
	unsigned char byte = zend_is_true(value) ? 1 : 0;
	return skng_set_option_bytes(sock, level, option, &byte, sizeof(byte));
}

bool skng_set_ipv6_multicast_if(skng_socket *sock, int level, int option, zval *value)
{
	unsigned index;
	if (!interface_from_zval(value, &index)) {
		return false;
	}
	return skng_set_option_bytes(sock, level, option, &index, sizeof(index));
}

bool skng_set_ipv6_multicast_hops(skng_socket *sock, int level, int option, zval *value)
{
	zend_long hops = zval_get_long(value);
	if (hops < -1 || hops > 255) {
		zend_argument_value_error(4, "must be between -1 and 255");
		return false;
	}
	int number = (int) hops;
	return skng_set_option_bytes(sock, level, option, &number, sizeof(number));
}

bool skng_set_ipv6_multicast_loop(skng_socket *sock, int level, int option, zval *value)
{
	int number = zend_is_true(value) ? 1 : 0;
	return skng_set_option_bytes(sock, level, option, &number, sizeof(number));
}

/* IPV6_PKTINFO's array value: the same conversion as socket_sendmsg's IPV6_PKTINFO control data. */
bool skng_set_ipv6_pktinfo(skng_socket *sock, int level, int option, zval *value)
{
	struct in6_pktinfo info;
	if (!skng_pktinfo_from_zval(sock, value, &info)) {
		return false;
	}
	return skng_set_option_bytes(sock, level, option, &info, sizeof(info));
}

bool skng_get_ipv6_pktinfo(skng_socket *sock, int level, int option, zval *return_value)
{
	struct in6_pktinfo info;
	socklen_t len = sizeof(info);
	if (getsockopt(sock->fd, level, option, &info, &len) != 0) {
		skng_socket_error(sock, "unable to get socket option", errno);
		return false;
	}
	char text[INET6_ADDRSTRLEN];
	inet_ntop(AF_INET6, &info.ipi6_addr, text, sizeof(text));
	array_init(return_value);
	add_assoc_string(return_value, "addr", text);
	add_assoc_long(return_value, "ifindex", info.ipi6_ifindex);
	return true;
}
