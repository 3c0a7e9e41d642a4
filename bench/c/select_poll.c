/* SPDX-License-Identifier: BSD-3-Clause */
/* select.php in C: poll() for reading on N UDP sockets (the middle one bound, with one
 * datagram queued), timeout 0, the pollfd array filled afresh before each call as a select loop would;
 * microseconds per call. poll() because it has no FD_SETSIZE limit, as sockets-ng's select.
 * Usage: select_poll N [SECONDS] */
#include "bench_c.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

int main(int argc, char **argv)
{
	int count = argc > 1 ? atoi(argv[1]) : 100;
	double seconds = arg_seconds(argc, argv, 2, 0.5);
	alarm(60);
	if (count < 1) die("N must be >= 1");
	int *fds = calloc((size_t) count, sizeof(int));
	struct pollfd *pfd = calloc((size_t) count, sizeof(*pfd));
	for (int i = 0; i < count; i++) {
		fds[i] = socket(AF_INET, SOCK_DGRAM, 0);
		if (fds[i] < 0) die("socket failed at %d", i);
	}
	struct sockaddr_in sa = {.sin_family = AF_INET};
	inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
	socklen_t len = sizeof(sa);
	int mid = count / 2;
	if (bind(fds[mid], (void *) &sa, len)) die("bind failed");
	getsockname(fds[mid], (void *) &sa, &len);
	if (sendto(fds[count - 1 - mid], "x", 1, 0, (void *) &sa, len) != 1) die("sendto failed");
	long long n = 0, bad = 0, limit = (long long) (seconds * 1e9), start = 0, elapsed = 0;
	for (int warm = 1; warm >= 0; warm--) {
		start = now_ns();
		do {
			for (int k = 0; k < 8; k++) {
				for (int i = 0; i < count; i++) {
					pfd[i].fd = fds[i];
					pfd[i].events = POLLIN;
					pfd[i].revents = 0;
				}
				int ready = poll(pfd, (nfds_t) count, 0), found = 0;
				for (int i = 0; i < count; i++) found += (pfd[i].revents & POLLIN) != 0;
				bad += ready != 1 || found != 1;
			}
			n += 8;
			elapsed = now_ns() - start;
		} while (!warm && elapsed < limit);
		if (warm) n = 0;
	}
	if (bad) die("%lld calls did not find exactly one ready socket", bad);
	printf("result=%.3f unit=us/call impl=c sockets=%d calls=%lld seconds=%.3f\n", elapsed / 1e3 / n, count, n, elapsed / 1e9);
	return 0;
}
