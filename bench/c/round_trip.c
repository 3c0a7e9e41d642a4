/* SPDX-License-Identifier: BSD-3-Clause */
/* round_trip.php in C: 32-byte request and answer between a parent and a forked child over an
 * AF_UNIX stream socketpair (write + read on each side); round trips/s. Usage: round_trip [SECONDS] */
#include "bench_c.h"
#include <ctype.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>

int main(int argc, char **argv)
{
	double seconds = arg_seconds(argc, argv, 1, 0.5);
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv)) die("socketpair failed");
	pid_t pid = fork();
	if (pid < 0) die("fork failed");
	if (pid == 0) {
		char b[32];
		close(sv[0]);
		alarm(60);
		for (;;) {
			ssize_t n = read(sv[1], b, sizeof(b));
			if (n <= 0) _exit(0);
			for (ssize_t i = 0; i < n; i++) b[i] = (char) toupper((unsigned char) b[i]);
			if (write(sv[1], b, (size_t) n) != n) _exit(0);
		}
	}
	close(sv[1]);
	alarm(30);
	const char *req = "request-request-request-request-";
	const char *want = "REQUEST-REQUEST-REQUEST-REQUEST-";
	char buf[32];
	long long n = 0, bad = 0, limit = (long long) (seconds * 1e9), start = 0, elapsed = 0;
	for (int warm = 1; warm >= 0; warm--) {
		start = now_ns();
		do {
			for (int k = 0; k < 16; k++) {
				if (write(sv[0], req, 32) != 32) die("write failed");
				bad += read(sv[0], buf, 32) != 32 || memcmp(buf, want, 32) != 0;
			}
			n += 16;
			elapsed = now_ns() - start;
		} while (!warm && elapsed < limit);
		if (warm) n = 0;
	}
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	if (bad) die("%lld answers wrong", bad);
	printf("result=%.3f unit=round_trips/s impl=c round_trips=%lld seconds=%.3f\n", n / (elapsed / 1e9), n, elapsed / 1e9);
	return 0;
}
