/* SPDX-License-Identifier: BSD-3-Clause */
/* Socket helpers shared by the unit tests: delayed writers, TCP loopback pairs, fd limits. */
#ifndef TH_UNIT_UTIL_H
#define TH_UNIT_UTIL_H

#include "harness.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>

/* One write of a delayed writer: wait delay_ms, then write len bytes of data. */
typedef struct th_chunk {
	long delay_ms;
	const char *data;
	size_t len;
} th_chunk;

#define TH_CHUNK(delay_ms, literal) { (delay_ms), (literal), sizeof(literal) - 1 }

TH_FN int th_write_all(int fd, const void *data, size_t len)
{
	const char *p = data;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR) {
				continue;
			}
			return -1;
		}
		p += n;
		len -= (size_t) n;
	}
	return 0;
}

/* Forks a process that writes the chunks to fd (each as one send, so a datagram socket gets one
 * datagram per chunk), then closes fd and exits. The caller still owns its copy of fd: close it
 * when the reader must see end of stream. Returns the pid, or -1. */
TH_FN pid_t th_spawn_writer(int fd, const th_chunk *chunks, size_t count)
{
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid != 0) {
		return pid;
	}
	for (size_t i = 0; i < count; i++) {
		if (chunks[i].delay_ms > 0) {
			th_sleep_ms(chunks[i].delay_ms);
		}
		ssize_t n = send(fd, chunks[i].data, chunks[i].len, 0);
		if (n < 0 || th_write_all(fd, chunks[i].data + n, chunks[i].len - (size_t) n) != 0) {
			_exit(2);
		}
	}
	close(fd);
	_exit(0);
}

/* Waits for a child; returns 1 when it exited with status 0. */
TH_FN int th_reap(pid_t pid)
{
	int status = 0;
	if (pid <= 0) {
		return 0;
	}
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR) {
			return 0;
		}
	}
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

TH_FN int th_set_nonblocking(int fd)
{
	int flags = fcntl(fd, F_GETFL);
	return flags < 0 ? -1 : fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

/* What is queued on fd right now (never blocks). -1 with errno EAGAIN when nothing is. */
TH_FN ssize_t th_recv_now(int fd, char *buf, size_t size)
{
	return recv(fd, buf, size, MSG_DONTWAIT);
}

/* A connected TCP pair on 127.0.0.1 (ephemeral port). Returns 0, or -1. */
TH_FN int th_tcp_pair(int *client, int *server)
{
	struct sockaddr_in addr;
	socklen_t len = sizeof(addr);
	int listener = socket(AF_INET, SOCK_STREAM, 0);
	if (listener < 0) {
		return -1;
	}
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(listener, (struct sockaddr *) &addr, sizeof(addr)) != 0
		|| listen(listener, 4) != 0
		|| getsockname(listener, (struct sockaddr *) &addr, &len) != 0) {
		close(listener);
		return -1;
	}
	*client = socket(AF_INET, SOCK_STREAM, 0);
	if (*client < 0 || connect(*client, (struct sockaddr *) &addr, sizeof(addr)) != 0) {
		close(listener);
		return -1;
	}
	*server = accept(listener, NULL, NULL);
	close(listener);
	return *server < 0 ? -1 : 0;
}

/* Raises the soft RLIMIT_NOFILE to at least want (bounded by the hard limit). Returns 0 when
 * descriptors up to want - 1 can be used. */
TH_FN int th_raise_fd_limit(rlim_t want)
{
	struct rlimit lim;
	if (getrlimit(RLIMIT_NOFILE, &lim) != 0) {
		return -1;
	}
	if (lim.rlim_cur != RLIM_INFINITY && lim.rlim_cur < want) {
		if (lim.rlim_max != RLIM_INFINITY && lim.rlim_max < want) {
			errno = EMFILE;
			return -1;
		}
		lim.rlim_cur = want;
		if (setrlimit(RLIMIT_NOFILE, &lim) != 0) {
			return -1;
		}
	}
	return 0;
}

#endif
