/* SPDX-License-Identifier: BSD-3-Clause */
/* sk_watch: socket_select's kernel interest set kept between calls. Every answer must be the one
 * sk_poll_wait gives for the same set (itself checked against select() in test_poll.c), whatever
 * changed between calls: descriptors added, removed, moved between kinds, closed, their numbers
 * reused by other files, duplicated, a fork. */
#include "unit_util.h"
#include "sk_watch.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>

#define R SK_POLL_READ
#define W SK_POLL_WRITE
#define E SK_POLL_EXCEPT

static const struct timespec zero_timeout = { 0, 0 };

/* What one wait answered: its return value and each (fd, kind) found ready, in a canonical form. */
typedef struct answer {
	int ready;
	int err;
	int kinds[4096];
} answer;

typedef struct asked {
	int fd;
	int want;
	uint32_t id;
} asked;

static void fill(sk_poll_set *set, const asked *list, size_t count)
{
	sk_poll_reset(set);
	for (size_t i = 0; i < count; i++) {
		REQUIRE(sk_poll_add_id(set, list[i].fd, list[i].want, list[i].id) >= 0);
	}
}

static void read_answer(const sk_poll_set *set, int ready, answer *out)
{
	memset(out, 0, sizeof(*out));
	out->ready = ready;
	out->err = ready < 0 ? errno : 0;
	for (size_t i = 0; i < set->count; i++) {
		int fd = set->fds[i].fd;
		REQUIRE(fd >= 0 && fd < 4096);
		out->kinds[fd] = (sk_poll_is_ready(set, fd, R) ? R : 0) | (sk_poll_is_ready(set, fd, W) ? W : 0)
			| (sk_poll_is_ready(set, fd, E) ? E : 0);
	}
}

/* Asks the watch and a plain poll the same thing (zero timeout); both answers must agree. */
static void check_same_answer(sk_watch *watch, const asked *list, size_t count, const char *when)
{
	static sk_poll_set by_watch, by_poll;
	static answer a, b;
	fill(&by_watch, list, count);
	fill(&by_poll, list, count);
	int ready_watch = sk_watch_wait(watch, &by_watch, &zero_timeout);
	read_answer(&by_watch, ready_watch, &a);
	int ready_poll = sk_poll_wait(&by_poll, &zero_timeout);
	read_answer(&by_poll, ready_poll, &b);
	if (a.ready != b.ready || a.err != b.err || memcmp(a.kinds, b.kinds, sizeof(a.kinds)) != 0) {
		CHECK_EQ(a.ready, b.ready);
		CHECK_EQ(a.err, b.err);
		for (int fd = 0; fd < 4096; fd++) {
			if (a.kinds[fd] != b.kinds[fd]) {
				th_fail(__FILE__, __LINE__, "%s: fd %d: watch says %d, poll says %d", when, fd, a.kinds[fd], b.kinds[fd]);
				break;
			}
		}
	}
}

static int any_kernel_registration(void)
{
	/* /proc/self/fd shows the kernel set as anon_inode:[eventpoll]. */
	int found = 0;
	char path[64], target[64];
	for (int fd = 0; fd < 4096; fd++) {
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
		ssize_t n = readlink(path, target, sizeof(target) - 1);
		if (n > 0) {
			target[n] = '\0';
			found += strcmp(target, "anon_inode:[eventpoll]") == 0;
		}
	}
	return found;
}

static void make_pairs(int (*pairs)[2], int count)
{
	for (int i = 0; i < count; i++) {
		REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, pairs[i]) == 0);
	}
}

static int kernel_registrations(int epfd, int *out, int max);

static unsigned long long rng_state = 88172645463325252ULL;
static unsigned next_random(unsigned bound)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (unsigned) (rng_state % bound);
}

/* The core property, over 3,000 calls of random changes with the kernel set forced: sockets added,
 * removed and moved between kinds, the same socket in several kinds, data queued and drained,
 * peers closed (hang-ups), sockets closed and their numbers reused by new sockets, a duplicate of a
 * watched socket kept open while the original is closed. */
static void kernel_set_answers_as_poll_through_random_changes(void)
{
	enum { PAIRS = 120, CALLS = 3000 };
	int pairs[PAIRS][2];
	uint32_t ids[PAIRS];
	int dups[8];
	int dup_count = 0;
	make_pairs(pairs, PAIRS);
	for (int i = 0; i < PAIRS; i++) {
		ids[i] = (uint32_t) i + 1;
	}
	uint32_t next_id = PAIRS + 1;
	sk_watch watch;
	sk_watch_init(&watch);
	sk_watch_set_policy(&watch, SK_WATCH_KERNEL);
	static asked list[PAIRS * 3];
	char label[64];

	for (int call = 0; call < CALLS; call++) {
		/* Change the world a little. */
		int i = (int) next_random(PAIRS);
		switch (next_random(8)) {
			case 0: /* queue a byte for pairs[i][0] */
				if (write(pairs[i][1], "x", 1) < 0) { /* the peer may be closed: fine */ }
				break;
			case 1: { /* drain it */
				char buf[64];
				while (recv(pairs[i][0], buf, sizeof(buf), MSG_DONTWAIT) > 0) {
				}
				break;
			}
			case 2: /* a hang-up: close the peer and make a new one... */
				if (next_random(4) == 0) {
					close(pairs[i][1]);
					close(pairs[i][0]);
					REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, pairs[i]) == 0);
					ids[i] = next_id++;  /* ...whose number is, most likely, the one just closed */
				}
				break;
			case 3: /* keep a duplicate open, close the original, reuse its number */
				if (dup_count < 8) {
					dups[dup_count++] = dup(pairs[i][0]);
					close(pairs[i][0]);
					close(pairs[i][1]);
					REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, pairs[i]) == 0);
					ids[i] = next_id++;
					/* the duplicate's file becomes readable: a stale registration would fire */
				}
				break;
			case 4: /* out-of-band byte: except kind */
				send(pairs[i][1], "!", 1, MSG_OOB);
				break;
			default:
				break;
		}
		/* Ask for a random subset, each in random kinds (some twice). */
		size_t count = 0;
		for (int k = 0; k < PAIRS; k++) {
			unsigned pick = next_random(10);
			if (pick < 6) {
				int want = (int) next_random(7) + 1;
				if (want & R) list[count++] = (asked) {pairs[k][0], R, ids[k]};
				if (want & W) list[count++] = (asked) {pairs[k][0], W, ids[k]};
				if (want & E) list[count++] = (asked) {pairs[k][0], E, ids[k]};
			}
		}
		if (count == 0) {
			continue;
		}
		snprintf(label, sizeof(label), "call %d", call);
		check_same_answer(&watch, list, count, label);
		if (dup_count == 0 && watch.epfd >= 0) {
			/* No file is open elsewhere yet: the kernel set holds exactly the descriptors asked. */
			int got[PAIRS + 8];
			int n = kernel_registrations(watch.epfd, got, PAIRS + 8);
			int distinct = 0;
			for (size_t i = 0; i < count; i++) {
				int seen_before = 0;
				for (size_t j = 0; j < i; j++) {
					seen_before |= list[j].fd == list[i].fd;
				}
				distinct += !seen_before;
			}
			if (n != distinct) {
				th_fail(__FILE__, __LINE__, "%s: %d registrations for %d descriptors", label, n, distinct);
			}
		}
		if (th_failures > 0) {
			break;
		}
	}
	CHECK(watch.kernel_calls > CALLS / 2);
	sk_watch_free(&watch);
	for (int k = 0; k < dup_count; k++) {
		close(dups[k]);
	}
}

/* The descriptors the kernel set has registered (its fdinfo), sorted into out; returns how many. */
static int kernel_registrations(int epfd, int *out, int max)
{
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/self/fdinfo/%d", epfd);
	FILE *f = fopen(path, "r");
	if (f == NULL) {
		return -1;
	}
	int n = 0, fd;
	while (fgets(line, sizeof(line), f) != NULL) {
		if (sscanf(line, "tfd: %d", &fd) == 1 && n < max) {
			out[n++] = fd;
		}
	}
	fclose(f);
	for (int i = 1; i < n; i++) {   /* insertion sort: small sets */
		for (int j = i; j > 0 && out[j - 1] > out[j]; j--) {
			int t = out[j]; out[j] = out[j - 1]; out[j - 1] = t;
		}
	}
	return n;
}

/* After each change the kernel set holds exactly the descriptors asked for, no more: clients
 * appended, dropped from the middle and the end, replaced, the order changed, the kinds changed. */
static void kernel_registrations_match_the_set_after_each_change(void)
{
	enum { PAIRS = 80 };
	int pairs[PAIRS][2];
	make_pairs(pairs, PAIRS);
	sk_watch watch;
	sk_watch_init(&watch);
	sk_watch_set_policy(&watch, SK_WATCH_KERNEL);
	asked list[PAIRS];
	/* Each step: which pairs (by index) in which order, all for reading unless kinds says. */
	static const struct { int first, count, step, kinds; const char *what; } steps[] = {
		{0, 40, 1, R, "40 in order"},
		{0, 40, 1, R, "the same again"},
		{0, 41, 1, R, "one appended"},
		{0, 50, 1, R, "nine more appended"},
		{0, 45, 1, R, "five dropped from the end"},
		{5, 40, 1, R, "five dropped from the start"},
		{5, 40, 2, R, "every other one"},
		{0, 80, 1, R, "all"},
		{79, 80, -1, R, "all, reversed"},
		{0, 80, 1, W, "all, for writing"},
		{0, 80, 1, R | E, "all, read and except"},
		{0, 30, 1, R, "30"},
	};
	for (size_t k = 0; k < sizeof(steps) / sizeof(steps[0]); k++) {
		size_t count = 0;
		for (int i = 0, p = steps[k].first; i < steps[k].count && p >= 0 && p < PAIRS; i++, p += steps[k].step) {
			list[count++] = (asked) {pairs[p][0], steps[k].kinds, (uint32_t) p + 1};
		}
		/* One entry per descriptor: R|E is added as two kinds of one entry. */
		static sk_poll_set set;
		sk_poll_reset(&set);
		for (size_t i = 0; i < count; i++) {
			for (int kind = R; kind <= E; kind <<= 1) {
				if (list[i].want & kind) {
					REQUIRE(sk_poll_add_id(&set, list[i].fd, kind, list[i].id) >= 0);
				}
			}
		}
		CHECK(sk_watch_wait(&watch, &set, &zero_timeout) >= 0);
		int got[PAIRS + 8], want[PAIRS];
		int n = kernel_registrations(watch.epfd, got, PAIRS + 8);
		for (size_t i = 0; i < count; i++) {
			want[i] = list[i].fd;
		}
		for (size_t i = 1; i < count; i++) {
			for (size_t j = i; j > 0 && want[j - 1] > want[j]; j--) {
				int t = want[j]; want[j] = want[j - 1]; want[j - 1] = t;
			}
		}
		if (n != (int) count || memcmp(got, want, count * sizeof(int)) != 0) {
			th_fail(__FILE__, __LINE__, "%s: the kernel set has %d registrations, %zu asked for", steps[k].what, n, count);
		}
		CHECK_EQ(watch.listed_count, count);
	}
	CHECK_EQ(watch.rebuilds, 0);
	sk_watch_free(&watch);
}

/* A socket closed while a duplicate keeps its file open, its number then given to a new socket: the
 * kernel still has the old file's registration, which nothing can name any more. Its events must not
 * be taken for the new socket's; the set is rebuilt. */
static void stale_registration_of_a_file_open_elsewhere_is_not_reported(void)
{
	int old[2], fresh[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, old) == 0);
	sk_watch watch;
	sk_watch_init(&watch);
	sk_watch_set_policy(&watch, SK_WATCH_KERNEL);
	sk_poll_set set;
	sk_poll_init(&set);

	REQUIRE(sk_poll_add_id(&set, old[0], R, 1) == 0);
	CHECK_EQ(sk_watch_wait(&watch, &set, &zero_timeout), 0);
	int number = old[0];
	int keeper = dup(old[0]);
	close(old[0]);   /* not forgotten: as when a stream layer closed it */
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, fresh) == 0);
	if (fresh[0] != number) {
		/* take the number explicitly */
		REQUIRE(dup2(fresh[0], number) == number);
		close(fresh[0]);
		fresh[0] = number;
	}
	REQUIRE(write(old[1], "x", 1) == 1); /* the old file is readable; the new one is not */

	sk_poll_reset(&set);
	REQUIRE(sk_poll_add_id(&set, number, R, 2) == 0);
	CHECK_EQ(sk_watch_wait(&watch, &set, &zero_timeout), 0);
	CHECK(!sk_poll_is_ready(&set, number, R));
	CHECK_EQ(watch.rebuilds, 1);

	/* The rebuilt set answers for the new socket. */
	REQUIRE(write(fresh[1], "y", 1) == 1);
	sk_poll_reset(&set);
	REQUIRE(sk_poll_add_id(&set, number, R, 2) == 0);
	CHECK_EQ(sk_watch_wait(&watch, &set, &zero_timeout), 1);
	CHECK(sk_poll_is_ready(&set, number, R));
	CHECK_EQ(watch.rebuilds, 1);
	sk_poll_free(&set);
	sk_watch_free(&watch);
	close(keeper);
}

/* Many stale registrations, all ready, interleaved with as many ready watched descriptors: their
 * events take slots of the kernel's wait, and the answer must still be poll's (all of them). */
static void stale_registrations_do_not_crowd_out_ready_descriptors(void)
{
	enum { N = 40 };
	int stale[N][2], keepers[N], live[N][2];
	sk_watch watch;
	sk_watch_init(&watch);
	sk_watch_set_policy(&watch, SK_WATCH_KERNEL);
	sk_poll_set set;
	sk_poll_init(&set);
	for (int i = 0; i < N; i++) {
		REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, stale[i]) == 0);
		REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, live[i]) == 0);
		REQUIRE(sk_poll_add_id(&set, stale[i][0], R, 1000 + i) == 0);
		REQUIRE(sk_poll_add_id(&set, live[i][0], R, 2000 + i) == 0);
	}
	CHECK_EQ(sk_watch_wait(&watch, &set, &zero_timeout), 0);
	for (int i = 0; i < N; i++) {
		keepers[i] = dup(stale[i][0]);   /* the file stays open elsewhere */
		close(stale[i][0]);              /* not forgotten: as when a stream layer closed it */
	}
	for (int i = 0; i < N; i++) {
		REQUIRE(write(stale[i][1], "s", 1) == 1);
		REQUIRE(write(live[i][1], "r", 1) == 1);
	}
	asked list[N];
	for (int i = 0; i < N; i++) {
		list[i] = (asked) {live[i][0], R, 2000 + i};
	}
	for (int round = 0; round < 3; round++) {
		check_same_answer(&watch, list, N, "live sockets beside stale registrations");
	}
	sk_poll_set full;
	sk_poll_init(&full);
	fill(&full, list, N);
	CHECK_EQ(sk_watch_wait(&watch, &full, NULL), N);
	sk_poll_free(&full);
	sk_poll_free(&set);
	sk_watch_free(&watch);
	for (int i = 0; i < N; i++) {
		close(keepers[i]);
		close(stale[i][1]);
		close(live[i][0]);
		close(live[i][1]);
	}
}

/* Near the descriptor limit the watch holds no kernel set (its descriptor would be one the program
 * could have had), and answers as poll; with room again it makes one. */
static void no_kernel_set_near_the_descriptor_limit(void)
{
	int pairs[8][2];
	make_pairs(pairs, 8);
	asked list[8];
	for (int i = 0; i < 8; i++) {
		list[i] = (asked) {pairs[i][0], R, (uint32_t) i + 1};
	}
	REQUIRE(write(pairs[3][1], "x", 1) == 1);
	sk_watch watch;
	sk_watch_init(&watch);
	sk_watch_set_policy(&watch, SK_WATCH_KERNEL);
	check_same_answer(&watch, list, 8, "room");
	CHECK_EQ(any_kernel_registration(), 1);

	struct rlimit saved, low;
	REQUIRE(getrlimit(RLIMIT_NOFILE, &saved) == 0);
	int lowest = dup(0);
	REQUIRE(lowest >= 0);
	close(lowest);
	low = saved;
	low.rlim_cur = (rlim_t) lowest + 4;   /* 4 numbers free: well within the margin */
	REQUIRE(setrlimit(RLIMIT_NOFILE, &low) == 0);
	for (int call = 0; call < 64; call++) {   /* the limit is looked at every 64 calls at least */
		check_same_answer(&watch, list, 8, "near the limit");
	}
	CHECK_EQ(any_kernel_registration(), 0);
	int taken[4];
	for (int i = 0; i < 4; i++) {
		taken[i] = dup(0);
		CHECK(taken[i] >= 0);   /* every free number is the program's */
	}
	for (int i = 0; i < 4; i++) {
		close(taken[i]);
	}

	REQUIRE(setrlimit(RLIMIT_NOFILE, &saved) == 0);
	for (int call = 0; call < 64; call++) {
		check_same_answer(&watch, list, 8, "room again");
	}
	CHECK_EQ(any_kernel_registration(), 1);
	sk_watch_free(&watch);
	for (int i = 0; i < 8; i++) {
		close(pairs[i][0]);
		close(pairs[i][1]);
	}
}

/* A watched descriptor closed, or replaced with dup2(), behind the watch's back: the kernel drops
 * the registration with the file, so the kernel set alone would wait for ever. Within the check
 * interval poll answers: EBADF for the closed one, the new file's readiness for the replaced one. */
static void descriptor_closed_or_replaced_behind_the_back_is_answered_by_poll(void)
{
	enum { N = 4 };
	int pairs[N][2], other[2];
	make_pairs(pairs, N);
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, other) == 0);
	asked list[N];
	for (int i = 0; i < N; i++) {
		list[i] = (asked) {pairs[i][0], R, (uint32_t) i + 1};
	}
	sk_watch watch;
	sk_watch_init(&watch);
	sk_watch_set_policy(&watch, SK_WATCH_KERNEL);
	sk_poll_set set;
	sk_poll_init(&set);
	fill(&set, list, N);
	CHECK_EQ(sk_watch_wait(&watch, &set, &zero_timeout), 0);
	alarm(10);   /* a wait for ever fails the test */

	/* Replaced by a readable file: reported readable, as poll reports it. */
	REQUIRE(write(other[1], "n", 1) == 1);
	REQUIRE(dup2(other[0], pairs[1][0]) == pairs[1][0]);
	sk_poll_reuse(&set);
	CHECK_EQ(sk_watch_wait(&watch, &set, NULL), 1);
	CHECK(sk_poll_is_ready(&set, pairs[1][0], R));
	CHECK(watch.checks >= 1);

	/* Closed: EBADF, with no timeout and with one longer than the check interval. */
	close(pairs[2][0]);
	const struct timespec long_timeout = {5, 0};
	for (int round = 0; round < 2; round++) {
		sk_poll_reuse(&set);
		errno = 0;
		CHECK_EQ(sk_watch_wait(&watch, &set, round == 0 ? NULL : &long_timeout), -1);
		CHECK_EQ(errno, EBADF);
	}
	/* A zero timeout: the kernel set's answer (nothing) while the check is not due, poll's once it is. */
	watch.check_at.tv_sec += 3600;
	sk_poll_reuse(&set);
	CHECK_EQ(sk_watch_wait(&watch, &set, &zero_timeout), 0);
	watch.check_at.tv_sec -= 7200;
	sk_poll_reuse(&set);
	errno = 0;
	CHECK_EQ(sk_watch_wait(&watch, &set, &zero_timeout), -1);
	CHECK_EQ(errno, EBADF);
	alarm(0);
	sk_poll_free(&set);
	sk_watch_free(&watch);
}

/* An entry without identity (id 0: a socket whose stream may close it with no word to the watch)
 * is never registered: a set holding one is answered by poll, and the kernel set keeps none of it. */
static void entry_without_identity_is_polled(void)
{
	int pairs[4][2];
	make_pairs(pairs, 4);
	sk_watch watch;
	sk_watch_init(&watch);
	sk_watch_set_policy(&watch, SK_WATCH_KERNEL);
	asked list[4];
	for (int i = 0; i < 4; i++) {
		list[i] = (asked) {pairs[i][0], R, (uint32_t) i + 1};
	}
	REQUIRE(write(pairs[2][1], "x", 1) == 1);
	check_same_answer(&watch, list, 4, "all with identities");
	unsigned long kernel_calls = watch.kernel_calls;
	CHECK(kernel_calls > 0);
	list[2].id = 0;
	sk_watch_forget(&watch, pairs[2][0]);   /* as socket_export_stream does */
	check_same_answer(&watch, list, 4, "one without");
	CHECK_EQ(watch.kernel_calls, kernel_calls);
	int registered[8];
	CHECK_EQ(kernel_registrations(watch.epfd, registered, 8), 3);
	for (int i = 0; i < 3; i++) {
		CHECK(registered[i] != pairs[2][0]);
	}
	sk_watch_free(&watch);
	for (int i = 0; i < 4; i++) {
		close(pairs[i][0]);
		close(pairs[i][1]);
	}
}

/* sk_watch_forget before the close takes the registration out while the number still names the
 * file: no stale registration, no rebuild. */
static void forget_before_close_leaves_nothing_behind(void)
{
	int old[2], fresh[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, old) == 0);
	sk_watch watch;
	sk_watch_init(&watch);
	sk_watch_set_policy(&watch, SK_WATCH_KERNEL);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add_id(&set, old[0], R, 1) == 0);
	CHECK_EQ(sk_watch_wait(&watch, &set, &zero_timeout), 0);
	int number = old[0];
	int keeper = dup(old[0]);
	sk_watch_forget(&watch, number);
	close(old[0]);
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, fresh) == 0);
	REQUIRE(dup2(fresh[0], number) == number);
	REQUIRE(write(old[1], "x", 1) == 1);
	sk_poll_reset(&set);
	REQUIRE(sk_poll_add_id(&set, number, R, 2) == 0);
	CHECK_EQ(sk_watch_wait(&watch, &set, &zero_timeout), 0);
	CHECK_EQ(watch.rebuilds, 0);
	CHECK_EQ(watch.kernel_calls, 2);
	sk_poll_free(&set);
	sk_watch_free(&watch);
	close(keeper);
}

/* After a fork both processes hold the parent's set: the child must make its own and leave the
 * parent's registrations alone, even when it watches other descriptors. */
static void forked_child_does_not_change_the_parents_set(void)
{
	int a[2], b[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, a) == 0);
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, b) == 0);
	sk_watch watch;
	sk_watch_init(&watch);
	sk_watch_set_policy(&watch, SK_WATCH_KERNEL);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add_id(&set, a[0], R, 1) == 0);
	CHECK_EQ(sk_watch_wait(&watch, &set, &zero_timeout), 0);
	int parent_epfd = watch.epfd;

	pid_t child = fork();
	REQUIRE(child >= 0);
	if (child == 0) {
		/* The child watches b only: with the parent's set it would remove a from it. */
		sk_poll_reset(&set);
		sk_poll_add_id(&set, b[0], R, 2);
		/* Its own set (the number may be the same: the parent's copy was closed first). */
		int bad = sk_watch_wait(&watch, &set, &zero_timeout) != 0 || watch.epfd < 0
			|| watch.epfd_forks != sk_watch_fork_count() || watch.kernel_calls != 2 || watch.rebuilds != 0;
		sk_watch_forget(&watch, b[0]);
		_exit(bad);
	}
	int status;
	REQUIRE(waitpid(child, &status, 0) == child);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);

	/* The parent's registration of a is intact: no change is needed, so none is made, and the
	 * kernel reports a when it becomes readable. */
	REQUIRE(write(a[1], "x", 1) == 1);
	sk_poll_reset(&set);
	REQUIRE(sk_poll_add_id(&set, a[0], R, 1) == 0);
	struct timespec second = { 1, 0 };
	CHECK_EQ(sk_watch_wait(&watch, &set, &second), 1);
	CHECK(sk_poll_is_ready(&set, a[0], R));
	CHECK_EQ(watch.kernel_calls, 2);
	CHECK_EQ(watch.epfd, parent_epfd);
	sk_poll_free(&set);
	sk_watch_free(&watch);
}

/* A hang-up on a descriptor asked for the except kind only wakes epoll (and poll), but select()
 * counts nothing: the wait goes on for the whole timeout, as sk_poll_wait's does. */
static void hang_up_on_except_only_descriptor_waits_out_the_timeout(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	close(sv[1]);
	sk_watch watch;
	sk_watch_init(&watch);
	sk_watch_set_policy(&watch, SK_WATCH_KERNEL);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add_id(&set, sv[0], E, 1) == 0);
	struct timespec timeout = { 0, 100 * 1000000L }, t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CHECK_EQ(sk_watch_wait(&watch, &set, &timeout), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	long elapsed_ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	CHECK(elapsed_ms >= 95);
	sk_poll_free(&set);
	sk_watch_free(&watch);
}

/* Timeouts through the kernel set: whole milliseconds (epoll_wait's own) and not (ppoll on the
 * set, then collect): neither cut short, and a wait ends when a socket becomes ready. */
static void kernel_wait_keeps_the_timeout(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	sk_watch watch;
	sk_watch_init(&watch);
	sk_watch_set_policy(&watch, SK_WATCH_KERNEL);
	sk_poll_set set;
	sk_poll_init(&set);
	REQUIRE(sk_poll_add_id(&set, sv[0], R, 1) == 0);
	struct timespec timeout = { 0, 50 * 1000000L }, t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CHECK_EQ(sk_watch_wait(&watch, &set, &timeout), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	long elapsed_us = (t1.tv_sec - t0.tv_sec) * 1000000 + (t1.tv_nsec - t0.tv_nsec) / 1000;
	CHECK(elapsed_us >= 49000);
	CHECK_EQ(watch.kernel_calls, 1);

	/* Not whole milliseconds: 20.5 ms is waited out whole. */
	struct timespec odd = { 0, 20500 * 1000L };
	sk_poll_reset(&set);
	REQUIRE(sk_poll_add_id(&set, sv[0], R, 1) == 0);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CHECK_EQ(sk_watch_wait(&watch, &set, &odd), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	elapsed_us = (t1.tv_sec - t0.tv_sec) * 1000000 + (t1.tv_nsec - t0.tv_nsec) / 1000;
	CHECK(elapsed_us >= 20500);

	/* ... and ends as soon as a socket is ready, with it reported. */
	pid_t writer = fork();
	REQUIRE(writer >= 0);
	if (writer == 0) {
		usleep(30000);
		_exit(write(sv[1], "x", 1) == 1 ? 0 : 1);
	}
	struct timespec long_odd = { 5, 500 * 1000L };
	sk_poll_reset(&set);
	REQUIRE(sk_poll_add_id(&set, sv[0], R, 1) == 0);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CHECK_EQ(sk_watch_wait(&watch, &set, &long_odd), 1);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	CHECK(sk_poll_is_ready(&set, sv[0], R));
	elapsed_us = (t1.tv_sec - t0.tv_sec) * 1000000 + (t1.tv_nsec - t0.tv_nsec) / 1000;
	CHECK(elapsed_us < 4000000);
	int status;
	waitpid(writer, &status, 0);
	CHECK_EQ(watch.kernel_calls, 3);
	sk_poll_free(&set);
	sk_watch_free(&watch);
}

/* A regular file: epoll refuses it (EPERM), poll says it is always ready. The call is answered by
 * poll, the same as without the watch. */
static void descriptor_epoll_refuses_is_answered_by_poll(void)
{
	char path[] = "/tmp/sk_watch_XXXXXX";
	int file = mkstemp(path);
	REQUIRE(file >= 0);
	unlink(path);
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	sk_watch watch;
	sk_watch_init(&watch);
	sk_watch_set_policy(&watch, SK_WATCH_KERNEL);
	asked list[] = { {sv[0], R, 1}, {file, R, 2}, {file, W, 2} };
	check_same_answer(&watch, list, 3, "regular file");
	check_same_answer(&watch, list, 3, "regular file again");
	CHECK_EQ(watch.kernel_calls, 0);
	CHECK_EQ(watch.poll_calls, 2);
	sk_watch_free(&watch);
	close(file);
}

/* A closed descriptor fails the whole wait with EBADF, as with poll. */
static void closed_descriptor_fails_with_ebadf(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	sk_watch watch;
	sk_watch_init(&watch);
	sk_watch_set_policy(&watch, SK_WATCH_KERNEL);
	sk_poll_set set;
	sk_poll_init(&set);
	for (int twice = 0; twice < 2; twice++) {
		/* The first time the number of the closed descriptor is free: the kernel set made during
		 * the call takes it (the watch must still say EBADF); the second time the set exists. */
		int gone = dup(sv[0]);
		close(gone);
		sk_poll_reset(&set);
		REQUIRE(sk_poll_add_id(&set, sv[0], R, 1) == 0);
		REQUIRE(sk_poll_add_id(&set, gone, R, 2) == 0);
		errno = 0;
		CHECK_EQ(sk_watch_wait(&watch, &set, &zero_timeout), -1);
		CHECK_EQ(errno, EBADF);
	}
	sk_poll_free(&set);
	sk_watch_free(&watch);
}

static int raise_fd_limit(rlim_t want)
{
	struct rlimit limit;
	if (getrlimit(RLIMIT_NOFILE, &limit) != 0) {
		return -1;
	}
	if (limit.rlim_cur >= want) {
		return 0;
	}
	limit.rlim_cur = want <= limit.rlim_max ? want : limit.rlim_max;
	return setrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur >= want ? 0 : -1;
}

/* The automatic choice: a large set with few ready descriptors moves to the kernel set; the same set
 * with every descriptor ready goes back to poll (and closes the kernel set); a small one never
 * leaves poll. */
static void automatic_choice_follows_what_it_measures(void)
{
	enum { PAIRS = 500 };
	REQUIRE(raise_fd_limit(PAIRS * 2 + 64) == 0);
	static int pairs[PAIRS][2];
	make_pairs(pairs, PAIRS);
	static asked list[PAIRS];
	for (int i = 0; i < PAIRS; i++) {
		list[i] = (asked) {pairs[i][0], R, (uint32_t) i + 1};
	}
	REQUIRE(write(pairs[7][1], "x", 1) == 1);  /* 1 of 500 ready */

	sk_watch watch;
	sk_watch_init(&watch);
	for (int call = 0; call < 20; call++) {
		check_same_answer(&watch, list, PAIRS, "few ready");
	}
	CHECK(watch.using_kernel);
	CHECK(watch.kernel_calls >= 10);
	CHECK_EQ(any_kernel_registration(), 1);
	CHECK(sk_watch_memory(&watch) > 0);

	for (int i = 0; i < PAIRS; i++) {
		REQUIRE(write(pairs[i][1], "x", 1) == 1);  /* all ready */
	}
	unsigned long kernel_before = watch.kernel_calls;
	for (int call = 0; call < 20; call++) {
		check_same_answer(&watch, list, PAIRS, "all ready");
	}
	CHECK(!watch.using_kernel);
	CHECK(watch.kernel_calls - kernel_before <= 6);
	CHECK_EQ(any_kernel_registration(), 0);

	sk_watch small;
	sk_watch_init(&small);
	for (int call = 0; call < 50; call++) {
		check_same_answer(&small, list, 10, "small set");
	}
	CHECK_EQ(small.kernel_calls, 0);
	CHECK_EQ(small.listed_count, 0);  /* no bookkeeping below the threshold */
	sk_watch_free(&small);
	sk_watch_free(&watch);
}

/* A set that changes wholly from call to call (each call asks for other descriptors) would cost an
 * epoll_ctl per descriptor: the automatic choice stays with poll. */
static void automatic_choice_keeps_poll_for_a_set_that_always_changes(void)
{
	enum { PAIRS = 400 };
	REQUIRE(raise_fd_limit(PAIRS * 2 + 64) == 0);
	static int pairs[PAIRS][2];
	make_pairs(pairs, PAIRS);
	static asked list[PAIRS];
	sk_watch watch;
	sk_watch_init(&watch);
	for (int call = 0; call < 40; call++) {
		int half = call % 2;
		for (int i = 0; i < PAIRS / 2; i++) {
			int k = i * 2 + half;
			list[i] = (asked) {pairs[k][0], R, (uint32_t) k + 1};
		}
		check_same_answer(&watch, list, PAIRS / 2, "alternating");
	}
	CHECK_EQ(watch.kernel_calls, 0);
	sk_watch_free(&watch);
}

/* Reset (a request's end) closes the kernel set and forgets every registration. */
static void reset_closes_the_kernel_set(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	sk_watch watch;
	sk_watch_init(&watch);
	sk_watch_set_policy(&watch, SK_WATCH_KERNEL);
	asked list[] = { {sv[0], R, 1} };
	check_same_answer(&watch, list, 1, "before reset");
	CHECK_EQ(any_kernel_registration(), 1);
	sk_watch_reset(&watch);
	CHECK_EQ(any_kernel_registration(), 0);
	CHECK_EQ(watch.listed_count, 0);
	CHECK_EQ(watch.policy, SK_WATCH_KERNEL);
	check_same_answer(&watch, list, 1, "after reset");
	sk_watch_free(&watch);
	CHECK_EQ(any_kernel_registration(), 0);
}

static const th_test tests[] = {
	TH_TEST(kernel_set_answers_as_poll_through_random_changes),
	TH_TEST(kernel_registrations_match_the_set_after_each_change),
	TH_TEST(stale_registration_of_a_file_open_elsewhere_is_not_reported),
	TH_TEST(stale_registrations_do_not_crowd_out_ready_descriptors),
	TH_TEST(no_kernel_set_near_the_descriptor_limit),
	TH_TEST(descriptor_closed_or_replaced_behind_the_back_is_answered_by_poll),
	TH_TEST(entry_without_identity_is_polled),
	TH_TEST(forget_before_close_leaves_nothing_behind),
	TH_TEST(forked_child_does_not_change_the_parents_set),
	TH_TEST(hang_up_on_except_only_descriptor_waits_out_the_timeout),
	TH_TEST(kernel_wait_keeps_the_timeout),
	TH_TEST(descriptor_epoll_refuses_is_answered_by_poll),
	TH_TEST(closed_descriptor_fails_with_ebadf),
	TH_TEST(automatic_choice_follows_what_it_measures),
	TH_TEST(automatic_choice_keeps_poll_for_a_set_that_always_changes),
	TH_TEST(reset_closes_the_kernel_set),
};

TH_MAIN(tests)
