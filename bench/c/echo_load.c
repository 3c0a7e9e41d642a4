/* SPDX-License-Identifier: BSD-3-Clause */
/* Load generator for the seeds' select-based echo server (examples/select_server.php): opens N
 * TCP connections to 127.0.0.1:PORT one after another (reading each one's two-line welcome),
 * then keeps one request ("ping\n") outstanding on every connection: each time a whole answer
 * ("OK ... ping\n") has come back it sends the next one. Counts answers over SECONDS after a short
 * warm-up; prints requests/s. The same program drives both extensions' server, so only the
 * server differs. epoll, so that the generator's own cost does not grow with N. Bounded: alarm(), 5 s poll timeouts.
 * With ACTIVE_PERCENT, only that share of the connections (every k-th) sends requests; the others
 * stay connected and idle. Also prints storm_seconds=: how long opening the N connections took
 * (each waits for its welcome, so the server must have taken it: the server's accept storm).
 * Usage: echo_load PORT N [SECONDS [ACTIVE_PERCENT]] */
#include "bench_c.h"
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>

static const char REQ[] = "ping\n";
static const char ANSWER[] = "OK ... ping\n";
#define ANSWER_LEN (sizeof(ANSWER) - 1)

int main(int argc, char **argv)
{
	if (argc < 3) die("usage: echo_load PORT N [SECONDS]");
	int port = atoi(argv[1]), count = atoi(argv[2]);
	double seconds = arg_seconds(argc, argv, 3, 1.0);
	double active_percent = arg_seconds(argc, argv, 4, 100.0);
	if (active_percent <= 0 || active_percent > 100) die("ACTIVE_PERCENT must be in (0, 100]");
	int every = (int) (100.0 / active_percent + 0.5);
	if (every < 1) every = 1;
	alarm((unsigned) (seconds + 90));
	struct pollfd *pfd = calloc((size_t) count, sizeof(*pfd));
	size_t *have = calloc((size_t) count, sizeof(*have));
	struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t) port)};
	inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
	char buf[4096];
	long long storm_start = now_ns();
	for (int i = 0; i < count; i++) {
		int fd = socket(AF_INET, SOCK_STREAM, 0);
		if (fd < 0) die("socket failed at connection %d: %s", i, strerror(errno));
		if (connect(fd, (void *) &sa, sizeof(sa)) != 0) die("connect %d failed: %s", i, strerror(errno));
		int one = 1;
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
		/* The welcome is two lines; wait for both so the server has taken this client. */
		int lines = 0;
		while (lines < 2) {
			struct pollfd p = {.fd = fd, .events = POLLIN};
			if (poll(&p, 1, 5000) != 1) die("no welcome on connection %d", i);
			ssize_t n = read(fd, buf, sizeof(buf));
			if (n <= 0) die("connection %d closed during the welcome", i);
			for (ssize_t k = 0; k < n; k++) lines += buf[k] == '\n';
			if (memmem(buf, (size_t) n, "full", 4)) die("server full at connection %d", i);
		}
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
		pfd[i].fd = fd;
		pfd[i].events = POLLIN;
	}
	double storm_seconds = (now_ns() - storm_start) / 1e9;
	int ep = epoll_create1(0);
	if (ep < 0) die("epoll_create1 failed");
	int active = 0;
	for (int i = 0; i < count; i += every) {
		active++;
		struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (uint32_t) i};
		if (epoll_ctl(ep, EPOLL_CTL_ADD, pfd[i].fd, &ev) != 0) die("epoll_ctl failed");
		if (write(pfd[i].fd, REQ, sizeof(REQ) - 1) != (ssize_t) sizeof(REQ) - 1) die("write failed");
	}
	struct epoll_event events[256];
	long long answers = 0, counted_from = 0, start = now_ns(), warm_until = start + 200000000LL;
	long long end = warm_until + (long long) (seconds * 1e9), t = start;
	int warm = 1;
	while (t < end) {
		int ready = epoll_wait(ep, events, 256, 5000);
		if (ready <= 0) die("no answer for 5 s (epoll_wait returned %d)", ready);
		for (int e = 0; e < ready; e++) {
			int i = (int) events[e].data.u32;
			if (events[e].events & (EPOLLERR | EPOLLHUP)) die("connection %d failed", i);
			ssize_t n = read(pfd[i].fd, buf, sizeof(buf));
			if (n < 0 && errno == EAGAIN) continue;
			if (n <= 0) die("connection %d closed", i);
			have[i] += (size_t) n;
			while (have[i] >= ANSWER_LEN) {
				have[i] -= ANSWER_LEN;
				answers++;
				if (write(pfd[i].fd, REQ, sizeof(REQ) - 1) != (ssize_t) sizeof(REQ) - 1) die("write failed");
			}
		}
		t = now_ns();
		if (warm && t >= warm_until) {
			warm = 0;
			counted_from = answers;
			start = t;
		}
	}
	double elapsed = (t - start) / 1e9;
	answers -= counted_from;
	printf("result=%.3f unit=requests/s impl=c clients=%d active=%d requests=%lld seconds=%.3f storm_seconds=%.3f\n",
		answers / elapsed, count, active, answers, elapsed, storm_seconds);
	return 0;
}
