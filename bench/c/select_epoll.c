/* SPDX-License-Identifier: BSD-3-Clause */
/* The limit for select.php: what a select-shaped call can cost with a kernel set kept between calls.
 * N UDP sockets, READY_PERCENT of them (at least one, spread evenly) with a datagram queued; each
 * call compares the requested set (the same N descriptors, rebuilt into an array as a select loop
 * would pass them) with the one registered, then epoll_wait()s with timeout 0 and marks the ready
 * ones, as sockets-ng's socket_select does without the PHP arrays around it. Microseconds per call.
 * Usage: select_epoll N [SECONDS [READY_PERCENT]] */
#include "bench_c.h"
#include <arpa/inet.h>
#include <math.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>

int main(int argc, char **argv)
{
	int count = argc > 1 ? atoi(argv[1]) : 100;
	double seconds = arg_seconds(argc, argv, 2, 0.5);
	double percent = arg_seconds(argc, argv, 3, -1);
	alarm(60);
	if (count < 1) die("N must be >= 1");
	int *fds = calloc((size_t) count, sizeof(int));
	int *asked = calloc((size_t) count, sizeof(int));
	int *registered = calloc((size_t) count, sizeof(int));
	unsigned char *ready_mark = calloc((size_t) count, 1);
	struct epoll_event *events = calloc((size_t) count, sizeof(*events));
	for (int i = 0; i < count; i++) {
		fds[i] = socket(AF_INET, SOCK_DGRAM, 0);
		if (fds[i] < 0) die("socket failed at %d", i);
	}
	int ready_count = 1;
	if (percent > 0) {
		ready_count = (int) lround(count * percent / 100);
		if (ready_count < 1) ready_count = 1;
		if (ready_count > count) ready_count = count;
	}
	int sender = socket(AF_INET, SOCK_DGRAM, 0);
	double step = (double) count / ready_count;
	for (int k = 0; k < ready_count; k++) {
		int i = percent > 0 ? (int) floor(k * step + step / 2) : count / 2;
		struct sockaddr_in sa = {.sin_family = AF_INET};
		inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
		socklen_t len = sizeof(sa);
		if (bind(fds[i], (void *) &sa, len)) die("bind failed");
		getsockname(fds[i], (void *) &sa, &len);
		if (sendto(sender, "x", 1, 0, (void *) &sa, len) != 1) die("sendto failed");
	}
	int ep = epoll_create1(EPOLL_CLOEXEC);
	if (ep < 0) die("epoll_create1 failed");
	for (int i = 0; i < count; i++) {
		struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (uint32_t) i};
		if (epoll_ctl(ep, EPOLL_CTL_ADD, fds[i], &ev) != 0) die("epoll_ctl failed");
		registered[i] = fds[i];
	}
	long long n = 0, bad = 0, limit = (long long) (seconds * 1e9), start = 0, elapsed = 0;
	for (int warm = 1; warm >= 0; warm--) {
		start = now_ns();
		do {
			for (int k = 0; k < 8; k++) {
				for (int i = 0; i < count; i++) asked[i] = fds[i];
				int changed = 0;
				for (int i = 0; i < count; i++) changed |= asked[i] != registered[i];
				if (changed) die("the set changed");
				int got = epoll_wait(ep, events, count, 0), found = 0;
				for (int e = 0; e < got; e++) ready_mark[events[e].data.u32] = 1;
				for (int e = 0; e < got; e++) {
					found += ready_mark[events[e].data.u32];
					ready_mark[events[e].data.u32] = 0;
				}
				bad += got != ready_count || found != ready_count;
			}
			n += 8;
			elapsed = now_ns() - start;
		} while (!warm && elapsed < limit);
		if (warm) n = 0;
	}
	if (bad) die("%lld calls did not find exactly %d ready sockets", bad, ready_count);
	printf("result=%.3f unit=us/call impl=c sockets=%d ready=%d calls=%lld seconds=%.3f\n", elapsed / 1e3 / n, count, ready_count, n, elapsed / 1e9);
	return 0;
}
