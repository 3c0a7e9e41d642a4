/* GNU variants: ppoll(), strerror_r() returning char *. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "sk_line.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>

/* The bundled extension gives up on a blocking socket after this many empty reads in a row. */
#define SK_LINE_MAX_EMPTY_READS 200

static const char *find_line_end(const char *from, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (from[i] == '\n' || from[i] == '\r') {
			return from + i;
		}
	}
	return NULL;
}

static ssize_t read_line_stream(int fd, char *buf, size_t max_len, int is_nonblocking)
{
	size_t got = 0;

	for (;;) {
		ssize_t queued = recv(fd, buf + got, max_len - got, MSG_PEEK);
		if (queued < 0) {
			if ((errno == EAGAIN || errno == EWOULDBLOCK) && is_nonblocking && got > 0) {
				return (ssize_t) got;
			}
			return -1;
		}
		if (queued == 0) {
			if (is_nonblocking) {
				return (ssize_t) got;
			}
			errno = ECONNRESET;
			return -1;
		}

		const char *end = find_line_end(buf + got, (size_t) queued);
		size_t take = end ? (size_t) (end - (buf + got)) + 1 : (size_t) queued;

		/* Consume exactly what the peek showed to belong to this line. */
		ssize_t taken = recv(fd, buf + got, take, 0);
		if (taken < 0) {
			return -1;
		}
		got += (size_t) taken;
		if ((end && (size_t) taken == take) || got == max_len) {
			return (ssize_t) got;
		}
		/* What was queued had no line end: the next peek waits for more (EINTR and EAGAIN end it). */
	}
}

static ssize_t read_line_bytewise(int fd, char *buf, size_t max_len, int is_nonblocking)
{
	size_t got = 0;
	int empty_reads = 0;

	while (got < max_len) {
		ssize_t n = recv(fd, buf + got, 1, 0);
		if (n == 1) {
			got++;
			if (buf[got - 1] == '\n' || buf[got - 1] == '\r') {
				break;
			}
			continue;
		}
		if (n < 0) {
			if ((errno == EAGAIN || errno == EWOULDBLOCK) && is_nonblocking && got > 0) {
				break;
			}
			return -1;
		}
		if (is_nonblocking) {
			break;
		}
		if (++empty_reads >= SK_LINE_MAX_EMPTY_READS) {
			errno = ECONNRESET;
			return -1;
		}
	}
	return (ssize_t) got;
}

ssize_t sk_read_line(int fd, char *buf, size_t max_len, int is_stream, int is_nonblocking)
{
	return is_stream ? read_line_stream(fd, buf, max_len, is_nonblocking)
		: read_line_bytewise(fd, buf, max_len, is_nonblocking);
}
