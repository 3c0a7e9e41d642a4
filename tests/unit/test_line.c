/* SPDX-License-Identifier: BSD-3-Clause */
/* sk_read_line: PHP_NORMAL_READ. A line ends after the first '\r' or '\n'; nothing after it is
 * consumed, so recv()/poll see the rest. */
#include "unit_util.h"
#include <stdbool.h>
#include "sk_line.h"

#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <sys/wait.h>

#ifndef SO_PEEK_OFF
#define SO_PEEK_OFF 42
#endif

#define STREAM SK_LINE_STREAM
#define DGRAM 0
#define BLOCKING 0
#define NONBLOCKING 1

static int stream_pair(int sv[2])
{
	return socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
}

static int dgram_pair(int sv[2])
{
	return socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
}

/* --- line endings ---------------------------------------------------------------------- */

static void line_ending_in_newline_includes_the_newline(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "hello\n", 6) == 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "hello\n", 6);
	close(sv[0]);
	close(sv[1]);
}

static void normal_read_keeps_bytes_after_newline(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "first\nsecond line\nthird", 23) == 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "first\n", 6);
	/* Everything after the newline is still queued, for a plain recv(). */
	n = th_recv_now(sv[0], buf, sizeof(buf));
	CHECK_MEM_EQ(buf, n, "second line\nthird", 17);
	close(sv[0]);
	close(sv[1]);
}

static void consecutive_lines_are_read_one_per_call(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "a\nbb\n\nccc\n", 10) == 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "a\n", 2);
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "bb\n", 3);
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "\n", 1);
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "ccc\n", 4);
	CHECK_EQ(th_recv_now(sv[0], buf, sizeof(buf)), -1);
	close(sv[0]);
	close(sv[1]);
}

static void line_ending_in_cr_alone_includes_the_cr(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "mac\rrest", 8) == 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "mac\r", 4);
	n = th_recv_now(sv[0], buf, sizeof(buf));
	CHECK_MEM_EQ(buf, n, "rest", 4);
	close(sv[0]);
	close(sv[1]);
}

static void crlf_returns_cr_line_then_lone_newline_on_next_call(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "dos\r\nnext\r\n", 11) == 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "dos\r", 4);
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "\n", 1);
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "next\r", 5);
	n = th_recv_now(sv[0], buf, sizeof(buf));
	CHECK_MEM_EQ(buf, n, "\n", 1);
	close(sv[0]);
	close(sv[1]);
}

static void nul_bytes_inside_a_line_are_kept(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "a\0b\0\nz", 6) == 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "a\0b\0\n", 5);
	n = th_recv_now(sv[0], buf, sizeof(buf));
	CHECK_MEM_EQ(buf, n, "z", 1);
	close(sv[0]);
	close(sv[1]);
}

/* --- lines arriving in pieces ---------------------------------------------------------- */

static void line_split_across_delayed_writes_is_joined(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	th_chunk chunks[] = {
		TH_CHUNK(0, "hel"),
		TH_CHUNK(100, "lo wo"),
		TH_CHUNK(100, "rld\nafter"),
	};
	pid_t writer = th_spawn_writer(sv[1], chunks, 3);
	REQUIRE(writer > 0);
	long long start = th_now_ms();
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "hello world\n", 12);
	CHECK(th_now_ms() - start >= 150); /* it really waited for the later writes */
	CHECK(th_reap(writer));
	n = th_recv_now(sv[0], buf, sizeof(buf));
	CHECK_MEM_EQ(buf, n, "after", 5);
	close(sv[0]);
	close(sv[1]);
}

static void blocking_read_waits_for_the_first_byte(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	th_chunk chunks[] = { TH_CHUNK(150, "late\n") };
	pid_t writer = th_spawn_writer(sv[1], chunks, 1);
	REQUIRE(writer > 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "late\n", 5);
	CHECK(th_reap(writer));
	close(sv[0]);
	close(sv[1]);
}

static void line_ending_arriving_alone_in_a_later_write_ends_the_line(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	th_chunk chunks[] = { TH_CHUNK(0, "no end yet"), TH_CHUNK(100, "\r"), TH_CHUNK(0, "\n") };
	pid_t writer = th_spawn_writer(sv[1], chunks, 3);
	REQUIRE(writer > 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "no end yet\r", 11);
	CHECK(th_reap(writer));
	n = th_recv_now(sv[0], buf, sizeof(buf));
	CHECK_MEM_EQ(buf, n, "\n", 1);
	close(sv[0]);
	close(sv[1]);
}

/* Far more than a socket buffer holds: the reader must consume in several rounds. */
static void line_longer_than_the_socket_buffer_is_read_whole(void)
{
	enum { LINE = 1 << 20 };
	int sv[2];
	char *line = malloc(LINE + 8), *buf = malloc(LINE + 64);
	REQUIRE(line != NULL && buf != NULL);
	for (size_t i = 0; i < LINE - 1; i++) {
		line[i] = (char) ('a' + i % 26);
	}
	line[LINE - 1] = '\n';
	memcpy(line + LINE, "tail", 4);
	if (stream_pair(sv) != 0) {
		CHECK(0);
		free(line);
		free(buf);
		return;
	}
	th_chunk chunks[] = { { 0, line, LINE + 4 } };
	pid_t writer = th_spawn_writer(sv[1], chunks, 1);
	CHECK(writer > 0);
	ssize_t n = sk_read_line(sv[0], buf, LINE + 64, STREAM, BLOCKING);
	CHECK_EQ(n, LINE);
	CHECK(n == LINE && memcmp(buf, line, LINE) == 0);
	CHECK(th_reap(writer));
	n = th_recv_now(sv[0], buf, 64);
	CHECK_MEM_EQ(buf, n, "tail", 4);
	free(line);
	free(buf);
	close(sv[0]);
	close(sv[1]);
}

static void rest_after_line_end_still_makes_poll_report_readable(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "line\nmore", 9) == 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "line\n", 5);
	struct pollfd p = { sv[0], POLLIN, 0 };
	CHECK_EQ(poll(&p, 1, 0), 1);
	CHECK(p.revents & POLLIN);
	close(sv[0]);
	close(sv[1]);
}

static void tcp_line_read_leaves_the_rest_queued(void)
{
	int client, server;
	char buf[64];
	REQUIRE(th_tcp_pair(&client, &server) == 0);
	REQUIRE(th_write_all(client, "GET / HTTP/1.0\r\nHost: x\r\n", 25) == 0);
	ssize_t n = sk_read_line(server, buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "GET / HTTP/1.0\r", 15);
	n = sk_read_line(server, buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "\n", 1);
	n = sk_read_line(server, buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "Host: x\r", 8);
	n = th_recv_now(server, buf, sizeof(buf));
	CHECK_MEM_EQ(buf, n, "\n", 1);
	close(client);
	close(server);
}

/* --- max_len --------------------------------------------------------------------------- */

static void max_len_reached_before_line_end_returns_max_len_bytes(void)
{
	int sv[2];
	char buf[64];
	memset(buf, '#', sizeof(buf));
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "abcdefgh\n", 9) == 0);
	ssize_t n = sk_read_line(sv[0], buf, 4, STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "abcd", 4);
	CHECK_EQ(buf[4], '#'); /* nothing written past max_len */
	/* The rest of the line is the next read. */
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "efgh\n", 5);
	close(sv[0]);
	close(sv[1]);
}

static void max_len_reached_across_delayed_writes_stops_at_max_len(void)
{
	int sv[2];
	char buf[64];
	memset(buf, '#', sizeof(buf));
	REQUIRE(stream_pair(sv) == 0);
	th_chunk chunks[] = { TH_CHUNK(0, "abc"), TH_CHUNK(100, "defgh\n") };
	pid_t writer = th_spawn_writer(sv[1], chunks, 2);
	REQUIRE(writer > 0);
	ssize_t n = sk_read_line(sv[0], buf, 5, STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "abcde", 5);
	CHECK_EQ(buf[5], '#');
	CHECK(th_reap(writer));
	n = th_recv_now(sv[0], buf, sizeof(buf));
	CHECK_MEM_EQ(buf, n, "fgh\n", 4);
	close(sv[0]);
	close(sv[1]);
}

static void max_len_equal_to_line_length_returns_the_whole_line(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "abc\nd", 5) == 0);
	ssize_t n = sk_read_line(sv[0], buf, 4, STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "abc\n", 4);
	n = th_recv_now(sv[0], buf, sizeof(buf));
	CHECK_MEM_EQ(buf, n, "d", 1);
	close(sv[0]);
	close(sv[1]);
}

static void max_len_one_reads_a_single_byte(void)
{
	int sv[2];
	char buf[8];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "xy\n", 3) == 0);
	ssize_t n = sk_read_line(sv[0], buf, 1, STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "x", 1);
	n = sk_read_line(sv[0], buf, 1, STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "y", 1);
	n = sk_read_line(sv[0], buf, 1, STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "\n", 1);
	close(sv[0]);
	close(sv[1]);
}

/* --- end of stream and non-blocking sockets -------------------------------------------- */

static void blocking_eof_before_line_end_is_econnreset(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "partial", 7) == 0);
	close(sv[1]);
	errno = 0;
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	int err = errno;
	CHECK_EQ(n, -1);
	CHECK_EQ(err, ECONNRESET);
	close(sv[0]);
}

static void blocking_eof_arriving_later_drops_the_partial_line(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	th_chunk chunks[] = { TH_CHUNK(0, "part"), TH_CHUNK(100, "ial") };
	pid_t writer = th_spawn_writer(sv[1], chunks, 2);
	REQUIRE(writer > 0);
	close(sv[1]); /* the writer's exit is the end of stream */
	errno = 0;
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	int err = errno;
	CHECK_EQ(n, -1);
	CHECK_EQ(err, ECONNRESET);
	CHECK(th_reap(writer));
	close(sv[0]);
}

static void blocking_eof_with_nothing_queued_is_econnreset(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	close(sv[1]);
	errno = 0;
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	int err = errno;
	CHECK_EQ(n, -1);
	CHECK_EQ(err, ECONNRESET);
	close(sv[0]);
}

static void blocking_complete_line_before_eof_is_returned_then_econnreset(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "last\n", 5) == 0);
	close(sv[1]);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "last\n", 5);
	errno = 0;
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	int err = errno;
	CHECK_EQ(n, -1);
	CHECK_EQ(err, ECONNRESET);
	close(sv[0]);
}

static void nonblocking_nothing_queued_is_eagain(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_set_nonblocking(sv[0]) == 0);
	errno = 0;
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, NONBLOCKING);
	int err = errno;
	CHECK_EQ(n, -1);
	CHECK(err == EAGAIN || err == EWOULDBLOCK);
	close(sv[0]);
	close(sv[1]);
}

static void nonblocking_partial_line_queued_is_returned(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_set_nonblocking(sv[0]) == 0);
	REQUIRE(th_write_all(sv[1], "part", 4) == 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, NONBLOCKING);
	CHECK_MEM_EQ(buf, n, "part", 4);
	/* It was consumed: the next read finds nothing. */
	errno = 0;
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, NONBLOCKING);
	int err = errno;
	CHECK_EQ(n, -1);
	CHECK(err == EAGAIN || err == EWOULDBLOCK);
	close(sv[0]);
	close(sv[1]);
}

static void nonblocking_complete_line_leaves_the_rest_queued(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_set_nonblocking(sv[0]) == 0);
	REQUIRE(th_write_all(sv[1], "one\ntwo", 7) == 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, NONBLOCKING);
	CHECK_MEM_EQ(buf, n, "one\n", 4);
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, NONBLOCKING);
	CHECK_MEM_EQ(buf, n, "two", 3);
	close(sv[0]);
	close(sv[1]);
}

static void nonblocking_eof_returns_zero(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_set_nonblocking(sv[0]) == 0);
	close(sv[1]);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, NONBLOCKING);
	CHECK_EQ(n, 0);
	close(sv[0]);
}

static void nonblocking_partial_line_then_eof_returns_the_part_then_zero(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_set_nonblocking(sv[0]) == 0);
	REQUIRE(th_write_all(sv[1], "tail", 4) == 0);
	close(sv[1]);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, NONBLOCKING);
	CHECK_MEM_EQ(buf, n, "tail", 4);
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, NONBLOCKING);
	CHECK_EQ(n, 0);
	close(sv[0]);
}

/* --- datagram sockets: one byte per recv, each recv takes a whole datagram -------------- */

static void datagram_line_is_assembled_from_one_byte_datagrams(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(dgram_pair(sv) == 0);
	REQUIRE(send(sv[1], "a", 1, 0) == 1);
	REQUIRE(send(sv[1], "b", 1, 0) == 1);
	REQUIRE(send(sv[1], "\n", 1, 0) == 1);
	REQUIRE(send(sv[1], "c", 1, 0) == 1);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), DGRAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "ab\n", 3);
	/* The datagram after the line end is still queued. */
	n = th_recv_now(sv[0], buf, sizeof(buf));
	CHECK_MEM_EQ(buf, n, "c", 1);
	close(sv[0]);
	close(sv[1]);
}

static void datagram_mode_takes_one_byte_from_each_datagram(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(dgram_pair(sv) == 0);
	REQUIRE(send(sv[1], "xyz", 3, 0) == 3);
	REQUIRE(send(sv[1], "\nrest", 5, 0) == 5);
	REQUIRE(send(sv[1], "next", 4, 0) == 4);
	/* As in PHP: each 1-byte recv consumes a datagram, the rest of it is lost. */
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), DGRAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "x\n", 2);
	n = th_recv_now(sv[0], buf, sizeof(buf));
	CHECK_MEM_EQ(buf, n, "next", 4);
	close(sv[0]);
	close(sv[1]);
}

static void datagram_line_ending_in_cr_stops_there(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(dgram_pair(sv) == 0);
	REQUIRE(send(sv[1], "q", 1, 0) == 1);
	REQUIRE(send(sv[1], "\r", 1, 0) == 1);
	REQUIRE(send(sv[1], "\n", 1, 0) == 1);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), DGRAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "q\r", 2);
	n = sk_read_line(sv[0], buf, sizeof(buf), DGRAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "\n", 1);
	close(sv[0]);
	close(sv[1]);
}

static void datagram_max_len_stops_before_line_end(void)
{
	int sv[2];
	char buf[64];
	memset(buf, '#', sizeof(buf));
	REQUIRE(dgram_pair(sv) == 0);
	const char *bytes = "abcd\n";
	for (int i = 0; i < 5; i++) {
		REQUIRE(send(sv[1], bytes + i, 1, 0) == 1);
	}
	ssize_t n = sk_read_line(sv[0], buf, 2, DGRAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "ab", 2);
	CHECK_EQ(buf[2], '#');
	n = sk_read_line(sv[0], buf, sizeof(buf), DGRAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "cd\n", 3);
	close(sv[0]);
	close(sv[1]);
}

static void datagram_blocking_read_waits_for_later_datagrams(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(dgram_pair(sv) == 0);
	th_chunk chunks[] = { TH_CHUNK(0, "h"), TH_CHUNK(100, "i"), TH_CHUNK(50, "\n") };
	pid_t writer = th_spawn_writer(sv[1], chunks, 3);
	REQUIRE(writer > 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), DGRAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "hi\n", 3);
	CHECK(th_reap(writer));
	close(sv[0]);
	close(sv[1]);
}

static void datagram_nonblocking_nothing_queued_is_eagain(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(dgram_pair(sv) == 0);
	REQUIRE(th_set_nonblocking(sv[0]) == 0);
	errno = 0;
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), DGRAM, NONBLOCKING);
	int err = errno;
	CHECK_EQ(n, -1);
	CHECK(err == EAGAIN || err == EWOULDBLOCK);
	close(sv[0]);
	close(sv[1]);
}

static void datagram_nonblocking_partial_line_is_returned(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(dgram_pair(sv) == 0);
	REQUIRE(th_set_nonblocking(sv[0]) == 0);
	REQUIRE(send(sv[1], "o", 1, 0) == 1);
	REQUIRE(send(sv[1], "k", 1, 0) == 1);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), DGRAM, NONBLOCKING);
	CHECK_MEM_EQ(buf, n, "ok", 2);
	close(sv[0]);
	close(sv[1]);
}

/* recv() returning 0 over and over (here: reads shut down) ends a blocking read after the
 * bundled extension's 200 empty reads, with ECONNRESET. */
static void datagram_blocking_endless_empty_reads_give_econnreset(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(dgram_pair(sv) == 0);
	REQUIRE(send(sv[1], "p", 1, 0) == 1);
	REQUIRE(shutdown(sv[0], SHUT_RD) == 0);
	errno = 0;
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), DGRAM, BLOCKING);
	int err = errno;
	CHECK_EQ(n, -1);
	CHECK_EQ(err, ECONNRESET);
	close(sv[0]);
	close(sv[1]);
}

static void datagram_nonblocking_empty_datagram_ends_the_read(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(dgram_pair(sv) == 0);
	REQUIRE(th_set_nonblocking(sv[0]) == 0);
	REQUIRE(send(sv[1], "a", 1, 0) == 1);
	REQUIRE(send(sv[1], "", 0, 0) == 0);
	REQUIRE(send(sv[1], "b", 1, 0) == 1);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), DGRAM, NONBLOCKING);
	CHECK_MEM_EQ(buf, n, "a", 1);
	n = sk_read_line(sv[0], buf, sizeof(buf), DGRAM, NONBLOCKING);
	CHECK_MEM_EQ(buf, n, "b", 1);
	close(sv[0]);
	close(sv[1]);
}


/* --- SK_LINE_ASK_FD: the descriptor's own O_NONBLOCK decides, asked only when it matters ---- */

static void ask_fd_nonblocking_partial_line_then_eagain_then_eof(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_set_nonblocking(sv[0]) == 0);
	REQUIRE(th_write_all(sv[1], "part", 4) == 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, SK_LINE_ASK_FD);
	CHECK_MEM_EQ(buf, n, "part", 4);
	errno = 0;
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, SK_LINE_ASK_FD);
	int err = errno;
	CHECK_EQ(n, -1);
	CHECK(err == EAGAIN || err == EWOULDBLOCK);
	close(sv[1]);
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, SK_LINE_ASK_FD);
	CHECK_EQ(n, 0);
	close(sv[0]);
}

static void ask_fd_blocking_eof_before_line_end_is_econnreset(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "line\npart", 9) == 0);
	close(sv[1]);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, SK_LINE_ASK_FD);
	CHECK_MEM_EQ(buf, n, "line\n", 5);
	errno = 0;
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, SK_LINE_ASK_FD);
	int err = errno;
	CHECK_EQ(n, -1);
	CHECK_EQ(err, ECONNRESET);
	close(sv[0]);
}

static void ask_fd_datagram_nonblocking_partial_line_is_returned(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(dgram_pair(sv) == 0);
	REQUIRE(th_set_nonblocking(sv[0]) == 0);
	REQUIRE(send(sv[1], "a", 1, 0) == 1);
	REQUIRE(send(sv[1], "b", 1, 0) == 1);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), DGRAM, SK_LINE_ASK_FD);
	CHECK_MEM_EQ(buf, n, "ab", 2);
	close(sv[0]);
	close(sv[1]);
}

static void cr_before_newline_ends_the_line_at_the_cr(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "ab\rcd\nef\n", 9) == 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, SK_LINE_ASK_FD);
	CHECK_MEM_EQ(buf, n, "ab\r", 3);
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, SK_LINE_ASK_FD);
	CHECK_MEM_EQ(buf, n, "cd\n", 3);
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, SK_LINE_ASK_FD);
	CHECK_MEM_EQ(buf, n, "ef\n", 3);
	close(sv[0]);
	close(sv[1]);
}

/* --- socket options and other readers that a peek must not be fooled by ------------------- */

static void set_receive_timeout_ms(int fd, long ms)
{
	struct timeval tv = { ms / 1000, (ms % 1000) * 1000 };
	REQUIRE(setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)) == 0);
}

/* A blocking MSG_PEEK waits for SO_RCVLOWAT bytes; a one-byte read does not. (The timeout only
 * bounds the test: without it the old code waited for ever.) */
static void rcvlowat_does_not_hold_back_a_queued_line(void)
{
	int client, server;
	char buf[256];
	REQUIRE(th_tcp_pair(&client, &server) == 0);
	int lowat = 100;
	REQUIRE(setsockopt(server, SOL_SOCKET, SO_RCVLOWAT, &lowat, sizeof(lowat)) == 0);
	set_receive_timeout_ms(server, 1000);
	REQUIRE(th_write_all(client, "hi\nthere\n", 9) == 0);
	th_sleep_ms(50);
	long long start = th_now_ms();
	ssize_t n = sk_read_line(server, buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "hi\n", 3);
	n = sk_read_line(server, buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "there\n", 6);
	CHECK(th_now_ms() - start < 500);
	close(client);
	close(server);
}

/* With SO_PEEK_OFF, MSG_PEEK starts at the peek offset: reading lines must not depend on it, and
 * must move it as plain reads do (down by what they consume). */
static void peek_offset_set_lines_still_come_in_order(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	int off = 0;
	REQUIRE(setsockopt(sv[0], SOL_SOCKET, SO_PEEK_OFF, &off, sizeof(off)) == 0);
	set_receive_timeout_ms(sv[0], 500);
	REQUIRE(th_write_all(sv[1], "one\ntwo\nthree\n", 14) == 0);
	unsigned kind = STREAM | SK_LINE_CHECK_PEEK_OFFSET;
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), kind, BLOCKING);
	CHECK_MEM_EQ(buf, n, "one\n", 4);
	CHECK_EQ(recv(sv[0], buf, 2, MSG_PEEK), 2);   /* the caller's own peek moves the offset to 2 */
	n = sk_read_line(sv[0], buf, sizeof(buf), kind, BLOCKING);
	CHECK_MEM_EQ(buf, n, "two\n", 4);
	socklen_t len = sizeof(off);
	REQUIRE(getsockopt(sv[0], SOL_SOCKET, SO_PEEK_OFF, &off, &len) == 0);
	CHECK_EQ(off, 0);
	n = sk_read_line(sv[0], buf, sizeof(buf), kind, BLOCKING);
	CHECK_MEM_EQ(buf, n, "three\n", 6);
	close(sv[0]);
	close(sv[1]);
}

/* SO_RCVTIMEO expiring after part of a line was consumed: those bytes are kept and the read waits
 * for the rest (the old code returned -1 and dropped them). */
static void timeout_after_part_of_a_line_keeps_waiting_for_the_rest(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	set_receive_timeout_ms(sv[0], 100);
	th_chunk chunks[] = { TH_CHUNK(0, "hel"), TH_CHUNK(350, "lo\nnext\n") };
	pid_t writer = th_spawn_writer(sv[1], chunks, 2);
	REQUIRE(writer > 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "hello\n", 6);
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "next\n", 5);
	CHECK(th_reap(writer));
	close(sv[0]);
	close(sv[1]);
}

static void timeout_before_the_first_byte_is_eagain(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	set_receive_timeout_ms(sv[0], 100);
	errno = 0;
	long long start = th_now_ms();
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM, BLOCKING);
	int err = errno;
	CHECK_EQ(n, -1);
	CHECK(err == EAGAIN || err == EWOULDBLOCK);
	CHECK(th_now_ms() - start < 1000);
	close(sv[0]);
	close(sv[1]);
}

static void datagram_timeout_after_part_of_a_line_keeps_waiting(void)
{
	int sv[2];
	char buf[64];
	REQUIRE(dgram_pair(sv) == 0);
	set_receive_timeout_ms(sv[0], 100);
	th_chunk chunks[] = { TH_CHUNK(0, "o"), TH_CHUNK(0, "k"), TH_CHUNK(300, "\n") };
	pid_t writer = th_spawn_writer(sv[1], chunks, 3);
	REQUIRE(writer > 0);
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), DGRAM, BLOCKING);
	CHECK_MEM_EQ(buf, n, "ok\n", 3);
	CHECK(th_reap(writer));
	close(sv[0]);
	close(sv[1]);
}

/* Another process in the middle of a line (it holds the readers' lock, as sk_read_line does while
 * it reads): a non-blocking read must not take bytes from under it. */
static void nonblocking_read_while_another_process_reads_a_line_is_eagain(void)
{
	int sv[2], go[2];
	char buf[64];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(pipe(go) == 0);
	REQUIRE(th_write_all(sv[1], "mine\n", 5) == 0);
	fflush(stdout);
	pid_t other = fork();
	REQUIRE(other >= 0);
	if (other == 0) {
		struct flock lock = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1 };
		if (fcntl(sv[0], F_SETLK, &lock) != 0 || write(go[1], "L", 1) != 1) {
			_exit(1);
		}
		th_sleep_ms(300);
		_exit(0);   /* its lock goes with it */
	}
	char c;
	REQUIRE(read(go[0], &c, 1) == 1);
	REQUIRE(th_set_nonblocking(sv[0]) == 0);
	errno = 0;
	ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM | SK_LINE_SHARED, NONBLOCKING);
	int err = errno;
	CHECK_EQ(n, -1);
	CHECK_EQ(err, EAGAIN);
	CHECK(th_reap(other));
	n = sk_read_line(sv[0], buf, sizeof(buf), STREAM | SK_LINE_SHARED, NONBLOCKING);
	CHECK_MEM_EQ(buf, n, "mine\n", 5);
	close(go[0]);
	close(go[1]);
	close(sv[0]);
	close(sv[1]);
}

/* Two processes reading one socket line by line, a writer sending lines in odd pieces: each call
 * returns exactly one whole line, and together they get every line once. */
static void two_processes_reading_one_socket_get_whole_lines(void)
{
	enum { LINES = 3000 };
	int sv[2], report[2];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(pipe(report) == 0);
	char *all = malloc(LINES * 32);
	REQUIRE(all != NULL);
	size_t total = 0;
	for (int i = 0; i < LINES; i++) {
		total += (size_t) sprintf(all + total, "%05d:%.*s\n", i, i % 20, "abcdefghijklmnopqrst");
	}
	fflush(stdout);
	pid_t writer = fork();
	REQUIRE(writer >= 0);
	if (writer == 0) {
		for (size_t off = 0, n; off < total; off += n) {
			n = 1 + (off * 7919) % 1500;
			if (n > total - off) {
				n = total - off;
			}
			if (th_write_all(sv[1], all + off, n) != 0) {
				_exit(2);
			}
		}
		_exit(0);
	}
	close(sv[1]);
	pid_t reader = fork();
	REQUIRE(reader >= 0);
	int lines = 0, faults = 0;
	char buf[256];
	for (;;) {
		ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM | SK_LINE_SHARED, BLOCKING);
		if (n <= 0) {
			break;
		}
		int number;
		char expect[64];
		if (sscanf(buf, "%5d:", &number) != 1 || number < 0 || number >= LINES) {
			faults++;
			continue;
		}
		int len = sprintf(expect, "%05d:%.*s\n", number, number % 20, "abcdefghijklmnopqrst");
		if (n != len || memcmp(buf, expect, (size_t) len) != 0) {
			faults++;
		}
		lines++;
	}
	if (reader == 0) {
		int counts[2] = { lines, faults };
		_exit(write(report[1], counts, sizeof(counts)) == sizeof(counts) ? 0 : 1);
	}
	int child[2] = { 0, 0 };
	CHECK_EQ(read(report[0], child, sizeof(child)), (ssize_t) sizeof(child));
	CHECK(th_reap(reader));
	CHECK(th_reap(writer));
	CHECK_EQ(faults + child[1], 0);
	CHECK_EQ(lines + child[0], LINES);
	free(all);
	close(report[0]);
	close(report[1]);
	close(sv[0]);
}

/* A shared socket whose other reader is not sk_read_line (plain recv() calls of odd sizes, as
 * another program or the bundled extension would make): every call still returns at most one
 * line, ending at its line end, and no line end is lost or doubled. */
static void shared_socket_with_a_foreign_reader_gives_at_most_one_line_per_call(void)
{
	enum { LINES = 3000 };
	int sv[2], report[2];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(pipe(report) == 0);
	fflush(stdout);
	pid_t writer = fork();
	REQUIRE(writer >= 0);
	if (writer == 0) {
		char line[64];
		for (int i = 0; i < LINES; i++) {
			int len = sprintf(line, "%05d:%.*s\n", i, i % 20, "abcdefghijklmnopqrst");
			if (th_write_all(sv[1], line, (size_t) len) != 0) {
				_exit(2);
			}
		}
		_exit(0);
	}
	close(sv[1]);
	pid_t foreign = fork();
	REQUIRE(foreign >= 0);
	if (foreign == 0) {
		/* Counts the line ends it takes. */
		int ends = 0;
		char chunk[97];
		for (size_t k = 1;; k++) {
			ssize_t n = recv(sv[0], chunk, 1 + (k * 31) % sizeof(chunk), 0);
			if (n <= 0) {
				break;
			}
			for (ssize_t j = 0; j < n; j++) {
				ends += chunk[j] == '\n';
			}
		}
		_exit(write(report[1], &ends, sizeof(ends)) == sizeof(ends) ? 0 : 1);
	}
	int ends = 0, faults = 0;
	bool unended = false;
	char buf[256];
	for (;;) {
		ssize_t n = sk_read_line(sv[0], buf, sizeof(buf), STREAM | SK_LINE_SHARED, BLOCKING);
		if (n <= 0) {
			break;
		}
		if (unended) {
			faults++;   /* a blocking read returned without a line end, and it was not the end */
		}
		char *nl = memchr(buf, '\n', (size_t) n);
		if (nl != NULL && nl != buf + n - 1) {
			faults++;   /* a line end inside */
		}
		/* Without a line end only at the end of the stream: the foreign reader took the rest of
		 * the last line (the bundled extension returns what it has then too). */
		unended = nl == NULL;
		ends += nl != NULL;
	}
	int foreign_ends = -1;
	CHECK_EQ(read(report[0], &foreign_ends, sizeof(foreign_ends)), (ssize_t) sizeof(foreign_ends));
	CHECK(th_reap(foreign));
	CHECK(th_reap(writer));
	CHECK_EQ(faults, 0);
	CHECK_EQ(ends + foreign_ends, LINES);
	close(report[0]);
	close(report[1]);
	close(sv[0]);
}

static const th_test tests[] = {
	TH_TEST(line_ending_in_newline_includes_the_newline),
	TH_TEST(normal_read_keeps_bytes_after_newline),
	TH_TEST(consecutive_lines_are_read_one_per_call),
	TH_TEST(line_ending_in_cr_alone_includes_the_cr),
	TH_TEST(crlf_returns_cr_line_then_lone_newline_on_next_call),
	TH_TEST(nul_bytes_inside_a_line_are_kept),
	TH_TEST(line_split_across_delayed_writes_is_joined),
	TH_TEST(blocking_read_waits_for_the_first_byte),
	TH_TEST(line_ending_arriving_alone_in_a_later_write_ends_the_line),
	TH_TEST(line_longer_than_the_socket_buffer_is_read_whole),
	TH_TEST(rest_after_line_end_still_makes_poll_report_readable),
	TH_TEST(tcp_line_read_leaves_the_rest_queued),
	TH_TEST(max_len_reached_before_line_end_returns_max_len_bytes),
	TH_TEST(max_len_reached_across_delayed_writes_stops_at_max_len),
	TH_TEST(max_len_equal_to_line_length_returns_the_whole_line),
	TH_TEST(max_len_one_reads_a_single_byte),
	TH_TEST(blocking_eof_before_line_end_is_econnreset),
	TH_TEST(blocking_eof_arriving_later_drops_the_partial_line),
	TH_TEST(blocking_eof_with_nothing_queued_is_econnreset),
	TH_TEST(blocking_complete_line_before_eof_is_returned_then_econnreset),
	TH_TEST(nonblocking_nothing_queued_is_eagain),
	TH_TEST(nonblocking_partial_line_queued_is_returned),
	TH_TEST(nonblocking_complete_line_leaves_the_rest_queued),
	TH_TEST(nonblocking_eof_returns_zero),
	TH_TEST(nonblocking_partial_line_then_eof_returns_the_part_then_zero),
	TH_TEST(datagram_line_is_assembled_from_one_byte_datagrams),
	TH_TEST(datagram_mode_takes_one_byte_from_each_datagram),
	TH_TEST(datagram_line_ending_in_cr_stops_there),
	TH_TEST(datagram_max_len_stops_before_line_end),
	TH_TEST(datagram_blocking_read_waits_for_later_datagrams),
	TH_TEST(datagram_nonblocking_nothing_queued_is_eagain),
	TH_TEST(datagram_nonblocking_partial_line_is_returned),
	TH_TEST(datagram_blocking_endless_empty_reads_give_econnreset),
	TH_TEST(datagram_nonblocking_empty_datagram_ends_the_read),
	TH_TEST(ask_fd_nonblocking_partial_line_then_eagain_then_eof),
	TH_TEST(ask_fd_blocking_eof_before_line_end_is_econnreset),
	TH_TEST(ask_fd_datagram_nonblocking_partial_line_is_returned),
	TH_TEST(cr_before_newline_ends_the_line_at_the_cr),
	TH_TEST(rcvlowat_does_not_hold_back_a_queued_line),
	TH_TEST(peek_offset_set_lines_still_come_in_order),
	TH_TEST(timeout_after_part_of_a_line_keeps_waiting_for_the_rest),
	TH_TEST(timeout_before_the_first_byte_is_eagain),
	TH_TEST(datagram_timeout_after_part_of_a_line_keeps_waiting),
	TH_TEST(nonblocking_read_while_another_process_reads_a_line_is_eagain),
	TH_TEST(two_processes_reading_one_socket_get_whole_lines),
	TH_TEST(shared_socket_with_a_foreign_reader_gives_at_most_one_line_per_call),
};

TH_MAIN(tests)
