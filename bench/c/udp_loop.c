/* SPDX-License-Identifier: BSD-3-Clause */
/* udp_loop.php in C: sendto() 64 bytes from A to B on 127.0.0.1, recvfrom() on B; datagrams/s.
 * The same system calls per datagram as the PHP script, nothing else. Usage: udp_loop [SECONDS] */
#include "bench_c.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(int argc, char **argv)
{
	double seconds = arg_seconds(argc, argv, 1, 0.5);
	alarm(30);
	int a = socket(AF_INET, SOCK_DGRAM, 0), b = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in sa = {.sin_family = AF_INET}, sb = sa, from;
	inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
	sb.sin_addr = sa.sin_addr;
	socklen_t len = sizeof(sa);
	if (bind(a, (void *) &sa, len) || bind(b, (void *) &sb, len)) die("bind failed");
	getsockname(a, (void *) &sa, &len);
	len = sizeof(sb);
	getsockname(b, (void *) &sb, &len);
	char payload[64], buf[2048];
	memset(payload, 'x', sizeof(payload));
	long long n = 0, bad = 0, limit = (long long) (seconds * 1e9), start = 0, elapsed = 0;
	for (int warm = 1; warm >= 0; warm--) {
		start = now_ns();
		do {
			for (int k = 0; k < 32; k++) {
				sendto(a, payload, 64, 0, (void *) &sb, sizeof(sb));
				socklen_t flen = sizeof(from);
				ssize_t got = recvfrom(b, buf, sizeof(buf), 0, (void *) &from, &flen);
				bad += got != 64 || from.sin_port != sa.sin_port;
			}
			n += 32;
			elapsed = now_ns() - start;
		} while (!warm && elapsed < limit);
		if (warm) n = 0;
	}
	if (bad) die("%lld datagrams wrong", bad);
	printf("result=%.3f unit=datagrams/s impl=c datagrams=%lld seconds=%.3f\n", n / (elapsed / 1e9), n, elapsed / 1e9);
	return 0;
}
