/* SPDX-License-Identifier: BSD-3-Clause */
/* Socket addresses: text <-> sockaddr for AF_INET, AF_INET6 and AF_UNIX (AF_PACKET held only).
 * Plain C, no PHP types: the binding maps the results to warnings and exceptions. */
#ifndef SK_ADDR_H
#define SK_ADDR_H

#include <stddef.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <sys/un.h>
#include <netpacket/packet.h>

/* Large enough for any family we handle, and aligned for all of them. */
typedef union sk_sockaddr {
	struct sockaddr sa;
	struct sockaddr_in in4;
	struct sockaddr_in6 in6;
	struct sockaddr_un un;
	struct sockaddr_ll ll;          /* AF_PACKET: an interface and an Ethernet protocol */
	struct sockaddr_storage storage;
} sk_sockaddr;

/* Outcome of turning a host string into an address. */
typedef enum sk_host_status {
	SK_HOST_OK = 0,
	SK_HOST_NOT_FOUND,      /* *resolver_error holds the code PHP reports: -10000 - h_errno */
	SK_HOST_WRONG_FAMILY,   /* the resolver answered with an address of another family */
	SK_HOST_OK_UNKNOWN_SCOPE /* IPv6 address fine, but its "%name" scope names no interface (scope 0);
	                            glibc's getaddrinfo refuses such names first, so kept for other libcs */
} sk_host_status;

/* Resolver errors are reported as -10000 - code, so they never collide with errno values. */
#define SK_RESOLVER_ERROR_BASE (-10000)

/* Fills out->sin_addr from a dotted quad or, failing that, from gethostbyname(). */
sk_host_status sk_addr_host_to_in4(struct sockaddr_in *out, const char *host, int *resolver_error);

/* Fills out->sin6_addr (and sin6_scope_id from a "%scope" suffix) from an IPv6 literal or a lookup. */
sk_host_status sk_addr_host_to_in6(struct sockaddr_in6 *out, const char *host, int *resolver_error);

/* Unix socket paths are bytes (abstract names start with NUL); the length limit keeps room for
 * the terminating NUL the kernel may write back. Returns 0, or -1 when path_len is too long. */
#define SK_UNIX_PATH_MAX (sizeof(((struct sockaddr_un *)0)->sun_path))
int sk_addr_unix(struct sockaddr_un *out, socklen_t *out_len, const char *path, size_t path_len);

/* Writes the numeric host of an AF_INET/AF_INET6 address into buf (INET6_ADDRSTRLEN bytes suffice)
 * and its port into *port. Returns 0, or -1 with errno set. */
int sk_addr_inet_to_text(const sk_sockaddr *addr, char *buf, size_t buf_size, int *port);

/* The path of an AF_UNIX address as returned by the kernel, as bytes: stops at the first NUL
 * for filesystem names, as PHP does. Returns the length. */
size_t sk_addr_unix_path(const struct sockaddr_un *addr, socklen_t addr_len, const char **path);

#endif
