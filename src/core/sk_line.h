/* PHP_NORMAL_READ: read up to and including the first '\r' or '\n', without consuming anything
 * after it, so that a later recv(), read or select still sees those bytes. */
#ifndef SK_LINE_H
#define SK_LINE_H

#include <stddef.h>
#include <sys/types.h>

/* Reads at most max_len bytes (max_len >= 1) of one line from fd into buf.
 * Stream sockets: peeks at what is queued and consumes exactly the line, a few system calls per
 * line instead of one per byte. While it reads it holds a POSIX record lock on the socket, so a
 * forked process reading the same socket with this function waits for the line to be complete
 * (or, non-blocking, gets EAGAIN) instead of taking bytes between the peek and the read: one
 * call returns at most one line. Where peeking cannot be trusted (SO_PEEK_OFF set, record locks
 * unsupported) it reads one byte per call, as datagram sockets always do (each call takes a
 * datagram). kind: SK_LINE_STREAM for a stream socket (else one byte per call), plus
 * SK_LINE_CHECK_PEEK_OFFSET when SO_PEEK_OFF may be set on it (it is then asked of the kernel,
 * one getsockopt per line; without the flag a peek offset is assumed unset).
 * Returns the number of bytes stored (the line ending included when one was found);
 * 0 when a non-blocking socket is at end of stream; -1 with errno on failure: ECONNRESET when a
 * blocking stream ends before a line ending (the partial line is dropped, as PHP always did),
 * EAGAIN when a non-blocking socket has nothing queued, or when SO_RCVTIMEO expires before the
 * first byte (once part of a line is consumed, a timeout does not end the read: it waits for the
 * rest, as PHP always did, so no byte is lost). A non-blocking socket with part of a line queued
 * returns that part. */
/* is_nonblocking: 1 or 0 when the caller knows, SK_LINE_ASK_FD to have it asked of fd (fcntl) only
 * on the rare paths where it matters (end of stream, EAGAIN). */
#define SK_LINE_ASK_FD (-1)
#define SK_LINE_STREAM 1u
#define SK_LINE_CHECK_PEEK_OFFSET 2u
ssize_t sk_read_line(int fd, char *buf, size_t max_len, unsigned kind, int is_nonblocking);

#endif
