/* SPDX-License-Identifier: BSD-3-Clause */
/* GNU variants: ppoll(), strerror_r() returning char *. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
/* Socket addresses: text <-> sockaddr. See sk_addr.h. */
#include "sk_addr.h"

#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <net/if.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Longest name the resolver is asked about; longer names fail as the bundled extension's do. */
#define SK_MAX_HOST_NAME 255

sk_host_status sk_addr_host_to_in4(struct sockaddr_in *out, const char *host, int *resolver_error)
{
	struct in_addr parsed;

	/* A strict dotted quad first; anything else goes to gethostbyname(), whose own parsing of
	 * numbers ("127.1", "0177.0.0.1" yes, "0x7f.1" no) and errors PHP users have always seen. */
	if (inet_pton(AF_INET, host, &parsed) == 1) {
		out->sin_addr = parsed;
		return SK_HOST_OK;
	}

	/* PHP looks names up with gethostbyname_r() and then reports the thread's h_errno, which
	 * only the resolver's network path sets: "256.1.1.1" fails with whatever h_errno held
	 * before. We do the same, so scripts see the same codes. */
	struct hostent storage, *entry = NULL;
	char scratch[8192];
	int local_h_errno = 0;
	if (strlen(host) > SK_MAX_HOST_NAME
		|| gethostbyname_r(host, &storage, scratch, sizeof(scratch), &entry, &local_h_errno) != 0
		|| entry == NULL) {
		*resolver_error = SK_RESOLVER_ERROR_BASE - h_errno;
		return SK_HOST_NOT_FOUND;
	}
	if (entry->h_addrtype != AF_INET) {
		return SK_HOST_WRONG_FAMILY;
	}
	memcpy(&out->sin_addr, entry->h_addr_list[0], sizeof(out->sin_addr));
	return SK_HOST_OK;
}

/* A "%scope" suffix is an interface index when it is a positive number, else an interface name. */
static int scope_from_text(const char *scope, unsigned *scope_id)
{
	char *end;
	errno = 0;
	while (*scope == ' ' || *scope == '\t' || *scope == '\n' || *scope == '\r' || *scope == '\v' || *scope == '\f') {
		scope++;
	}
	long long number = strtoll(scope, &end, 10);
	if (end != scope && errno == 0) {
		while (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r' || *end == '\v' || *end == '\f') {
			end++;
		}
		if (*end == '\0') {
			*scope_id = (number > 0 && number <= UINT_MAX) ? (unsigned) number : 0;
			return 0;
		}
	}
	*scope_id = if_nametoindex(scope);
	return *scope_id == 0 ? -1 : 0;
}

sk_host_status sk_addr_host_to_in6(struct sockaddr_in6 *out, const char *host, int *resolver_error)
{
	struct in6_addr parsed;
	const char *scope = strchr(host, '%');

	if (inet_pton(AF_INET6, host, &parsed) == 1) {
		out->sin6_addr = parsed;
	} else {
		struct addrinfo hints, *found = NULL;
		memset(&hints, 0, sizeof(hints));
		hints.ai_family = AF_INET6;
		hints.ai_flags = AI_V4MAPPED | AI_ADDRCONFIG;
		if (getaddrinfo(host, NULL, &hints, &found) != 0 || found == NULL) {
			*resolver_error = SK_RESOLVER_ERROR_BASE - h_errno;
			return SK_HOST_NOT_FOUND;
		}
		if (found->ai_family != AF_INET6 || found->ai_addrlen != sizeof(struct sockaddr_in6)) {
			freeaddrinfo(found);
			return SK_HOST_WRONG_FAMILY;
		}
		out->sin6_addr = ((struct sockaddr_in6 *) found->ai_addr)->sin6_addr;
		freeaddrinfo(found);
	}

	if (scope != NULL) {
		unsigned scope_id = 0;
		int known = scope_from_text(scope + 1, &scope_id);
		out->sin6_scope_id = scope_id;
		if (known != 0) {
			return SK_HOST_OK_UNKNOWN_SCOPE;
		}
	}
	return SK_HOST_OK;
}

int sk_addr_unix(struct sockaddr_un *out, socklen_t *out_len, const char *path, size_t path_len)
{
	if (path_len >= SK_UNIX_PATH_MAX) {
		return -1;
	}
	memset(out, 0, sizeof(*out));
	out->sun_family = AF_UNIX;
	memcpy(out->sun_path, path, path_len);
	*out_len = (socklen_t) (offsetof(struct sockaddr_un, sun_path) + path_len);
	return 0;
}

int sk_addr_inet_to_text(const sk_sockaddr *addr, char *buf, size_t buf_size, int *port)
{
	const void *raw;
	if (addr->sa.sa_family == AF_INET) {
		raw = &addr->in4.sin_addr;
		*port = ntohs(addr->in4.sin_port);
	} else if (addr->sa.sa_family == AF_INET6) {
		raw = &addr->in6.sin6_addr;
		*port = ntohs(addr->in6.sin6_port);
	} else {
		errno = EAFNOSUPPORT;
		return -1;
	}
	return inet_ntop(addr->sa.sa_family, raw, buf, (socklen_t) buf_size) == NULL ? -1 : 0;
}

size_t sk_addr_unix_path(const struct sockaddr_un *addr, socklen_t addr_len, const char **path)
{
	size_t room = addr_len > offsetof(struct sockaddr_un, sun_path)
		? addr_len - offsetof(struct sockaddr_un, sun_path) : 0;
	if (room > SK_UNIX_PATH_MAX) {
		room = SK_UNIX_PATH_MAX;
	}
	*path = addr->sun_path;
	return strnlen(addr->sun_path, room);
}
