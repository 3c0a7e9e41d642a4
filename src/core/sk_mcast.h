/* SPDX-License-Identifier: BSD-3-Clause */
/* Multicast membership and interfaces: the system calls behind the MCAST_* and
 * IP_MULTICAST_IF options, without PHP types. */
#ifndef SK_MCAST_H
#define SK_MCAST_H

#include <netinet/in.h>
#include <sys/socket.h>

/* MCAST_JOIN_GROUP / MCAST_LEAVE_GROUP (source NULL) and the source-specific requests
 * (MCAST_BLOCK_SOURCE, MCAST_UNBLOCK_SOURCE, MCAST_JOIN_SOURCE_GROUP, MCAST_LEAVE_SOURCE_GROUP)
 * at level IPPROTO_IP or IPPROTO_IPV6. Returns 0, or -1 with errno. */
int sk_mcast_request(int fd, int level, int request, unsigned interface_index,
	const struct sockaddr *group, socklen_t group_len,
	const struct sockaddr *source, socklen_t source_len);

/* The IPv4 address of an interface, for IP_MULTICAST_IF (index 0: INADDR_ANY).
 * Returns 0, or -1 with errno (ENODEV for an unknown index). */
int sk_mcast_interface_addr4(int fd, unsigned interface_index, struct in_addr *out);

/* The index of the interface that has this IPv4 address (INADDR_ANY: 0).
 * Returns 0, 1 when no interface has it, or -1 with errno. */
int sk_mcast_interface_index4(const struct in_addr *addr, unsigned *out);

#endif
