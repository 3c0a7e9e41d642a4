/* SPDX-License-Identifier: BSD-3-Clause */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "sk_mcast.h"

#include <errno.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <string.h>
#include <sys/ioctl.h>

int sk_mcast_request(int fd, int level, int request, unsigned interface_index,
	const struct sockaddr *group, socklen_t group_len,
	const struct sockaddr *source, socklen_t source_len)
{
	if (source == NULL) {
		struct group_req req;
		memset(&req, 0, sizeof(req));
		if (group_len > sizeof(req.gr_group)) {
			errno = EINVAL;
			return -1;
		}
		req.gr_interface = interface_index;
		memcpy(&req.gr_group, group, group_len);
		return setsockopt(fd, level, request, &req, sizeof(req));
	}

	struct group_source_req req;
	memset(&req, 0, sizeof(req));
	if (group_len > sizeof(req.gsr_group) || source_len > sizeof(req.gsr_source)) {
		errno = EINVAL;
		return -1;
	}
	req.gsr_interface = interface_index;
	memcpy(&req.gsr_group, group, group_len);
	memcpy(&req.gsr_source, source, source_len);
	return setsockopt(fd, level, request, &req, sizeof(req));
}

int sk_mcast_interface_addr4(int fd, unsigned interface_index, struct in_addr *out)
{
	if (interface_index == 0) {
		out->s_addr = htonl(INADDR_ANY);
		return 0;
	}
	struct ifreq req;
	memset(&req, 0, sizeof(req));
	req.ifr_ifindex = (int) interface_index;
	if (ioctl(fd, SIOCGIFNAME, &req) == -1 || ioctl(fd, SIOCGIFADDR, &req) == -1) {
		return -1;
	}
	memcpy(out, &((struct sockaddr_in *) &req.ifr_addr)->sin_addr, sizeof(*out));
	return 0;
}

int sk_mcast_interface_index4(const struct in_addr *addr, unsigned *out)
{
	if (addr->s_addr == htonl(INADDR_ANY)) {
		*out = 0;
		return 0;
	}
	struct ifaddrs *all;
	if (getifaddrs(&all) != 0) {
		return -1;
	}
	int found = 1;
	for (struct ifaddrs *each = all; each != NULL; each = each->ifa_next) {
		if (each->ifa_addr == NULL || each->ifa_addr->sa_family != AF_INET) {
			continue;
		}
		if (((struct sockaddr_in *) each->ifa_addr)->sin_addr.s_addr == addr->s_addr) {
			*out = if_nametoindex(each->ifa_name);
			found = *out == 0 ? -1 : 0;
			break;
		}
	}
	freeifaddrs(all);
	return found;
}
