/* SPDX-License-Identifier: BSD-3-Clause */
/* binary_rw.php in C: a forked writer write()s 64 KiB chunks, the parent read()s 64 KiB at a
 * time from an AF_UNIX stream socketpair; MiB/s read. Usage: binary_rw [SECONDS] */
#include "bench_c.h"
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>

#define CHUNK 65536

int main(int argc, char **argv)
{
	double seconds = arg_seconds(argc, argv, 1, 0.5);
	static char chunk[CHUNK], buf[CHUNK];
	for (int i = 0; i < CHUNK; i++) chunk[i] = (char) i;
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv)) die("socketpair failed");
	pid_t pid = fork();
	if (pid < 0) die("fork failed");
	if (pid == 0) {
		close(sv[0]);
		alarm(60);
		for (;;) {
			for (size_t off = 0; off < CHUNK;) {
				ssize_t n = write(sv[1], chunk + off, CHUNK - off);
				if (n <= 0) _exit(0);
				off += (size_t) n;
			}
		}
	}
	close(sv[1]);
	alarm(30);
	for (int i = 0; i < 16; i++) if (read(sv[0], buf, CHUNK) <= 0) die("read failed");
	long long bytes = 0, limit = (long long) (seconds * 1e9), start = now_ns(), elapsed;
	do {
		for (int k = 0; k < 8; k++) {
			ssize_t n = read(sv[0], buf, CHUNK);
			if (n <= 0) { kill(pid, SIGKILL); die("read failed"); }
			bytes += n;
		}
		elapsed = now_ns() - start;
	} while (elapsed < limit);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	printf("result=%.3f unit=MiB/s impl=c bytes=%lld seconds=%.3f\n", bytes / 1048576.0 / (elapsed / 1e9), bytes, elapsed / 1e9);
	return 0;
}
