/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer harness: the address parsers of src/core/sk_addr.c, for every family, with the
 * bytes a script can pass (socket_bind/connect/sendto addresses, any length, NUL bytes included).
 *
 * Input: first byte picks the entry point, the rest is the address.
 *   0: sk_addr_host_to_in4 (AF_INET host: dotted quad, else the resolver)
 *   1: sk_addr_host_to_in6 (AF_INET6 host: literal with optional "%scope", else the resolver)
 *   2: sk_addr_unix (AF_UNIX path bytes, abstract names too), then sk_addr_unix_path on the result
 *      with every address length the kernel could report
 *   3: sk_addr_inet_to_text / sk_addr_unix_path on raw sockaddr bytes (what the kernel gives back)
 * The binding passes C strings (zend_string values are NUL-terminated; an embedded NUL ends the
 * host name for the C parsers), so modes 0 and 1 get a NUL-terminated heap copy of exactly the
 * input: ASan sees any read past it.
 *
 * The resolver is replaced (build.sh compiles sk_addr.c with -Dgethostbyname_r=fz_gethostbyname_r
 * and the like): no network, deterministic, fast, and the stubs answer every way the real one can
 * (not found with an h_errno, an IPv4 entry, an entry of the wrong family) so that each branch of
 * our code runs. They check the name they are given is a readable C string. */
#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include <net/if.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>

#include "sk_addr.h"

static unsigned name_hash(const char *name)
{
	unsigned h = 5381;
	for (size_t i = 0; name[i]; i++) {   /* reads the whole string: ASan checks it is terminated */
		h = h * 33 + (unsigned char) name[i];
	}
	return h;
}

static struct in_addr fz_in4;
static char *fz_addr_list[2];

int fz_gethostbyname_r(const char *name, struct hostent *ret, char *buf, size_t buflen,
	struct hostent **result, int *h_errnop)
{
	unsigned h = name_hash(name);
	(void) buf; (void) buflen;
	*result = NULL;
	switch (h % 4) {
		case 0:
			*h_errnop = HOST_NOT_FOUND;
			h_errno = HOST_NOT_FOUND;
			return 0;
		case 1:
			*h_errnop = TRY_AGAIN;
			h_errno = TRY_AGAIN;
			return ERANGE;
		default:
			memset(ret, 0, sizeof(*ret));
			fz_in4.s_addr = htonl(0x7f000000u | (h & 0xffffu));
			fz_addr_list[0] = (char *) &fz_in4;
			fz_addr_list[1] = NULL;
			ret->h_name = (char *) name;
			ret->h_addrtype = (h % 4 == 2) ? AF_INET : AF_INET6;
			ret->h_length = sizeof(fz_in4);
			ret->h_addr_list = fz_addr_list;
			*result = ret;
			return 0;
	}
}

int fz_getaddrinfo(const char *node, const char *service, const struct addrinfo *hints, struct addrinfo **res)
{
	unsigned h = name_hash(node);
	(void) service; (void) hints;
	if (h % 3 == 0) {
		h_errno = HOST_NOT_FOUND;
		return EAI_NONAME;
	}
	/* One allocation: the addrinfo followed by its address, as glibc does; freed by fz_freeaddrinfo. */
	struct { struct addrinfo ai; struct sockaddr_in6 in6; } *r = calloc(1, sizeof(*r));
	if (r == NULL) {
		return EAI_MEMORY;
	}
	if (h % 3 == 1) {
		r->ai.ai_family = AF_INET6;
		r->ai.ai_addrlen = sizeof(struct sockaddr_in6);
		r->in6.sin6_family = AF_INET6;
		r->in6.sin6_addr.s6_addr[15] = (unsigned char) h;
	} else {
		r->ai.ai_family = AF_INET;
		r->ai.ai_addrlen = sizeof(struct sockaddr_in);
	}
	r->ai.ai_addr = (struct sockaddr *) &r->in6;
	*res = &r->ai;
	return 0;
}

void fz_freeaddrinfo(struct addrinfo *ai)
{
	free(ai);
}

unsigned int fz_if_nametoindex(const char *ifname)
{
	return strcmp(ifname, "lo") == 0 ? 1 : (name_hash(ifname) % 5 == 0 ? 7 : 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1) {
		return 0;
	}
	unsigned mode = data[0] % 4;
	data++;
	size--;

	if (mode <= 1) {
		char *host = malloc(size + 1);
		if (host == NULL) {
			return 0;
		}
		memcpy(host, data, size);
		host[size] = '\0';
		int resolver_error = 0;
		sk_sockaddr addr;
		memset(&addr, 0, sizeof(addr));
		sk_host_status st = mode == 0
			? sk_addr_host_to_in4(&addr.in4, host, &resolver_error)
			: sk_addr_host_to_in6(&addr.in6, host, &resolver_error);
		if (st == SK_HOST_NOT_FOUND && resolver_error > SK_RESOLVER_ERROR_BASE) {
			abort();   /* the binding reports resolver codes below the base only */
		}
		if (st == SK_HOST_OK || st == SK_HOST_OK_UNKNOWN_SCOPE) {
			/* a parsed address prints back */
			char text[INET6_ADDRSTRLEN];
			int port;
			addr.sa.sa_family = mode == 0 ? AF_INET : AF_INET6;
			if (sk_addr_inet_to_text(&addr, text, sizeof(text), &port) != 0) {
				abort();
			}
		}
		free(host);
		return 0;
	}

	if (mode == 2) {
		struct sockaddr_un un;
		socklen_t len = 0;
		if (sk_addr_unix(&un, &len, (const char *) data, size) != 0) {
			if (size < SK_UNIX_PATH_MAX) {
				abort();   /* refused a path that fits */
			}
			return 0;
		}
		if (size >= SK_UNIX_PATH_MAX || len != offsetof(struct sockaddr_un, sun_path) + size
			|| memcmp(un.sun_path, data, size) != 0) {
			abort();
		}
		for (socklen_t l = 0; l <= sizeof(un); l++) {
			const char *path;
			size_t n = sk_addr_unix_path(&un, l, &path);
			if (n > SK_UNIX_PATH_MAX || (n > 0 && path != un.sun_path)) {
				abort();
			}
		}
		return 0;
	}

	/* mode 3: raw address bytes, as returned by getsockname()/recvfrom(). */
	sk_sockaddr addr;
	memset(&addr, 0, sizeof(addr));
	memcpy(&addr, data, size < sizeof(addr) ? size : sizeof(addr));
	char text[INET6_ADDRSTRLEN];
	int port = -1;
	if (sk_addr_inet_to_text(&addr, text, sizeof(text), &port) == 0) {
		if (strnlen(text, sizeof(text)) == sizeof(text) || port < 0 || port > 65535) {
			abort();
		}
	}
	const char *path;
	socklen_t l = size < sizeof(addr) ? (socklen_t) size : (socklen_t) sizeof(addr);
	if (sk_addr_unix_path(&addr.un, l, &path) > SK_UNIX_PATH_MAX) {
		abort();
	}
	return 0;
}
