/* GNU variants: ppoll(), strerror_r() returning char *. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "sk_line.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>

/* The bundled extension gives up on a blocking socket after this many empty reads in a row. */
#define SK_LINE_MAX_EMPTY_READS 200

/* Whether fd is non-blocking, asked of the kernel only when the caller did not say
 * (SK_LINE_ASK_FD): it matters only at end of stream and on EAGAIN, so the common path spares
 * one fcntl() per line. errno is kept, since the callers test it afterwards. */
static int nonblocking(int fd, int *is_nonblocking)
{
	if (*is_nonblocking < 0) {
		int saved = errno;
		int flags = fcntl(fd, F_GETFL);
		*is_nonblocking = flags >= 0 && (flags & O_NONBLOCK);
		errno = saved;
	}
	return *is_nonblocking;
}

static const char *find_line_end(const char *from, size_t len)
{
	/* memchr is vectorised; '\r' is rare, so look for it only before the first '\n'. */
	const char *nl = memchr(from, '\n', len);
	const char *cr = memchr(from, '\r', nl ? (size_t) (nl - from) : len);
	return cr ? cr : nl;
}

static ssize_t read_line_stream(int fd, char *buf, size_t max_len, int is_nonblocking)
{
	size_t got = 0;

	for (;;) {
		ssize_t queued = recv(fd, buf + got, max_len - got, MSG_PEEK);
		if (queued < 0) {
			if ((errno == EAGAIN || errno == EWOULDBLOCK) && got > 0 && nonblocking(fd, &is_nonblocking)) {
				return (ssize_t) got;
			}
			return -1;
		}
		if (queued == 0) {
			if (nonblocking(fd, &is_nonblocking)) {
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
			if ((errno == EAGAIN || errno == EWOULDBLOCK) && got > 0 && nonblocking(fd, &is_nonblocking)) {
				break;
			}
			return -1;
		}
		if (nonblocking(fd, &is_nonblocking)) {
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
