/* SPDX-License-Identifier: BSD-3-Clause */
/* sk_iovec: the scatter/gather arrays behind socket_iovec_* and socket_readv/socket_writev. */
#include "harness.h"
#include "sk_iovec.h"

#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/time.h>

/* An allocator that can be told to fail, and counts what is live, so leaks show. */
static int live_blocks;
static int fail_after = -1;   /* allocations left before NULL; -1: never fail */

static void *test_alloc(size_t size)
{
	if (fail_after == 0) {
		return NULL;
	}
	if (fail_after > 0) {
		fail_after--;
	}
	live_blocks++;
	return malloc(size);
}

static void *test_resize(void *ptr, size_t size)
{
	if (fail_after == 0) {
		return NULL;
	}
	if (fail_after > 0) {
		fail_after--;
	}
	if (ptr == NULL) {
		live_blocks++;
	}
	return realloc(ptr, size);
}

static void test_release(void *ptr)
{
	live_blocks--;
	free(ptr);
}

static const sk_iovec_allocator mem = { test_alloc, test_resize, test_release };

static void new_buffers_are_zeroed_with_their_sizes(void)
{
	sk_iovec v;
	sk_iovec_init(&v, &mem);
	CHECK_EQ(sk_iovec_add(&v, 3), 0);
	CHECK_EQ(sk_iovec_add(&v, 0), 0);
	CHECK_EQ(sk_iovec_add(&v, 5), 0);
	CHECK_EQ(v.count, 3);
	CHECK_EQ(v.total, 8);
	CHECK_EQ(v.vec[0].iov_len, 3);
	CHECK_EQ(v.vec[1].iov_len, 0);
	CHECK_MEM_EQ((const char *) v.vec[2].iov_base, 5, "\0\0\0\0\0", 5);
	sk_iovec_clear(&v);
	CHECK_EQ(v.count, 0);
	CHECK_EQ(live_blocks, 0);
}

static void set_replaces_buffer_and_its_length(void)
{
	sk_iovec v;
	sk_iovec_init(&v, &mem);
	REQUIRE(sk_iovec_add(&v, 2) == 0);
	REQUIRE(sk_iovec_add(&v, 2) == 0);
	CHECK_EQ(sk_iovec_set(&v, 1, "hello", 5), 0);
	CHECK_MEM_EQ((const char *) v.vec[1].iov_base, v.vec[1].iov_len, "hello", 5);
	CHECK_EQ(v.total, 7);
	CHECK_EQ(sk_iovec_set(&v, 0, "", 0), 0);
	CHECK_EQ(v.vec[0].iov_len, 0);
	CHECK_EQ(v.total, 5);
	CHECK_EQ(sk_iovec_set(&v, 2, "x", 1), -ERANGE);
	sk_iovec_clear(&v);
	CHECK_EQ(live_blocks, 0);
}

static void set_from_its_own_buffer_copies_before_freeing(void)
{
	sk_iovec v;
	sk_iovec_init(&v, &mem);
	REQUIRE(sk_iovec_add(&v, 4) == 0);
	REQUIRE(sk_iovec_set(&v, 0, "abcd", 4) == 0);
	CHECK_EQ(sk_iovec_set(&v, 0, (char *) v.vec[0].iov_base + 1, 3), 0);
	CHECK_MEM_EQ((const char *) v.vec[0].iov_base, v.vec[0].iov_len, "bcd", 3);
	sk_iovec_clear(&v);
	CHECK_EQ(live_blocks, 0);
}

static void delete_moves_later_buffers_down(void)
{
	sk_iovec v;
	sk_iovec_init(&v, &mem);
	REQUIRE(sk_iovec_add(&v, 1) == 0 && sk_iovec_add(&v, 1) == 0 && sk_iovec_add(&v, 1) == 0);
	sk_iovec_set(&v, 0, "a", 1);
	sk_iovec_set(&v, 1, "bb", 2);
	sk_iovec_set(&v, 2, "ccc", 3);
	CHECK_EQ(sk_iovec_delete(&v, 1), 0);
	CHECK_EQ(v.count, 2);
	CHECK_EQ(v.total, 4);
	CHECK_MEM_EQ((const char *) v.vec[0].iov_base, v.vec[0].iov_len, "a", 1);
	CHECK_MEM_EQ((const char *) v.vec[1].iov_base, v.vec[1].iov_len, "ccc", 3);
	CHECK_EQ(sk_iovec_delete(&v, 2), -ERANGE);
	CHECK_EQ(sk_iovec_delete(&v, 1), 0);
	CHECK_EQ(sk_iovec_delete(&v, 0), 0);
	CHECK_EQ(sk_iovec_delete(&v, 0), -ERANGE);
	CHECK_EQ(v.total, 0);
	sk_iovec_clear(&v);
	CHECK_EQ(live_blocks, 0);
}

static void count_is_limited_to_iov_max(void)
{
	sk_iovec v;
	sk_iovec_init(&v, &mem);
	size_t max = sk_iovec_max_count();
	CHECK(max >= 16);
#ifdef IOV_MAX
	CHECK_EQ(max, IOV_MAX);
#endif
	for (size_t i = 0; i < max; i++) {
		REQUIRE(sk_iovec_add(&v, 1) == 0);
	}
	CHECK_EQ(sk_iovec_add(&v, 1), -EMSGSIZE);
	CHECK_EQ(v.count, max);
	sk_iovec_clear(&v);
	CHECK_EQ(live_blocks, 0);
}

static void total_past_ssize_max_is_refused_before_allocating(void)
{
	sk_iovec v;
	sk_iovec_init(&v, &mem);
	CHECK_EQ(sk_iovec_add(&v, (size_t) SSIZE_MAX + 1), -EOVERFLOW);
	/* Pretend a large buffer is there: only the bookkeeping is checked, nothing that size exists. */
	REQUIRE(sk_iovec_add(&v, 1) == 0);
	v.total = (size_t) SSIZE_MAX;
	CHECK_EQ(sk_iovec_add(&v, 1), -EOVERFLOW);
	CHECK_EQ(sk_iovec_set(&v, 0, "ab", 2), -EOVERFLOW);
	CHECK_EQ(v.count, 1);
	v.total = 1;
	sk_iovec_clear(&v);
	CHECK_EQ(live_blocks, 0);
}

static void failed_allocation_leaves_the_array_unchanged(void)
{
	sk_iovec v;
	sk_iovec_init(&v, &mem);
	REQUIRE(sk_iovec_add(&v, 2) == 0);
	REQUIRE(sk_iovec_set(&v, 0, "ok", 2) == 0);
	fail_after = 0;
	CHECK_EQ(sk_iovec_set(&v, 0, "xyz", 3), -ENOMEM);
	CHECK_EQ(sk_iovec_add(&v, 3), -ENOMEM);
	fail_after = -1;
	CHECK_EQ(v.count, 1);
	CHECK_EQ(v.total, 2);
	CHECK_MEM_EQ((const char *) v.vec[0].iov_base, v.vec[0].iov_len, "ok", 2);
	/* Growing the slot array succeeds but the buffer does not: still one buffer. */
	for (int i = 0; i < 3; i++) {
		REQUIRE(sk_iovec_add(&v, 1) == 0);
	}
	fail_after = 1;
	CHECK_EQ(sk_iovec_add(&v, 1), -ENOMEM);
	fail_after = -1;
	CHECK_EQ(v.count, 4);
	sk_iovec_clear(&v);
	CHECK_EQ(live_blocks, 0);
}

static void readv_scatters_one_read_over_the_buffers(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	sk_iovec v;
	sk_iovec_init(&v, &mem);
	REQUIRE(sk_iovec_add(&v, 3) == 0 && sk_iovec_add(&v, 0) == 0 && sk_iovec_add(&v, 4) == 0);
	REQUIRE(write(sv[1], "abcdef", 6) == 6);
	CHECK_EQ(sk_iovec_readv(sv[0], &v), 6);
	CHECK_MEM_EQ((const char *) v.vec[0].iov_base, 3, "abc", 3);
	/* The last byte was not reached: it keeps its zero. */
	CHECK_MEM_EQ((const char *) v.vec[2].iov_base, 4, "def\0", 4);
	close(sv[1]);
	CHECK_EQ(sk_iovec_readv(sv[0], &v), 0);
	close(sv[0]);
	CHECK_EQ(sk_iovec_readv(sv[0], &v), -EBADF);
	sk_iovec_clear(&v);
	CHECK_EQ(live_blocks, 0);
}

static void writev_gathers_every_buffer_in_order(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	sk_iovec v;
	sk_iovec_init(&v, &mem);
	REQUIRE(sk_iovec_add(&v, 0) == 0 && sk_iovec_add(&v, 0) == 0 && sk_iovec_add(&v, 0) == 0);
	sk_iovec_set(&v, 0, "one ", 4);
	sk_iovec_set(&v, 2, "three", 5);
	size_t sent = 99;
	CHECK_EQ(sk_iovec_writev(sv[0], &v, &sent), 9);
	CHECK_EQ(sent, 9);
	char buf[32];
	CHECK_EQ(read(sv[1], buf, sizeof(buf)), 9);
	CHECK_MEM_EQ(buf, 9, "one three", 9);
	close(sv[0]);
	close(sv[1]);
	sk_iovec_clear(&v);
}

static void on_alarm(int sig)
{
	(void) sig;
}

static void writev_continues_after_a_partial_write(void)
{
	/* A blocking pipe of 4 KiB, a reader child that starts after 300 ms, and one SIGALRM at 50 ms
	 * whose handler does not restart system calls: the first writev() is interrupted after
	 * filling the pipe and returns that part (4096 bytes, inside the first buffer); the rest is
	 * sent from the first byte not sent, and the whole arrives in order. */
	int sv[2];
	REQUIRE(pipe(sv) == 0);
	REQUIRE(fcntl(sv[1], F_SETPIPE_SZ, 4096) >= 4096);
	sk_iovec v;
	sk_iovec_init(&v, &mem);
	size_t sizes[] = { 70000, 1, 0, 130000, 5 };
	size_t total = 0;
	for (size_t i = 0; i < 5; i++) {
		REQUIRE(sk_iovec_add(&v, sizes[i]) == 0);
		for (size_t j = 0; j < sizes[i]; j++) {
			((unsigned char *) v.vec[i].iov_base)[j] = (unsigned char) ((total + j) * 7 + 3);
		}
		total += sizes[i];
	}
	pid_t child = fork();
	REQUIRE(child >= 0);
	if (child == 0) {
		close(sv[1]);
		size_t got = 0;
		int bad = 0;
		unsigned char buf[4096];
		ssize_t n;
		usleep(300000);
		while ((n = read(sv[0], buf, sizeof(buf))) > 0) {
			for (ssize_t k = 0; k < n; k++) {
				if (buf[k] != (unsigned char) ((got + (size_t) k) * 7 + 3)) {
					bad++;
				}
			}
			got += (size_t) n;
		}
		_exit(got == total && bad == 0 ? 0 : 1);
	}
	close(sv[0]);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;   /* no SA_RESTART */
	sigaction(SIGALRM, &sa, NULL);
	struct itimerval once = { { 0, 0 }, { 0, 50000 } };
	setitimer(ITIMER_REAL, &once, NULL);
	size_t sent = 0;
	CHECK_EQ(sk_iovec_writev(sv[1], &v, &sent), (ssize_t) total);
	CHECK_EQ(sent, total);
	close(sv[1]);
	int status = 0;
	REQUIRE(waitpid(child, &status, 0) == child);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	/* The array is as it was: the temporary offset into a partly sent buffer was undone. */
	CHECK_EQ(v.vec[0].iov_len, 70000);
	CHECK_EQ(((unsigned char *) v.vec[0].iov_base)[0], 3);
	CHECK_EQ(v.vec[3].iov_len, 130000);
	sk_iovec_clear(&v);
}

static void writev_on_a_full_nonblocking_socket_reports_what_was_sent(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	REQUIRE(fcntl(sv[0], F_SETFL, O_NONBLOCK) == 0);
	sk_iovec v;
	sk_iovec_init(&v, &mem);
	REQUIRE(sk_iovec_add(&v, 4 << 20) == 0);
	size_t sent = 0;
	CHECK_EQ(sk_iovec_writev(sv[0], &v, &sent), -EAGAIN);
	CHECK(sent > 0 && sent < (size_t) (4 << 20));
	close(sv[0]);
	close(sv[1]);
	sk_iovec_clear(&v);
}

static void writev_to_a_closed_peer_is_epipe(void)
{
	signal(SIGPIPE, SIG_IGN);
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	close(sv[1]);
	sk_iovec v;
	sk_iovec_init(&v, &mem);
	REQUIRE(sk_iovec_add(&v, 3) == 0);
	size_t sent = 7;
	CHECK_EQ(sk_iovec_writev(sv[0], &v, &sent), -EPIPE);
	CHECK_EQ(sent, 0);
	close(sv[0]);
	sk_iovec_clear(&v);
}

static const th_test tests[] = {
	TH_TEST(new_buffers_are_zeroed_with_their_sizes),
	TH_TEST(set_replaces_buffer_and_its_length),
	TH_TEST(set_from_its_own_buffer_copies_before_freeing),
	TH_TEST(delete_moves_later_buffers_down),
	TH_TEST(count_is_limited_to_iov_max),
	TH_TEST(total_past_ssize_max_is_refused_before_allocating),
	TH_TEST(failed_allocation_leaves_the_array_unchanged),
	TH_TEST(readv_scatters_one_read_over_the_buffers),
	TH_TEST(writev_gathers_every_buffer_in_order),
	TH_TEST(writev_continues_after_a_partial_write),
	TH_TEST(writev_on_a_full_nonblocking_socket_reports_what_was_sent),
	TH_TEST(writev_to_a_closed_peer_is_epipe),
};

TH_MAIN(tests)
