/* SPDX-License-Identifier: BSD-3-Clause */
/* PHP_NORMAL_READ: read up to and including the first '\r' or '\n', without consuming anything
 * after it, so that a later recv(), read or select still sees those bytes. */
#ifndef SK_LINE_H
#define SK_LINE_H

#include <stddef.h>
#include <sys/types.h>

/* Reads at most max_len bytes (max_len >= 1) of one line from fd into buf.
 * Stream sockets only this process reads: peeks at what is queued and consumes exactly the line,
 * a few system calls per line instead of one per byte. Stream sockets another process may read
 * too (SK_LINE_SHARED: inherited across a fork, received, imported, sent away): a peek could be
 * overtaken by the other reader, so one byte per call, as the bundled extension reads, under a
 * POSIX record lock that makes another process reading with this function wait for the line to
 * be complete (or, non-blocking, get EAGAIN): one call returns at most one line whatever else
 * reads the socket, and between readers that are this function each line arrives whole. With
 * SO_PEEK_OFF set it also reads one byte per call, as datagram sockets always do (each call
 * takes a datagram). kind: SK_LINE_STREAM for a stream socket (else one byte per call), plus
 * SK_LINE_SHARED as above, plus SK_LINE_CHECK_PEEK_OFFSET when SO_PEEK_OFF may be set on it (it
 * is then asked of the kernel, one getsockopt per line; without the flag a peek offset is
 * assumed unset).
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
#define SK_LINE_SHARED 4u
ssize_t sk_read_line(int fd, char *buf, size_t max_len, unsigned kind, int is_nonblocking);

#endif
