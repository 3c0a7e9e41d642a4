/* SPDX-License-Identifier: BSD-3-Clause */
/* sk_poll: socket_select() on ppoll(). The results must be the ones select() gives, for any
 * number of descriptors and any descriptor number. Where select() itself can be used (fds below
 * FD_SETSIZE) the tests compare against it. */
#include "unit_util.h"
#include "sk_poll.h"

#include <limits.h>
#include <signal.h>
#include <sys/select.h>

#define R SK_POLL_READ
#define W SK_POLL_WRITE
#define E SK_POLL_EXCEPT

static const struct timespec zero_timeout = { 0, 0 };

static int stream_pair(int sv[2])
{
	return socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
}

/* Polls one fd for the given kinds with a zero timeout. */
static int poll_one(int fd, int want, int *ready_kinds)
{
	sk_poll_set set;
	sk_poll_init(&set);
	int n = -1;
	if (sk_poll_add(&set, fd, want) == 0) {
		n = sk_poll_wait(&set, &zero_timeout);
	}
	if (ready_kinds != NULL) {
		*ready_kinds = (sk_poll_is_ready(&set, fd, R) ? R : 0)
			| (sk_poll_is_ready(&set, fd, W) ? W : 0)
			| (sk_poll_is_ready(&set, fd, E) ? E : 0);
	}
	sk_poll_free(&set);
	return n;
}

/* What select() says for one fd (< FD_SETSIZE), zero timeout. */
static int select_one(int fd, int want, int *ready_kinds)
{
	fd_set r, w, e;
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_ZERO(&e);
	if (want & R) {
		FD_SET(fd, &r);
	}
	if (want & W) {
		FD_SET(fd, &w);
	}
	if (want & E) {
		FD_SET(fd, &e);
	}
	struct timeval tv = { 0, 0 };
	int n = select(fd + 1, &r, &w, &e, &tv);
	*ready_kinds = (FD_ISSET(fd, &r) ? R : 0) | (FD_ISSET(fd, &w) ? W : 0) | (FD_ISSET(fd, &e) ? E : 0);
	return n;
}

/* Waits (bounded) until fd has out-of-band data pending. */
static int wait_for_oob(int fd)
{
	struct pollfd p = { fd, POLLPRI, 0 };
	return poll(&p, 1, 2000) == 1 && (p.revents & POLLPRI);
}

/* --- readiness of each kind ---------------------------------------------------------------- */

static void read_ready_when_data_is_queued(void)
{
	int sv[2], kinds = 0;
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "x", 1) == 0);
	CHECK_EQ(poll_one(sv[0], R, &kinds), 1);
	CHECK_EQ(kinds, R);
	close(sv[0]);
	close(sv[1]);
}

static void read_not_ready_when_nothing_is_queued(void)
{
	int sv[2], kinds = -1;
	REQUIRE(stream_pair(sv) == 0);
	CHECK_EQ(poll_one(sv[0], R, &kinds), 0);
	CHECK_EQ(kinds, 0);
	close(sv[0]);
	close(sv[1]);
}

static void read_ready_when_peer_has_closed(void)
{
	int sv[2], kinds = 0;
	REQUIRE(stream_pair(sv) == 0);
	close(sv[1]);
	/* select() reports end of stream (POLLHUP) as readable. */
	CHECK_EQ(poll_one(sv[0], R, &kinds), 1);
	CHECK_EQ(kinds, R);
	close(sv[0]);
}

static void read_ready_on_listening_socket_with_pending_connection(void)
{
	int listener = socket(AF_INET, SOCK_STREAM, 0), kinds = 0;
	struct sockaddr_in addr;
	socklen_t len = sizeof(addr);
	REQUIRE(listener >= 0);
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	REQUIRE(bind(listener, (struct sockaddr *) &addr, sizeof(addr)) == 0);
	REQUIRE(listen(listener, 4) == 0);
	REQUIRE(getsockname(listener, (struct sockaddr *) &addr, &len) == 0);
	CHECK_EQ(poll_one(listener, R, &kinds), 0);
	int client = socket(AF_INET, SOCK_STREAM, 0);
	REQUIRE(client >= 0);
	REQUIRE(connect(client, (struct sockaddr *) &addr, sizeof(addr)) == 0);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, listener, R) == 0);
	struct timespec two_seconds = { 2, 0 };
	CHECK_EQ(sk_poll_wait(&set, &two_seconds), 1);
	CHECK(sk_poll_is_ready(&set, listener, R));
	sk_poll_free(&set);
	close(client);
	close(listener);
}

static void write_ready_on_fresh_socketpair(void)
{
	int sv[2], kinds = 0;
	REQUIRE(stream_pair(sv) == 0);
	CHECK_EQ(poll_one(sv[0], W, &kinds), 1);
	CHECK_EQ(kinds, W);
	close(sv[0]);
	close(sv[1]);
}

static void write_not_ready_when_send_buffer_is_full(void)
{
	int sv[2], kinds = -1;
	char block[4096];
	memset(block, 'f', sizeof(block));
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_set_nonblocking(sv[0]) == 0);
	while (send(sv[0], block, sizeof(block), 0) > 0) {
	}
	REQUIRE(errno == EAGAIN || errno == EWOULDBLOCK);
	CHECK_EQ(poll_one(sv[0], W, &kinds), 0);
	CHECK_EQ(kinds, 0);
	close(sv[0]);
	close(sv[1]);
}

static void except_ready_when_out_of_band_data_is_pending(void)
{
	int client, server, kinds = 0;
	REQUIRE(th_tcp_pair(&client, &server) == 0);
	REQUIRE(send(client, "!", 1, MSG_OOB) == 1);
	REQUIRE(wait_for_oob(server));
	CHECK_EQ(poll_one(server, E, &kinds), 1);
	CHECK_EQ(kinds, E);
	close(client);
	close(server);
}

static void except_not_ready_without_out_of_band_data(void)
{
	int client, server, kinds = -1;
	REQUIRE(th_tcp_pair(&client, &server) == 0);
	REQUIRE(th_write_all(client, "normal", 6) == 0);
	th_sleep_ms(20);
	CHECK_EQ(poll_one(server, E, &kinds), 0);
	CHECK_EQ(kinds, 0);
	close(client);
	close(server);
}

/* --- counting ------------------------------------------------------------------------------ */

static void ready_count_counts_an_fd_once_per_ready_kind(void)
{
	int sv[2], kinds = 0;
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "x", 1) == 0);
	/* Readable and writable: select() counts 2. */
	CHECK_EQ(poll_one(sv[0], R | W, &kinds), 2);
	CHECK_EQ(kinds, R | W);
	/* Except asked too but not ready: still 2. */
	CHECK_EQ(poll_one(sv[0], R | W | E, &kinds), 2);
	CHECK_EQ(kinds, R | W);
	close(sv[0]);
	close(sv[1]);
}

static void ready_count_is_three_when_all_kinds_are_ready(void)
{
	int client, server, kinds = 0;
	REQUIRE(th_tcp_pair(&client, &server) == 0);
	REQUIRE(th_write_all(client, "data", 4) == 0);
	REQUIRE(send(client, "!", 1, MSG_OOB) == 1);
	REQUIRE(wait_for_oob(server));
	CHECK_EQ(poll_one(server, R | W | E, &kinds), 3);
	CHECK_EQ(kinds, R | W | E);
	close(client);
	close(server);
}

static void same_fd_added_for_two_kinds_in_two_calls_counts_twice(void)
{
	int sv[2];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "x", 1) == 0);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, sv[0], R) == 0);
	REQUIRE(sk_poll_add(&set, sv[0], W) == 0);
	CHECK_EQ(set.count, 1); /* one pollfd per distinct descriptor */
	CHECK_EQ(sk_poll_wait(&set, &zero_timeout), 2);
	CHECK(sk_poll_is_ready(&set, sv[0], R));
	CHECK(sk_poll_is_ready(&set, sv[0], W));
	sk_poll_free(&set);
	close(sv[0]);
	close(sv[1]);
}

static void fd_added_twice_to_the_same_kind_counts_once(void)
{
	int sv[2];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "x", 1) == 0);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, sv[0], R) == 0);
	/* The second time it says so (1: a duplicate), so socket_select keeps both array elements. */
	REQUIRE(sk_poll_add(&set, sv[0], R) == 1);
	CHECK_EQ(set.count, 1);
	CHECK_EQ(sk_poll_wait(&set, &zero_timeout), 1);
	CHECK_EQ(sk_poll_ready_count(&set, R), 1);
	sk_poll_free(&set);
	close(sv[0]);
	close(sv[1]);
}


/* A set reused call after call (socket_select keeps one): reset forgets the descriptors and the
 * readiness of the last wait, keeps the memory; the fast add gives the same set as sk_poll_add. */
static void reset_set_is_reused_with_the_same_results(void)
{
	int a[2], b[2];
	REQUIRE(stream_pair(a) == 0);
	REQUIRE(stream_pair(b) == 0);
	REQUIRE(th_write_all(a[1], "x", 1) == 0);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_reserve(&set, 4) == 0);
	CHECK(set.capacity >= 4);
	for (int round = 0; round < 3; round++) {
		REQUIRE(sk_poll_add_fast(&set, a[0], R, 0) == 0);
		REQUIRE(sk_poll_add_fast(&set, b[0], R, 0) == 0);
		REQUIRE(sk_poll_add_fast(&set, b[0], W, 0) == 0);
		REQUIRE(sk_poll_add_fast(&set, a[0], R, 0) == 1);
		CHECK_EQ(set.count, 2);
		CHECK_EQ(sk_poll_wait(&set, &zero_timeout), 2);
		CHECK_EQ(sk_poll_ready_count(&set, R), 1);
		CHECK_EQ(sk_poll_ready_count(&set, W), 1);
		CHECK(sk_poll_is_ready(&set, a[0], R));
		CHECK(!sk_poll_is_ready(&set, b[0], R));
		CHECK(sk_poll_is_ready(&set, b[0], W));
		sk_poll_reset(&set);
		CHECK_EQ(set.count, 0);
		CHECK(!sk_poll_is_ready(&set, a[0], R));
		CHECK_EQ(sk_poll_ready_count(&set, R), 0);
	}
	sk_poll_free(&set);
	close(a[0]);
	close(a[1]);
	close(b[0]);
	close(b[1]);
}

static void ready_count_sums_over_several_fds(void)
{
	int a[2], b[2], c[2];
	REQUIRE(stream_pair(a) == 0);
	REQUIRE(stream_pair(b) == 0);
	REQUIRE(stream_pair(c) == 0);
	REQUIRE(th_write_all(a[1], "x", 1) == 0);
	REQUIRE(th_write_all(c[1], "x", 1) == 0);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, a[0], R) == 0);
	REQUIRE(sk_poll_add(&set, b[0], R) == 0);
	REQUIRE(sk_poll_add(&set, c[0], R) == 0);
	REQUIRE(sk_poll_add(&set, b[1], W) == 0);
	CHECK_EQ(sk_poll_wait(&set, &zero_timeout), 3);
	CHECK(sk_poll_is_ready(&set, a[0], R));
	CHECK(!sk_poll_is_ready(&set, b[0], R));
	CHECK(sk_poll_is_ready(&set, c[0], R));
	CHECK(sk_poll_is_ready(&set, b[1], W));
	sk_poll_free(&set);
	for (int i = 0; i < 2; i++) {
		close(a[i]);
		close(b[i]);
		close(c[i]);
	}
}

static void is_ready_is_false_for_a_kind_not_asked_for(void)
{
	int sv[2];
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(th_write_all(sv[1], "x", 1) == 0);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, sv[0], W) == 0);
	CHECK_EQ(sk_poll_wait(&set, &zero_timeout), 1);
	CHECK(sk_poll_is_ready(&set, sv[0], W));
	CHECK(!sk_poll_is_ready(&set, sv[0], R)); /* data is queued, but only W was asked */
	sk_poll_free(&set);
	close(sv[0]);
	close(sv[1]);
}

static void is_ready_is_false_for_fds_not_in_the_set(void)
{
	int sv[2];
	REQUIRE(stream_pair(sv) == 0);
	sk_poll_set set;
	sk_poll_init(&set);
	CHECK(!sk_poll_is_ready(&set, sv[0], R | W | E)); /* empty set, nothing allocated */
	REQUIRE(sk_poll_add(&set, sv[0], W) == 0);
	CHECK_EQ(sk_poll_wait(&set, &zero_timeout), 1);
	CHECK(!sk_poll_is_ready(&set, sv[1], W));
	CHECK(!sk_poll_is_ready(&set, -1, W));
	CHECK(!sk_poll_is_ready(&set, 1 << 20, W));
	sk_poll_free(&set);
	close(sv[0]);
	close(sv[1]);
}

static void negative_fd_is_refused_with_ebadf(void)
{
	sk_poll_set set;
	sk_poll_init(&set);
	errno = 0;
	CHECK_EQ(sk_poll_add(&set, -1, R), -1);
	CHECK_EQ(errno, EBADF);
	CHECK_EQ(set.count, 0);
	sk_poll_free(&set);
}

/* --- descriptor numbers and counts beyond FD_SETSIZE ------------------------------------- */

static void poll_handles_fds_above_1024(void)
{
	int sv[2];
	REQUIRE(th_raise_fd_limit(4096) == 0);
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(dup2(sv[0], 3000) == 3000);
	REQUIRE(dup2(sv[1], 3001) == 3001);
	close(sv[0]);
	close(sv[1]);
	REQUIRE(th_write_all(3001, "hi", 2) == 0);

	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, 3000, R | W) == 0);
	REQUIRE(sk_poll_add(&set, 3001, R) == 0);
	CHECK_EQ(sk_poll_wait(&set, &zero_timeout), 2);
	CHECK(sk_poll_is_ready(&set, 3000, R));
	CHECK(sk_poll_is_ready(&set, 3000, W));
	CHECK(!sk_poll_is_ready(&set, 3001, R));
	sk_poll_free(&set);
	close(3000);
	close(3001);
}

static void poll_waits_for_an_fd_above_1024_to_become_ready(void)
{
	int sv[2];
	REQUIRE(th_raise_fd_limit(4096) == 0);
	REQUIRE(stream_pair(sv) == 0);
	REQUIRE(dup2(sv[0], 4000) == 4000);
	close(sv[0]);
	th_chunk chunks[] = { TH_CHUNK(100, "late") };
	pid_t writer = th_spawn_writer(sv[1], chunks, 1);
	REQUIRE(writer > 0);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, 4000, R) == 0);
	struct timespec five_seconds = { 5, 0 };
	long long start = th_now_ms();
	CHECK_EQ(sk_poll_wait(&set, &five_seconds), 1);
	long long took = th_now_ms() - start;
	CHECK(took >= 50 && took < 4000);
	CHECK(sk_poll_is_ready(&set, 4000, R));
	CHECK(th_reap(writer));
	sk_poll_free(&set);
	close(4000);
	close(sv[1]);
}

static void poll_handles_more_than_1024_descriptors(void)
{
	enum { PAIRS = 1100 };
	static int ends[PAIRS][2];
	REQUIRE(th_raise_fd_limit(4096) == 0);
	for (int i = 0; i < PAIRS; i++) {
		REQUIRE(stream_pair(ends[i]) == 0);
		if (i % 10 == 0) {
			REQUIRE(th_write_all(ends[i][1], "x", 1) == 0);
		}
	}
	sk_poll_set set;
	sk_poll_init(&set);
	for (int i = 0; i < PAIRS; i++) {
		REQUIRE(sk_poll_add(&set, ends[i][0], R) == 0);
	}
	CHECK_EQ(set.count, PAIRS);
	CHECK_EQ(sk_poll_wait(&set, &zero_timeout), PAIRS / 10);
	int wrong = 0;
	for (int i = 0; i < PAIRS; i++) {
		if (sk_poll_is_ready(&set, ends[i][0], R) != (i % 10 == 0)) {
			wrong++;
		}
	}
	CHECK_EQ(wrong, 0);
	sk_poll_free(&set);
	for (int i = 0; i < PAIRS; i++) {
		close(ends[i][0]);
		close(ends[i][1]);
	}
}

/* --- bad descriptors ----------------------------------------------------------------------- */

static void closed_fd_fails_with_ebadf(void)
{
	int sv[2];
	REQUIRE(stream_pair(sv) == 0);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, sv[0], R) == 0);
	close(sv[0]);
	errno = 0;
	CHECK_EQ(sk_poll_wait(&set, &zero_timeout), -1);
	CHECK_EQ(errno, EBADF);
	sk_poll_free(&set);
	close(sv[1]);
}

static void closed_fd_among_ready_ones_fails_the_whole_wait(void)
{
	int a[2], b[2];
	REQUIRE(stream_pair(a) == 0);
	REQUIRE(stream_pair(b) == 0);
	REQUIRE(th_write_all(a[1], "x", 1) == 0);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, a[0], R | W) == 0);
	REQUIRE(sk_poll_add(&set, b[0], W) == 0);
	close(b[0]);
	errno = 0;
	/* As select(): one descriptor that is not open fails the call, even with a timeout. */
	struct timespec one_second = { 1, 0 };
	CHECK_EQ(sk_poll_wait(&set, &one_second), -1);
	CHECK_EQ(errno, EBADF);
	sk_poll_free(&set);
	close(a[0]);
	close(a[1]);
	close(b[1]);
}

static void never_opened_fd_above_1024_fails_with_ebadf(void)
{
	REQUIRE(th_raise_fd_limit(4096) == 0);
	close(3500);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, 3500, E) == 0);
	errno = 0;
	CHECK_EQ(sk_poll_wait(&set, NULL), -1); /* must not wait forever either */
	CHECK_EQ(errno, EBADF);
	sk_poll_free(&set);
}

/* --- timeouts ------------------------------------------------------------------------------ */

static void timeout_microseconds_carry_into_seconds(void)
{
	struct timespec ts = { -1, -1 };
	CHECK_EQ(sk_poll_timeout(0, 2500000, &ts), 0);
	CHECK_EQ(ts.tv_sec, 2);
	CHECK_EQ(ts.tv_nsec, 500000000L);
	CHECK_EQ(sk_poll_timeout(3, 2500000, &ts), 0);
	CHECK_EQ(ts.tv_sec, 5);
	CHECK_EQ(ts.tv_nsec, 500000000L);
}

static void timeout_of_exactly_one_million_microseconds_is_one_second(void)
{
	struct timespec ts = { -1, -1 };
	CHECK_EQ(sk_poll_timeout(0, 1000000, &ts), 0);
	CHECK_EQ(ts.tv_sec, 1);
	CHECK_EQ(ts.tv_nsec, 0);
}

static void timeout_below_one_second_keeps_its_microseconds(void)
{
	struct timespec ts = { -1, -1 };
	CHECK_EQ(sk_poll_timeout(7, 999999, &ts), 0);
	CHECK_EQ(ts.tv_sec, 7);
	CHECK_EQ(ts.tv_nsec, 999999000L);
	CHECK_EQ(sk_poll_timeout(0, 0, &ts), 0);
	CHECK_EQ(ts.tv_sec, 0);
	CHECK_EQ(ts.tv_nsec, 0);
}

static void timeout_negative_seconds_is_einval(void)
{
	struct timespec ts;
	errno = 0;
	CHECK_EQ(sk_poll_timeout(-1, 0, &ts), -1);
	CHECK_EQ(errno, EINVAL);
}

static void timeout_negative_microseconds_is_einval(void)
{
	struct timespec ts;
	errno = 0;
	CHECK_EQ(sk_poll_timeout(0, -1, &ts), -1);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK_EQ(sk_poll_timeout(5, -500000, &ts), -1);
	CHECK_EQ(errno, EINVAL);
}

/* PHP adds the carried seconds before select() sees the value: only the sum must be >= 0. */
static void timeout_carry_is_applied_before_the_negative_check(void)
{
	struct timespec ts = { -1, -1 };
	CHECK_EQ(sk_poll_timeout(-1, 2000000, &ts), 0);
	CHECK_EQ(ts.tv_sec, 1);
	CHECK_EQ(ts.tv_nsec, 0);
	errno = 0;
	CHECK_EQ(sk_poll_timeout(-3, 2000000, &ts), -1);
	CHECK_EQ(errno, EINVAL);
}

/* PHP passes PHP_INT_MAX + the carry on to select(), which refuses the wrapped (negative) value
 * with EINVAL. The sum must not be computed with signed overflow (undefined behaviour). */
static void timeout_seconds_overflowing_with_the_carry_is_einval(void)
{
	struct timespec ts;
	errno = 0;
	CHECK_EQ(sk_poll_timeout(LLONG_MAX, 2000000, &ts), -1);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK_EQ(sk_poll_timeout(LLONG_MAX, 999999, &ts) == 0 || errno == EINVAL, 1);
}

static void zero_timeout_returns_immediately_with_zero(void)
{
	int sv[2];
	REQUIRE(stream_pair(sv) == 0);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, sv[0], R | E) == 0);
	struct timespec ts;
	REQUIRE(sk_poll_timeout(0, 0, &ts) == 0);
	long long start = th_now_ms();
	CHECK_EQ(sk_poll_wait(&set, &ts), 0);
	CHECK(th_now_ms() - start < 100);
	CHECK(!sk_poll_is_ready(&set, sv[0], R | W | E));
	sk_poll_free(&set);
	close(sv[0]);
	close(sv[1]);
}

static void timeout_elapses_when_nothing_becomes_ready(void)
{
	int sv[2];
	REQUIRE(stream_pair(sv) == 0);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, sv[0], R) == 0);
	struct timespec ts;
	REQUIRE(sk_poll_timeout(0, 200000, &ts) == 0);
	long long start = th_now_ms();
	CHECK_EQ(sk_poll_wait(&set, &ts), 0);
	long long took = th_now_ms() - start;
	CHECK(took >= 180 && took < 3000);
	sk_poll_free(&set);
	close(sv[0]);
	close(sv[1]);
}

static void empty_set_with_timeout_just_sleeps(void)
{
	sk_poll_set set;
	sk_poll_init(&set);
	struct timespec ts = { 0, 150000000L };
	long long start = th_now_ms();
	CHECK_EQ(sk_poll_wait(&set, &ts), 0);
	CHECK(th_now_ms() - start >= 130);
	sk_poll_free(&set);
}

static void null_timeout_waits_until_an_fd_is_ready(void)
{
	int sv[2];
	REQUIRE(stream_pair(sv) == 0);
	th_chunk chunks[] = { TH_CHUNK(150, "wake") };
	pid_t writer = th_spawn_writer(sv[1], chunks, 1);
	REQUIRE(writer > 0);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, sv[0], R) == 0);
	long long start = th_now_ms();
	CHECK_EQ(sk_poll_wait(&set, NULL), 1);
	CHECK(th_now_ms() - start >= 100);
	CHECK(sk_poll_is_ready(&set, sv[0], R));
	CHECK(th_reap(writer));
	sk_poll_free(&set);
	close(sv[0]);
	close(sv[1]);
}

static void on_usr1(int sig)
{
	(void) sig;
}

static void wait_interrupted_by_a_signal_is_eintr(void)
{
	int sv[2];
	REQUIRE(stream_pair(sv) == 0);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sigemptyset(&sa.sa_mask);
	REQUIRE(sigaction(SIGUSR1, &sa, NULL) == 0);
	pid_t parent = getpid();
	pid_t killer = fork();
	REQUIRE(killer >= 0);
	if (killer == 0) {
		th_sleep_ms(100);
		kill(parent, SIGUSR1);
		_exit(0);
	}
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, sv[0], R) == 0);
	struct timespec five_seconds = { 5, 0 };
	errno = 0;
	CHECK_EQ(sk_poll_wait(&set, &five_seconds), -1);
	CHECK_EQ(errno, EINTR);
	CHECK(th_reap(killer));
	sk_poll_free(&set);
	close(sv[0]);
	close(sv[1]);
}

/* --- select() equivalence ------------------------------------------------------------------ */

/* select() only reports POLLHUP/POLLERR for the read and write sets. An fd that is only in the
 * except set and has hung up is not ready, so select() keeps waiting for the timeout. */
static void except_only_fd_of_hung_up_socket_waits_for_the_timeout_like_select(void)
{
	int sv[2];
	REQUIRE(stream_pair(sv) == 0);
	close(sv[1]);

	fd_set e;
	FD_ZERO(&e);
	FD_SET(sv[0], &e);
	struct timeval tv = { 0, 300000 };
	long long start = th_now_ms();
	int selected = select(sv[0] + 1, NULL, NULL, &e, &tv);
	long long select_took = th_now_ms() - start;
	CHECK_EQ(selected, 0);
	CHECK(select_took >= 250); /* the reference behaviour */

	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, sv[0], E) == 0);
	struct timespec ts = { 0, 300000000L };
	start = th_now_ms();
	int n = sk_poll_wait(&set, &ts);
	long long took = th_now_ms() - start;
	CHECK_EQ(n, 0);
	if (took < 250) {
		th_fail(__FILE__, __LINE__, "sk_poll_wait returned 0 after %lld ms; select() waits the 300 ms timeout", took);
	}
	sk_poll_free(&set);
	close(sv[0]);
}

/* The same, with a second fd that becomes readable later: select() reports it (1 after ~150 ms);
 * returning 0 at once would hide it. */
static void hung_up_except_only_fd_does_not_hide_later_readiness(void)
{
	int dead[2], live[2];
	REQUIRE(stream_pair(dead) == 0);
	REQUIRE(stream_pair(live) == 0);
	close(dead[1]);
	th_chunk chunks[] = { TH_CHUNK(150, "x") };
	pid_t writer = th_spawn_writer(live[1], chunks, 1);
	REQUIRE(writer > 0);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, dead[0], E) == 0);
	REQUIRE(sk_poll_add(&set, live[0], R) == 0);
	struct timespec two_seconds = { 2, 0 };
	long long start = th_now_ms();
	int n = sk_poll_wait(&set, &two_seconds);
	long long took = th_now_ms() - start;
	CHECK_EQ(n, 1);
	CHECK(sk_poll_is_ready(&set, live[0], R));
	CHECK(!sk_poll_is_ready(&set, dead[0], E));
	CHECK(took >= 100);
	CHECK(th_reap(writer));
	sk_poll_free(&set);
	close(dead[0]);
	close(live[0]);
	close(live[1]);
}

/* The same with the longest timeout socket_select() accepts (PHP_INT_MAX seconds): the deadline
 * used after a wakeup select() would not report must not overflow (it did: signed overflow, found
 * by UBSan in the bad-input battery, and the wrapped deadline lay in the past, so the wait ended
 * at once with 0 instead of reporting the fd that became readable). */
static void huge_timeout_after_hidden_wakeup_still_waits(void)
{
	int dead[2], live[2];
	REQUIRE(stream_pair(dead) == 0);
	REQUIRE(stream_pair(live) == 0);
	close(dead[1]);
	th_chunk chunks[] = { TH_CHUNK(150, "x") };
	pid_t writer = th_spawn_writer(live[1], chunks, 1);
	REQUIRE(writer > 0);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add(&set, dead[0], E) == 0);
	REQUIRE(sk_poll_add(&set, live[0], R) == 0);
	struct timespec forever;
	REQUIRE(sk_poll_timeout(9223372036854775807LL, 999999, &forever) == 0);
	int n = sk_poll_wait(&set, &forever);
	CHECK_EQ(n, 1);
	CHECK(sk_poll_is_ready(&set, live[0], R));
	CHECK(th_reap(writer));
	sk_poll_free(&set);
	close(dead[0]);
	close(live[0]);
	close(live[1]);
}

/* Socket states worth comparing; each setup returns the fd to test and fills extra fds to close. */
enum { STATE_FDS = 4 };
typedef struct state {
	const char *name;
	int fd;
	int keep[STATE_FDS];
} state;

static void keep_init(state *s)
{
	s->fd = -1;
	for (int i = 0; i < STATE_FDS; i++) {
		s->keep[i] = -1;
	}
}

static int make_state(int which, state *s)
{
	int sv[2], client, server;
	char block[4096];
	struct sockaddr_in addr;
	socklen_t len = sizeof(addr);
	keep_init(s);
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	switch (which) {
		case 0:
			s->name = "fresh unix stream pair";
			if (stream_pair(sv) != 0) return -1;
			s->fd = sv[0];
			s->keep[0] = sv[1];
			return 0;
		case 1:
			s->name = "unix stream with data queued";
			if (stream_pair(sv) != 0 || th_write_all(sv[1], "d", 1) != 0) return -1;
			s->fd = sv[0];
			s->keep[0] = sv[1];
			return 0;
		case 2:
			s->name = "unix stream whose peer closed";
			if (stream_pair(sv) != 0) return -1;
			close(sv[1]);
			s->fd = sv[0];
			return 0;
		case 3:
			s->name = "unix stream whose peer shut down writing";
			if (stream_pair(sv) != 0 || shutdown(sv[1], SHUT_WR) != 0) return -1;
			s->fd = sv[0];
			s->keep[0] = sv[1];
			return 0;
		case 4:
			s->name = "unix stream with a full send buffer";
			if (stream_pair(sv) != 0 || th_set_nonblocking(sv[0]) != 0) return -1;
			memset(block, 'f', sizeof(block));
			while (send(sv[0], block, sizeof(block), 0) > 0) {
			}
			s->fd = sv[0];
			s->keep[0] = sv[1];
			return 0;
		case 5:
			s->name = "tcp with out-of-band data pending";
			if (th_tcp_pair(&client, &server) != 0 || send(client, "!", 1, MSG_OOB) != 1 || !wait_for_oob(server)) return -1;
			s->fd = server;
			s->keep[0] = client;
			return 0;
		case 6:
			s->name = "fresh unconnected tcp socket";
			s->fd = socket(AF_INET, SOCK_STREAM, 0);
			return s->fd < 0 ? -1 : 0;
		case 7:
			s->name = "listening tcp socket, nothing pending";
			s->fd = socket(AF_INET, SOCK_STREAM, 0);
			if (s->fd < 0 || bind(s->fd, (struct sockaddr *) &addr, sizeof(addr)) != 0 || listen(s->fd, 4) != 0) return -1;
			return 0;
		case 8:
			s->name = "listening tcp socket with a pending connection";
			s->fd = socket(AF_INET, SOCK_STREAM, 0);
			if (s->fd < 0 || bind(s->fd, (struct sockaddr *) &addr, sizeof(addr)) != 0 || listen(s->fd, 4) != 0
				|| getsockname(s->fd, (struct sockaddr *) &addr, &len) != 0) return -1;
			s->keep[0] = socket(AF_INET, SOCK_STREAM, 0);
			if (s->keep[0] < 0 || connect(s->keep[0], (struct sockaddr *) &addr, sizeof(addr)) != 0) return -1;
			{
				struct pollfd p = { s->fd, POLLIN, 0 };
				poll(&p, 1, 2000);
			}
			return 0;
		case 9:
			s->name = "unix datagram pair with a datagram queued";
			if (socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) != 0 || send(sv[1], "d", 1, 0) != 1) return -1;
			s->fd = sv[0];
			s->keep[0] = sv[1];
			return 0;
		case 10:
			s->name = "tcp whose peer closed";
			if (th_tcp_pair(&client, &server) != 0) return -1;
			close(client);
			{
				struct pollfd p = { server, POLLIN, 0 };
				poll(&p, 1, 2000);
			}
			s->fd = server;
			return 0;
		case 11:
			s->name = "udp socket with a pending error (port unreachable)";
			{
				int closed = socket(AF_INET, SOCK_DGRAM, 0);
				if (closed < 0 || bind(closed, (struct sockaddr *) &addr, sizeof(addr)) != 0
					|| getsockname(closed, (struct sockaddr *) &addr, &len) != 0) return -1;
				close(closed); /* nobody listens on that port now */
			}
			s->fd = socket(AF_INET, SOCK_DGRAM, 0);
			if (s->fd < 0 || connect(s->fd, (struct sockaddr *) &addr, sizeof(addr)) != 0
				|| send(s->fd, "x", 1, 0) != 1) return -1;
			{
				struct pollfd p = { s->fd, 0, 0 };
				poll(&p, 1, 500); /* POLLERR once the ICMP error is in, if it comes */
			}
			return 0;
		default:
			return -1;
	}
}

static void free_state(state *s)
{
	if (s->fd >= 0) {
		close(s->fd);
	}
	for (int i = 0; i < STATE_FDS; i++) {
		if (s->keep[i] >= 0) {
			close(s->keep[i]);
		}
	}
}

static void results_match_select_for_common_socket_states(void)
{
	enum { STATES = 12 };
	for (int which = 0; which < STATES; which++) {
		state s;
		if (make_state(which, &s) != 0) {
			th_fail(__FILE__, __LINE__, "setting up state %d failed: %s", which, strerror(errno));
			free_state(&s);
			continue;
		}
		for (int want = 1; want <= (R | W | E); want++) {
			int expected_kinds = 0, got_kinds = 0;
			int expected = select_one(s.fd, want, &expected_kinds);
			int got = poll_one(s.fd, want, &got_kinds);
			if (expected != got || expected_kinds != got_kinds) {
				th_fail(__FILE__, __LINE__, "%s, asked %s%s%s: select() %d (kinds %d), sk_poll %d (kinds %d)",
					s.name, want & R ? "R" : "", want & W ? "W" : "", want & E ? "E" : "",
					expected, expected_kinds, got, got_kinds);
			}
		}
		free_state(&s);
	}
}

static void total_count_matches_select_over_mixed_states(void)
{
	enum { STATES = 12 };
	state s[STATES];
	fd_set r, w, e;
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_ZERO(&e);
	sk_poll_set set;
	sk_poll_init(&set);
	int max_fd = -1, setup_ok = 1;
	for (int i = 0; i < STATES; i++) {
		if (make_state(i, &s[i]) != 0) {
			setup_ok = 0;
			continue;
		}
		FD_SET(s[i].fd, &r);
		FD_SET(s[i].fd, &w);
		FD_SET(s[i].fd, &e);
		sk_poll_add(&set, s[i].fd, R | W | E);
		max_fd = s[i].fd > max_fd ? s[i].fd : max_fd;
	}
	CHECK(setup_ok);
	struct timeval tv = { 0, 0 };
	int expected = select(max_fd + 1, &r, &w, &e, &tv);
	CHECK_EQ(sk_poll_wait(&set, &zero_timeout), expected);
	for (int i = 0; i < STATES; i++) {
		if (s[i].fd < 0) {
			continue;
		}
		CHECK_EQ(sk_poll_is_ready(&set, s[i].fd, R), FD_ISSET(s[i].fd, &r) != 0);
		CHECK_EQ(sk_poll_is_ready(&set, s[i].fd, W), FD_ISSET(s[i].fd, &w) != 0);
		CHECK_EQ(sk_poll_is_ready(&set, s[i].fd, E), FD_ISSET(s[i].fd, &e) != 0);
	}
	sk_poll_free(&set);
	for (int i = 0; i < STATES; i++) {
		free_state(&s[i]);
	}
}

/* --- set lifetime -------------------------------------------------------------------------- */

static void free_resets_the_set_for_reuse(void)
{
	int sv[2];
	REQUIRE(stream_pair(sv) == 0);
	sk_poll_set set;
	sk_poll_init(&set);
	sk_poll_free(&set); /* freeing an empty set is fine */
	REQUIRE(sk_poll_add(&set, sv[0], W) == 0);
	sk_poll_free(&set);
	CHECK_EQ(set.count, 0);
	CHECK(set.fds == NULL && set.wants == NULL && set.ready == NULL && set.slot_of_fd == NULL);
	REQUIRE(sk_poll_add(&set, sv[1], R) == 0);
	CHECK_EQ(sk_poll_wait(&set, &zero_timeout), 0);
	CHECK(!sk_poll_is_ready(&set, sv[0], W)); /* the first fd is gone */
	sk_poll_free(&set);
	close(sv[0]);
	close(sv[1]);
}

/* socket_select keeps a set in a static (all zero, never passed to sk_poll_init) between calls. */
static void zero_filled_set_is_an_empty_set(void)
{
	static sk_poll_set zeroed;
	int sv[2];
	REQUIRE(stream_pair(sv) == 0);
	CHECK_EQ(zeroed.count, 0);
	CHECK(!sk_poll_is_ready(&zeroed, sv[0], W));
	CHECK_EQ(sk_poll_ready_count(&zeroed, W), 0);
	REQUIRE(sk_poll_reserve(&zeroed, 1) == 0);
	REQUIRE(sk_poll_add_fast(&zeroed, sv[0], W, 0) == 0);
	CHECK_EQ(sk_poll_wait(&zeroed, &zero_timeout), 1);
	CHECK(sk_poll_is_ready(&zeroed, sv[0], W));
	sk_poll_reset(&zeroed);
	CHECK_EQ(zeroed.count, 0);
	sk_poll_free(&zeroed);
	close(sv[0]);
	close(sv[1]);
}

/* A nested socket_select (PHP code run inside another) fills and waits on a second set while the
 * first one is filled: neither sees the other's descriptors or results. */
static void two_sets_in_use_at_once_do_not_share_state(void)
{
	int outer_fds[2], inner_fds[2];
	REQUIRE(stream_pair(outer_fds) == 0);
	REQUIRE(stream_pair(inner_fds) == 0);
	REQUIRE(th_write_all(outer_fds[1], "x", 1) == 0);
	sk_poll_set outer, inner;
	sk_poll_init(&outer);
	sk_poll_init(&inner);
	REQUIRE(sk_poll_add(&outer, outer_fds[0], R) == 0);
	REQUIRE(sk_poll_add(&outer, outer_fds[1], W) == 0);

	REQUIRE(sk_poll_add(&inner, inner_fds[0], R) == 0);
	REQUIRE(sk_poll_add(&inner, inner_fds[1], R) == 0);
	CHECK_EQ(sk_poll_wait(&inner, &zero_timeout), 0);
	CHECK_EQ(inner.count, 2);
	CHECK(!sk_poll_is_ready(&inner, outer_fds[0], R));
	sk_poll_free(&inner);

	CHECK_EQ(outer.count, 2);
	CHECK_EQ(sk_poll_wait(&outer, &zero_timeout), 2);
	CHECK(sk_poll_is_ready(&outer, outer_fds[0], R));
	CHECK(sk_poll_is_ready(&outer, outer_fds[1], W));
	CHECK(!sk_poll_is_ready(&outer, inner_fds[0], R));
	sk_poll_free(&outer);
	close(outer_fds[0]);
	close(outer_fds[1]);
	close(inner_fds[0]);
	close(inner_fds[1]);
}

static const th_test tests[] = {
	TH_TEST(read_ready_when_data_is_queued),
	TH_TEST(read_not_ready_when_nothing_is_queued),
	TH_TEST(read_ready_when_peer_has_closed),
	TH_TEST(read_ready_on_listening_socket_with_pending_connection),
	TH_TEST(write_ready_on_fresh_socketpair),
	TH_TEST(write_not_ready_when_send_buffer_is_full),
	TH_TEST(except_ready_when_out_of_band_data_is_pending),
	TH_TEST(except_not_ready_without_out_of_band_data),
	TH_TEST(ready_count_counts_an_fd_once_per_ready_kind),
	TH_TEST(ready_count_is_three_when_all_kinds_are_ready),
	TH_TEST(same_fd_added_for_two_kinds_in_two_calls_counts_twice),
	TH_TEST(fd_added_twice_to_the_same_kind_counts_once),
	TH_TEST(reset_set_is_reused_with_the_same_results),
	TH_TEST(ready_count_sums_over_several_fds),
	TH_TEST(is_ready_is_false_for_a_kind_not_asked_for),
	TH_TEST(is_ready_is_false_for_fds_not_in_the_set),
	TH_TEST(negative_fd_is_refused_with_ebadf),
	TH_TEST(poll_handles_fds_above_1024),
	TH_TEST(poll_waits_for_an_fd_above_1024_to_become_ready),
	TH_TEST(poll_handles_more_than_1024_descriptors),
	TH_TEST(closed_fd_fails_with_ebadf),
	TH_TEST(closed_fd_among_ready_ones_fails_the_whole_wait),
	TH_TEST(never_opened_fd_above_1024_fails_with_ebadf),
	TH_TEST(timeout_microseconds_carry_into_seconds),
	TH_TEST(timeout_of_exactly_one_million_microseconds_is_one_second),
	TH_TEST(timeout_below_one_second_keeps_its_microseconds),
	TH_TEST(timeout_negative_seconds_is_einval),
	TH_TEST(timeout_negative_microseconds_is_einval),
	TH_TEST(timeout_carry_is_applied_before_the_negative_check),
	TH_TEST(timeout_seconds_overflowing_with_the_carry_is_einval),
	TH_TEST(zero_timeout_returns_immediately_with_zero),
	TH_TEST(timeout_elapses_when_nothing_becomes_ready),
	TH_TEST(empty_set_with_timeout_just_sleeps),
	TH_TEST(null_timeout_waits_until_an_fd_is_ready),
	TH_TEST(wait_interrupted_by_a_signal_is_eintr),
	TH_TEST(except_only_fd_of_hung_up_socket_waits_for_the_timeout_like_select),
	TH_TEST(hung_up_except_only_fd_does_not_hide_later_readiness),
	TH_TEST(huge_timeout_after_hidden_wakeup_still_waits),
	TH_TEST(results_match_select_for_common_socket_states),
	TH_TEST(total_count_matches_select_over_mixed_states),
	TH_TEST(free_resets_the_set_for_reuse),
	TH_TEST(zero_filled_set_is_an_empty_set),
	TH_TEST(two_sets_in_use_at_once_do_not_share_state),
};

TH_MAIN(tests)
