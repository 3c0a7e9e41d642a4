/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer harness: sk_read_line (PHP_NORMAL_READ), the parser of bytes a peer sends.
 * Input: byte 0 = max_len - 1, byte 1 = mode (bit 0: datagram socket, bit 1: non-blocking),
 * the rest = what the peer sends (stream: one write, then shutdown; datagram: 3-byte datagrams).
 * Reads lines until the end and checks every property PHP scripts rely on: a line never exceeds
 * max_len, ends at its first '\r' or '\n' (or at max_len, or where the data ran out), and the
 * lines put together are exactly what was sent (stream) or the first byte of each datagram. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "sk_line.h"

#define MAX_DATA 4096   /* well under a socketpair's buffer: one write never blocks */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2 || size - 2 > MAX_DATA) {
		return 0;
	}
	size_t max_len = (size_t) data[0] + 1;
	int is_stream = !(data[1] & 1);
	int nonblocking = (data[1] & 2) || !is_stream;   /* a blocking datagram read would wait forever */
	const char *in = (const char *) data + 2;
	size_t in_len = size - 2;

	int sv[2];
	if (socketpair(AF_UNIX, is_stream ? SOCK_STREAM : SOCK_DGRAM, 0, sv) != 0) {
		return 0;
	}
	/* What the reader must get: all bytes (stream) or the first byte of each datagram. */
	char *expect = malloc(in_len + 1);
	size_t expect_len = 0;
	if (is_stream) {
		if (in_len > 0 && write(sv[1], in, in_len) != (ssize_t) in_len) {
			abort();
		}
		memcpy(expect, in, in_len);
		expect_len = in_len;
		shutdown(sv[1], SHUT_WR);
	} else {
		for (size_t off = 0; off < in_len; off += 3) {
			size_t n = in_len - off < 3 ? in_len - off : 3;
			/* the datagram queue is short (net.unix.max_dgram_qlen): send what fits */
			if (send(sv[1], in + off, n, MSG_DONTWAIT) != (ssize_t) n) {
				if (errno == EAGAIN || errno == EWOULDBLOCK) {
					break;
				}
				abort();
			}
			expect[expect_len++] = in[off];
		}
	}
	if (nonblocking) {
		fcntl(sv[0], F_SETFL, fcntl(sv[0], F_GETFL) | O_NONBLOCK);
	}

	char *buf = malloc(max_len);   /* exactly max_len: ASan catches a write past it */
	size_t got = 0;
	for (;;) {
		ssize_t n = sk_read_line(sv[0], buf, max_len, is_stream ? SK_LINE_STREAM : 0, nonblocking);
		if (n < 0) {
			/* the end: a blocking stream reports ECONNRESET, a non-blocking one EAGAIN */
			if (errno != ECONNRESET && errno != EAGAIN) {
				abort();
			}
			if (errno == ECONNRESET && got != expect_len) {
				/* blocking stream: only a partial last line (no ending) may be dropped */
				if (memchr(expect + got, '\n', expect_len - got) || memchr(expect + got, '\r', expect_len - got)
					|| expect_len - got >= max_len) {
					abort();
				}
				got = expect_len;
			}
			break;
		}
		if (n == 0) {
			break;
		}
		if ((size_t) n > max_len || got + (size_t) n > expect_len || memcmp(buf, expect + got, (size_t) n) != 0) {
			abort();
		}
		/* no line ending before the last byte */
		for (ssize_t i = 0; i + 1 < n; i++) {
			if (buf[i] == '\n' || buf[i] == '\r') {
				abort();
			}
		}
		got += (size_t) n;
	}
	if (got != expect_len) {
		abort();
	}
	free(buf);
	free(expect);
	close(sv[0]);
	close(sv[1]);
	return 0;
}
