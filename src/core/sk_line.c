/* SPDX-License-Identifier: BSD-3-Clause */
/* GNU variants: ppoll(), strerror_r() returning char *. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "sk_line.h"
#include "sk_error.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef SO_PEEK_OFF
#define SO_PEEK_OFF 42
#endif

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

static int is_line_end(char c)
{
	return c == '\n' || c == '\r';
}

static const char *find_line_end(const char *from, size_t len)
{
	/* memchr is vectorised; '\r' is rare, so look for it only before the first '\n'. */
	const char *nl = memchr(from, '\n', len);
	const char *cr = memchr(from, '\r', nl ? (size_t) (nl - from) : len);
	return cr ? cr : nl;
}

/* --- the readers' lock ------------------------------------------------------------------
 * A socket that another process may read too (SK_LINE_SHARED) is read one byte per call, and
 * for the length of the read this holds a POSIX record lock on it (byte 0 of its inode), so
 * that another process reading it with this function waits for the line to be complete instead
 * of taking the line's later bytes. Such locks belong to the process: a forked child's lock
 * conflicts with its parent's, the kernel drops them when a process closes the socket or dies,
 * and no other call uses them. */

enum { LOCK_HELD, LOCK_UNSUPPORTED, LOCK_FAILED };

static int readers_lock(int fd, int cmd, short type)
{
	struct flock lock;
	memset(&lock, 0, sizeof(lock));
	lock.l_type = type;
	lock.l_whence = SEEK_SET;
	lock.l_start = 0;
	lock.l_len = 1;
	return fcntl(fd, cmd, &lock);
}

/* Takes the lock: without waiting when it is free, else waiting on a blocking socket (another
 * process is in the middle of a line) and failing with EAGAIN on a non-blocking one. */
static int take_readers_lock(int fd, int *is_nonblocking)
{
	if (readers_lock(fd, F_SETLK, F_WRLCK) == 0) {
		return LOCK_HELD;
	}
	if (errno == EAGAIN || errno == EACCES) {
		if (nonblocking(fd, is_nonblocking)) {
			errno = EAGAIN;
			return LOCK_FAILED;
		}
		/* EINTR (a signal) is reported as an interrupted recv() would be. A process holds this
		 * lock only inside one read and waits for no other lock meanwhile, so no cycle (EDEADLK)
		 * can form. */
		return readers_lock(fd, F_SETLKW, F_WRLCK) == 0 ? LOCK_HELD : LOCK_FAILED;
	}
	if (errno == EBADF) {
		return LOCK_FAILED;
	}
	return LOCK_UNSUPPORTED;   /* ENOLCK and the like: read without the lock */
}

static void release_readers_lock(int fd)
{
	int saved = errno;
	readers_lock(fd, F_SETLK, F_UNLCK);
	errno = saved;
}

/* With SO_PEEK_OFF set, MSG_PEEK reads from (and moves) the peek offset instead of the head of
 * the queue: peeking would find the wrong line end and disturb the caller's offset. */
static int peek_offset_in_use(int fd)
{
	int offset = -1;
	socklen_t len = sizeof(offset);
	return getsockopt(fd, SOL_SOCKET, SO_PEEK_OFF, &offset, &len) == 0 && offset >= 0;
}

/* --- stream sockets: peek, then consume exactly the line ---------------------------------- */

static ssize_t read_line_stream(int fd, char *buf, size_t max_len, int is_nonblocking)
{
	size_t got = 0;

	for (;;) {
		/* Never a blocking peek: it would wait for SO_RCVLOWAT bytes although a line is queued. */
		ssize_t queued = recv(fd, buf + got, max_len - got, MSG_PEEK | MSG_DONTWAIT);
		if (queued > 0) {
			const char *end = find_line_end(buf + got, (size_t) queued);
			size_t take = end ? (size_t) (end - (buf + got)) + 1 : (size_t) queued;

			/* Consume exactly what the peek showed to belong to this line. */
			ssize_t taken = recv(fd, buf + got, take, MSG_DONTWAIT);
			if (taken < 0) {
				if (!sk_error_would_block(errno)) {
					return -1;
				}
				taken = 0;
			}
			got += (size_t) taken;
			if ((end && (size_t) taken == take) || got == max_len) {
				return (ssize_t) got;
			}
			continue;
		}
		if (queued == 0) {
			if (nonblocking(fd, &is_nonblocking)) {
				return (ssize_t) got;
			}
			errno = ECONNRESET;
			return -1;
		}
		if (!sk_error_would_block(errno)) {
			return -1;
		}
		if (nonblocking(fd, &is_nonblocking)) {
			return got > 0 ? (ssize_t) got : -1;
		}

		/* Blocking socket with nothing queued: wait for one byte, as the bundled extension's
		 * one-byte reads do (SO_RCVLOWAT does not hold back a one-byte read). */
		ssize_t n = recv(fd, buf + got, 1, 0);
		if (n == 1) {
			got++;
			if (is_line_end(buf[got - 1]) || got == max_len) {
				return (ssize_t) got;
			}
			continue;
		}
		if (n == 0) {
			errno = ECONNRESET;
			return -1;
		}
		/* SO_RCVTIMEO expired. Before the first byte that ends the read; once part of a line is
		 * consumed, keep waiting for its end as the bundled extension does, so nothing is lost. */
		if (sk_error_would_block(errno) && got > 0) {
			continue;
		}
		return -1;
	}
}

/* --- one byte per call: datagram sockets, and streams where peeking is unsafe -------------- */

static ssize_t read_line_bytewise(int fd, char *buf, size_t max_len, int is_nonblocking)
{
	size_t got = 0;
	int empty_reads = 0;

	while (got < max_len) {
		ssize_t n = recv(fd, buf + got, 1, 0);
		if (n == 1) {
			got++;
			if (is_line_end(buf[got - 1])) {
				break;
			}
			continue;
		}
		if (n < 0) {
			if (sk_error_would_block(errno) && got > 0) {
				if (nonblocking(fd, &is_nonblocking)) {
					break;
				}
				continue;   /* SO_RCVTIMEO in the middle of a line: keep waiting, as above */
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

ssize_t sk_read_line(int fd, char *buf, size_t max_len, unsigned kind, int is_nonblocking)
{
	if (!(kind & SK_LINE_STREAM)) {
		return read_line_bytewise(fd, buf, max_len, is_nonblocking);
	}
	if (!(kind & SK_LINE_SHARED)) {
		/* Only this process reads the socket: nothing can come between the peek and the read. */
		return (kind & SK_LINE_CHECK_PEEK_OFFSET) && peek_offset_in_use(fd)
			? read_line_bytewise(fd, buf, max_len, is_nonblocking)
			: read_line_stream(fd, buf, max_len, is_nonblocking);
	}
	/* Another process may read it too, and not every reader is this function: a peek could be
	 * overtaken, so one byte per call, as the bundled extension reads. The lock keeps the other
	 * readers that are this function out until the line is complete, so that between them each
	 * line still arrives whole in one process. */
	int lock = take_readers_lock(fd, &is_nonblocking);
	if (lock == LOCK_FAILED) {
		return -1;
	}
	ssize_t got = read_line_bytewise(fd, buf, max_len, is_nonblocking);
	if (lock == LOCK_HELD) {
		release_readers_lock(fd);
	}
	return got;
}
