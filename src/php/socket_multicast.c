/* Options with structured values at the IP and IPv6 levels: multicast membership (MCAST_*),
 * IP_MULTICAST_IF/TTL/LOOP, IPV6_MULTICAST_IF/HOPS/LOOP, and IPV6_PKTINFO. */
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

/* The host in fields[key], in the socket's own family. */
static bool group_address(skng_socket *sock, HashTable *fields, const char *key, sk_sockaddr *addr, socklen_t *len)
{
	zval *value = zend_hash_str_find(fields, key, strlen(key));
	if (value == NULL) {
		zend_value_error("No key \"%s\" passed in optval", key);
		return false;
	}
	if (sock->family != AF_INET && sock->family != AF_INET6) {
		php_error_docref(NULL, E_WARNING, "IP address used in the context of an unexpected type of socket");
		return false;
	}
	zend_string *tmp;
	zend_string *host = zval_get_tmp_string(value, &tmp);
	memset(addr, 0, sizeof(*addr));
	bool ok = skng_inet_address(sock, sock->family, ZSTR_VAL(host), addr, len);
	zend_tmp_string_release(tmp);
	return ok;
}

static bool is_membership_request(int option)
{
	return option == MCAST_JOIN_GROUP || option == MCAST_LEAVE_GROUP || option == MCAST_BLOCK_SOURCE
		|| option == MCAST_UNBLOCK_SOURCE || option == MCAST_JOIN_SOURCE_GROUP || option == MCAST_LEAVE_SOURCE_GROUP;
}

static skng_option_outcome set_membership(skng_socket *sock, int level, int option, zval *value)
{
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
		return SKNG_OPTION_FAILED;
	}
	if (sk_mcast_request(sock->fd, level, option, index, &group.sa, group_len,
			with_source ? &source.sa : NULL, source_len) != 0) {
		skng_socket_error(sock, "Unable to set socket option", errno);
		return SKNG_OPTION_FAILED;
	}
	return SKNG_OPTION_DONE;
}

static skng_option_outcome set_raw(skng_socket *sock, int level, int option, const void *raw, socklen_t len)
{
	if (setsockopt(sock->fd, level, option, raw, len) != 0) {
		skng_socket_error(sock, "Unable to set socket option", errno);
		return SKNG_OPTION_FAILED;
	}
	return SKNG_OPTION_DONE;
}

/* IPV6_PKTINFO's array value: the same conversion as socket_sendmsg's IPV6_PKTINFO control data. */
static skng_option_outcome set_pktinfo(skng_socket *sock, int level, int option, zval *value)
{
	struct in6_pktinfo info;
	if (!skng_pktinfo_from_zval(sock, value, &info)) {
		return SKNG_OPTION_FAILED;
	}
	return set_raw(sock, level, option, &info, sizeof(info));
}

skng_option_outcome skng_set_ip_option(skng_socket *sock, int level, int option, zval *value)
{
	if ((level == IPPROTO_IP || level == IPPROTO_IPV6) && is_membership_request(option)) {
		return set_membership(sock, level, option, value);
	}

	if (level == IPPROTO_IP) {
		unsigned index;
		unsigned char byte;
		struct in_addr if_addr;
		switch (option) {
			case IP_MULTICAST_IF:
				if (!interface_from_zval(value, &index)) {
					return SKNG_OPTION_FAILED;
				}
				if (sk_mcast_interface_addr4(sock->fd, index, &if_addr) != 0) {
					php_error_docref(NULL, E_WARNING, "Failed obtaining address for interface %u: error %d", index, errno);
					return SKNG_OPTION_FAILED;
				}
				return set_raw(sock, level, option, &if_addr, sizeof(if_addr));
			case IP_MULTICAST_LOOP:
				byte = zend_is_true(value) ? 1 : 0;
				return set_raw(sock, level, option, &byte, sizeof(byte));
			case IP_MULTICAST_TTL: {
				zend_long ttl = zval_get_long(value);
				if (ttl < 0 || ttl > 255) {
					zend_argument_value_error(4, "must be between 0 and 255");
					return SKNG_OPTION_FAILED;
				}
				byte = (unsigned char) ttl;
				return set_raw(sock, level, option, &byte, sizeof(byte));
			}
		}
		return SKNG_OPTION_NOT_HANDLED;
	}

	if (level == IPPROTO_IPV6) {
		unsigned index;
		int number;
		switch (option) {
			case IPV6_MULTICAST_IF:
				if (!interface_from_zval(value, &index)) {
					return SKNG_OPTION_FAILED;
				}
				return set_raw(sock, level, option, &index, sizeof(index));
			case IPV6_MULTICAST_LOOP:
				number = zend_is_true(value) ? 1 : 0;
				return set_raw(sock, level, option, &number, sizeof(number));
			case IPV6_MULTICAST_HOPS: {
				zend_long hops = zval_get_long(value);
				if (hops < -1 || hops > 255) {
					zend_argument_value_error(4, "must be between -1 and 255");
					return SKNG_OPTION_FAILED;
				}
				number = (int) hops;
				return set_raw(sock, level, option, &number, sizeof(number));
			}
			case IPV6_PKTINFO:
				return set_pktinfo(sock, level, option, value);
		}
	}
	return SKNG_OPTION_NOT_HANDLED;
}

skng_option_outcome skng_get_ip_option(skng_socket *sock, int level, int option, zval *return_value)
{
	if (level == IPPROTO_IP && option == IP_MULTICAST_IF) {
		struct in_addr if_addr;
		socklen_t len = sizeof(if_addr);
		unsigned index = 0;
		if (getsockopt(sock->fd, level, option, &if_addr, &len) != 0) {
			skng_socket_error(sock, "Unable to retrieve socket option", errno);
			return SKNG_OPTION_FAILED;
		}
		int found = sk_mcast_interface_index4(&if_addr, &index);
		if (found < 0) {
			php_error_docref(NULL, E_WARNING, "Failed obtaining interfaces list: error %d", errno);
			return SKNG_OPTION_FAILED;
		}
		if (found > 0) {
			char text[INET_ADDRSTRLEN];
			inet_ntop(AF_INET, &if_addr, text, sizeof(text));
			php_error_docref(NULL, E_WARNING, "The interface with IP address %s was not found", text);
			return SKNG_OPTION_FAILED;
		}
		RETVAL_LONG(index);
		return SKNG_OPTION_DONE;
	}
	if (level == IPPROTO_IPV6 && option == IPV6_PKTINFO) {
		struct in6_pktinfo info;
		socklen_t len = sizeof(info);
		if (getsockopt(sock->fd, level, option, &info, &len) != 0) {
			skng_socket_error(sock, "unable to get socket option", errno);
			return SKNG_OPTION_FAILED;
		}
		char text[INET6_ADDRSTRLEN];
		inet_ntop(AF_INET6, &info.ipi6_addr, text, sizeof(text));
		array_init(return_value);
		add_assoc_string(return_value, "addr", text);
		add_assoc_long(return_value, "ifindex", info.ipi6_ifindex);
		return SKNG_OPTION_DONE;
	}
	return SKNG_OPTION_NOT_HANDLED;
}
