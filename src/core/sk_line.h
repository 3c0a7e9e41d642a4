/* PHP_NORMAL_READ: read up to and including the first '\r' or '\n', without consuming anything
 * after it, so that a later recv(), read or select still sees those bytes. */
#ifndef SK_LINE_H
#define SK_LINE_H

#include <stddef.h>
#include <sys/types.h>

/* Reads at most max_len bytes (max_len >= 1) of one line from fd into buf.
 * Stream sockets: peeks at what is queued and consumes exactly the line, two system calls per
 * line instead of one per byte. Other sockets: one byte per call, as each call takes a datagram.
 * Returns the number of bytes stored (the line ending included when one was found);
 * 0 when a non-blocking socket is at end of stream; -1 with errno on failure: ECONNRESET when a
 * blocking stream ends before a line ending (the partial line is dropped, as PHP always did),
 * EAGAIN when a non-blocking socket has nothing queued. A non-blocking socket with part of a
 * line queued returns that part. */
/* is_nonblocking: 1 or 0 when the caller knows, SK_LINE_ASK_FD to have it asked of fd (fcntl) only
 * on the rare paths where it matters (end of stream, EAGAIN). */
#define SK_LINE_ASK_FD (-1)
ssize_t sk_read_line(int fd, char *buf, size_t max_len, int is_stream, int is_nonblocking);

#endif
