/* SPDX-License-Identifier: BSD-3-Clause */
/* GNU: ppoll(). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "sk_watch.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

/* Fixed-point 1.0 for the measured ratios. */
#define RATIO_ONE (1u << 16)

/* The choice, in units of what the kernel's poll costs per descriptor. A call through the kernel set
 * costs about one unit per ready descriptor (the wait reports it, as poll would) and CHANGE_COST
 * units per registration that changed (an epoll_ctl is a system call of its own), plus a comparison
 * in user space that is small beside either. So the kernel set pays while
 * ready/asked + CHANGE_COST * changed/asked stays well under 1; ENTER and LEAVE leave a gap so
 * that a load near the boundary does not switch back and forth. */
#define CHANGE_COST 8
#define ENTER_SCORE (RATIO_ONE / 2)
#define LEAVE_SCORE (RATIO_ONE * 3 / 4)
/* Below this many descriptors one poll costs about what one epoll_wait does: poll is kept, and the
 * watch does no bookkeeping at all (a select over a handful of sockets stays as cheap as before). */
#define MIN_KERNEL_FDS 64
/* Calls to measure before the kernel set is first tried, and to wait after it was left. */
#define MEASURE_CALLS 2
#define HOLD_OFF_CALLS 16
/* After the kernel refused a descriptor (a regular file, an epoll set of its own...). */
#define REFUSED_HOLD_OFF_CALLS 256
/* No kernel set while the process's descriptors come within this many of its limit (and at least
 * NEAR_LIMIT_MIN): the set's descriptor would be one the program could have had. Looked at (three
 * system calls, a few microseconds) when the set is made, when a higher descriptor is watched, and
 * at least every NEAR_LIMIT_EVERY calls. */
#define NEAR_LIMIT_FRACTION 8
#define NEAR_LIMIT_MIN 32
#define NEAR_LIMIT_EVERY 64
/* At most this long between two checks of the kernel set's answers by poll (check_due). Not a whole
 * number of seconds: the wait goes on in a second system call after a check, and a signal that
 * arrives between the two is handled (PHP's async signals) only once the call returns; a program's
 * alarm(N) set before the select that made the set would otherwise fall right on a check. */
static const struct timespec check_interval = {1, 43700000};
/* While poll answers and most descriptors are ready, the comparison that measures the changes
 * is done once every this many calls only (it would cost a few percent of such a call). */
#define BUSY_MEASURE_EVERY 16

static unsigned fork_count;
static pthread_once_t fork_watch_once = PTHREAD_ONCE_INIT;

static void count_fork_in_child(void)
{
	__atomic_add_fetch(&fork_count, 1, __ATOMIC_RELAXED);
}

static void watch_forks(void)
{
	pthread_atfork(NULL, NULL, count_fork_in_child);
}

unsigned sk_watch_fork_count(void)
{
	pthread_once(&fork_watch_once, watch_forks);
	return __atomic_load_n(&fork_count, __ATOMIC_RELAXED);
}

void sk_watch_init(sk_watch *watch)
{
	memset(watch, 0, sizeof(*watch));
	watch->epfd = -1;
	sk_watch_fork_count(); /* registers the fork handler before any set exists */
}

/* Closes the kernel set; every registration goes with it. The set of a parent process is not
 * touched by a child closing its copy of the descriptor. */
static void drop_kernel_set(sk_watch *watch)
{
	if (watch->epfd >= 0) {
		close(watch->epfd);
		watch->epfd = -1;
	}
	for (size_t i = 0; i < watch->listed_count; i++) {
		watch->by_fd[watch->listed[i]].in_kernel = false;
	}
	watch->synced_in_kernel = false;
}

bool sk_watch_give_up_kernel_set(sk_watch *watch)
{
	if (watch->epfd < 0) {
		return false;
	}
	drop_kernel_set(watch);
	if (watch->policy == SK_WATCH_AUTO) {
		watch->using_kernel = false;
		watch->hold_off = REFUSED_HOLD_OFF_CALLS;
	}
	return true;
}

void sk_watch_free(sk_watch *watch)
{
	drop_kernel_set(watch);
	free(watch->by_fd);
	free(watch->listed);
	free(watch->events);
	sk_watch_init(watch);
}

void sk_watch_reset(sk_watch *watch)
{
	enum sk_watch_policy policy = watch->policy;
	sk_watch_free(watch);
	watch->policy = policy;
}

void sk_watch_set_policy(sk_watch *watch, enum sk_watch_policy policy)
{
	watch->policy = policy;
	if (policy == SK_WATCH_POLL) {
		drop_kernel_set(watch);
		watch->using_kernel = false;
	}
}

size_t sk_watch_memory(const sk_watch *watch)
{
	return watch->by_fd_len * sizeof(*watch->by_fd) + watch->listed_capacity * sizeof(*watch->listed)
		+ watch->events_capacity * sizeof(struct epoll_event);
}

static int grow_by_fd(sk_watch *watch, int fd)
{
	size_t needed = (size_t) fd + 1;
	size_t len = watch->by_fd_len ? watch->by_fd_len : 64;
	while (len < needed) {
		len *= 2;
	}
	sk_watch_entry *by_fd = realloc(watch->by_fd, len * sizeof(*by_fd));
	if (by_fd == NULL) {
		return -1;
	}
	memset(by_fd + watch->by_fd_len, 0, (len - watch->by_fd_len) * sizeof(*by_fd));
	watch->by_fd = by_fd;
	watch->by_fd_len = len;
	return 0;
}

static int list_add(sk_watch *watch, int fd)
{
	if (watch->listed_count == watch->listed_capacity) {
		size_t capacity = watch->listed_capacity ? watch->listed_capacity * 2 : 64;
		int *listed = realloc(watch->listed, capacity * sizeof(*listed));
		if (listed == NULL) {
			return -1;
		}
		watch->listed = listed;
		watch->listed_capacity = capacity;
	}
	watch->by_fd[fd].list_index = (uint32_t) watch->listed_count;
	watch->listed[watch->listed_count++] = fd;
	return 0;
}

static void list_remove(sk_watch *watch, int fd)
{
	uint32_t index = watch->by_fd[fd].list_index;
	int last = watch->listed[--watch->listed_count];
	watch->listed[index] = last;
	watch->by_fd[last].list_index = index;
}

static uint32_t events_for(int wants)
{
	uint32_t events = 0;
	if (wants & SK_POLL_READ) {
		events |= EPOLLIN | EPOLLRDNORM | EPOLLRDBAND;
	}
	if (wants & SK_POLL_WRITE) {
		events |= EPOLLOUT | EPOLLWRNORM | EPOLLWRBAND;
	}
	if (wants & SK_POLL_EXCEPT) {
		events |= EPOLLPRI;
	}
	return events;
}

/* What a registration carries back in each event: the number and the identity it was made for, so
 * that an event of a registration this watch no longer knows is recognised. */
static uint64_t token_of(int fd, uint32_t id)
{
	return ((uint64_t) id << 32) | (uint32_t) fd;
}

void sk_watch_forget(sk_watch *watch, int fd)
{
	if (fd < 0 || (size_t) fd >= watch->by_fd_len) {
		return;
	}
	sk_watch_entry *entry = &watch->by_fd[fd];
	if (entry->events == 0) {
		return;
	}
	if (entry->in_kernel && watch->epfd >= 0 && watch->epfd_forks == sk_watch_fork_count()) {
		epoll_ctl(watch->epfd, EPOLL_CTL_DEL, fd, NULL);
	}
	entry->events = 0;
	entry->in_kernel = false;
	list_remove(watch, fd);
	watch->synced_set = NULL;
}

/* Makes the kernel's registration of fd the one asked for. Returns 0, or -1 with errno. */
static int register_in_kernel(sk_watch *watch, int fd, sk_watch_entry *entry, uint32_t events, uint32_t id)
{
	struct epoll_event event = {.events = events, .data.u64 = token_of(fd, id)};
	if (entry->in_kernel) {
		entry->in_kernel = false;
		if (entry->id == id) {
			if (epoll_ctl(watch->epfd, EPOLL_CTL_MOD, fd, &event) == 0) {
				entry->in_kernel = true;
				return 0;
			}
			if (errno != ENOENT) {
				return -1;
			}
		} else {
			/* Another file has this number now. This removes the registration of the file the
			 * number names now, if it has one; the old file's, if that file is still open
			 * elsewhere, can no longer be named: its events are recognised by their token. */
			epoll_ctl(watch->epfd, EPOLL_CTL_DEL, fd, NULL);
		}
	}
	if (epoll_ctl(watch->epfd, EPOLL_CTL_ADD, fd, &event) == 0
			|| (errno == EEXIST && epoll_ctl(watch->epfd, EPOLL_CTL_MOD, fd, &event) == 0)) {
		entry->in_kernel = true;
		return 0;
	}
	return -1;
}

/* Takes an entry no longer asked for out of the watch (and of the kernel set). */
static void remove_entry(sk_watch *watch, int fd)
{
	sk_watch_entry *entry = &watch->by_fd[fd];
	if (entry->in_kernel && watch->epfd >= 0) {
		epoll_ctl(watch->epfd, EPOLL_CTL_DEL, fd, NULL);
	}
	entry->events = 0;
	entry->in_kernel = false;
	list_remove(watch, fd);
}

/* Compares the set asked for with what the watch remembers, updating it (and, with kernel, the
 * kernel set) to match. Returns how many descriptors were added, removed or changed since the
 * previous call, or -1 with errno when the kernel refused one (the kernel set then does not match
 * the set, and the call must be answered by poll). The set's fill number says whether anything
 * changed since the last sync: a select loop that asks for the same again (sk_poll_reuse) costs
 * nothing here; any other call costs a look at each entry, as filling the set did. */
static long sync_with_set(sk_watch *watch, const sk_poll_set *set, bool kernel)
{
	if (watch->synced_set == set && watch->synced_fill == set->fill && (!kernel || watch->synced_in_kernel)) {
		return 0;
	}
	watch->synced_set = NULL;
	if (++watch->call == 0) {
		/* After 2^32 calls: no entry may keep a number that looks like this call's. */
		for (size_t i = 0; i < watch->listed_count; i++) {
			watch->by_fd[watch->listed[i]].seen = 0;
		}
		watch->call = 1;
	}
	const uint32_t call = watch->call;
	long changes = 0;
	int failed_errno = 0;

	for (size_t i = 0; i < set->count; i++) {
		int fd = set->fds[i].fd;
		if (kernel && fd == watch->epfd) {
			/* The caller's descriptor was closed before the set was made, and the number went to
			 * the set itself: for the caller it is not open. */
			errno = EBADF;
			return -1;
		}
		if ((size_t) fd >= watch->by_fd_len && grow_by_fd(watch, fd) != 0) {
			errno = ENOMEM;
			return -1;
		}
		sk_watch_entry *entry = &watch->by_fd[fd];
		uint32_t events = events_for(set->wants[i]);
		uint32_t id = set->ids[i];
		bool listed = entry->events != 0;
		bool same = listed && entry->id == id && entry->events == events;
		if (!listed && list_add(watch, fd) != 0) {
			errno = ENOMEM;
			return -1;
		}
		if (!same) {
			changes++;
		}
		if (kernel && failed_errno == 0 && !(same && entry->in_kernel)) {
			if (register_in_kernel(watch, fd, entry, events, id) != 0) {
				/* The rest is still compared and remembered; the kernel set is fixed up by the
				 * next call that uses it. */
				failed_errno = errno;
			}
		}
		entry->events = events;
		entry->id = id;
		entry->seen = call;
	}
	/* Every descriptor of the set is listed now; any other listed one was not asked for. */
	for (size_t k = 0; watch->listed_count > set->count && k < watch->listed_count;) {
		int fd = watch->listed[k];
		if (watch->by_fd[fd].seen == call) {
			k++;
			continue;
		}
		remove_entry(watch, fd);   /* moves the last listed one to k */
		changes++;
	}
	if (failed_errno != 0) {
		errno = failed_errno;
		return -1;
	}
	watch->synced_set = set;
	watch->synced_fill = set->fill;
	watch->synced_in_kernel = kernel;
	return changes;
}

static uint32_t fixed_ratio(size_t part, size_t whole)
{
	if (whole == 0 || part >= whole) {
		return RATIO_ONE;
	}
	return (uint32_t) (((uint64_t) part << 16) / whole);
}

/* Averages over about the last four calls. */
static void remember(uint32_t *average, uint32_t latest)
{
	*average = (*average * 3 + latest) / 4;
}

static uint32_t score(const sk_watch *watch)
{
	return watch->ready_ratio + CHANGE_COST * watch->change_ratio;
}

/* Whether this call goes through the kernel set. */
static bool choose_kernel(sk_watch *watch, size_t asked)
{
	if (watch->policy != SK_WATCH_AUTO) {
		return watch->policy == SK_WATCH_KERNEL;
	}
	if (watch->using_kernel) {
		if (asked < MIN_KERNEL_FDS / 2 || score(watch) > LEAVE_SCORE) {
			drop_kernel_set(watch);
			watch->using_kernel = false;
			watch->hold_off = HOLD_OFF_CALLS;
			return false;
		}
		return true;
	}
	if (watch->hold_off > 0) {
		watch->hold_off--;
		return false;
	}
	if (asked >= MIN_KERNEL_FDS && watch->poll_calls >= MEASURE_CALLS && score(watch) < ENTER_SCORE) {
		watch->using_kernel = true;
		return true;
	}
	return false;
}

/* epoll_wait with select()'s timeouts, to the microsecond: a timeout of whole milliseconds (and
 * none, and zero) is epoll_wait's own; any other waits in ppoll on the set's descriptor, which
 * becomes readable when a registration is ready, then collects with a zero-timeout epoll_wait
 * (epoll_pwait2 would do it in one call, but valgrind 3.19, which the tests run under, does not
 * know it). Should the readiness vanish in between (another process read the socket), the wait
 * goes on for the time left, as poll's would. */
static int kernel_wait(int epfd, struct epoll_event *events, int max, const struct timespec *timeout,
	const struct timespec *deadline)
{
	if (timeout == NULL) {
		return epoll_wait(epfd, events, max, -1);
	}
	if (timeout->tv_nsec % 1000000 == 0 && timeout->tv_sec < INT_MAX / 1000) {
		return epoll_wait(epfd, events, max, (int) (timeout->tv_sec * 1000 + timeout->tv_nsec / 1000000));
	}
	struct timespec left = *timeout;
	for (;;) {
		struct pollfd set_fd = {.fd = epfd, .events = POLLIN};
		int n = ppoll(&set_fd, 1, &left, NULL);
		if (n <= 0) {
			return n;
		}
		n = epoll_wait(epfd, events, max, 0);
		if (n != 0) {
			return n;
		}
		sk_poll_time_left(deadline, &left);
		if (left.tv_sec == 0 && left.tv_nsec == 0) {
			return 0;
		}
	}
}

/* Outcomes of wait_in_kernel besides a count of ready pairs. */
#define KERNEL_CANNOT_ANSWER (-2)  /* poll must answer this call; *left_timeout is what remains */

/* A kernel set of this process, room for the wait's results. false: poll must answer. */
static bool make_kernel_set(sk_watch *watch, size_t count)
{
	if (watch->epfd >= 0 && watch->epfd_forks != sk_watch_fork_count()) {
		/* Made by the parent before a fork: both processes hold the one set. The child leaves the
		 * parent's registrations alone and makes its own. */
		drop_kernel_set(watch);
	}
	if (watch->epfd < 0) {
		watch->epfd = epoll_create1(EPOLL_CLOEXEC);
		if (watch->epfd < 0) {
			return false;
		}
		watch->epfd_forks = sk_watch_fork_count();
	}
	if (count > watch->events_capacity) {
		void *events = realloc(watch->events, count * sizeof(struct epoll_event));
		if (events == NULL) {
			return false;
		}
		watch->events = events;
		watch->events_capacity = count;
	}
	return true;
}

static int compare_times(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec != b->tv_sec ? (a->tv_sec < b->tv_sec ? -1 : 1)
		: a->tv_nsec != b->tv_nsec ? (a->tv_nsec < b->tv_nsec ? -1 : 1) : 0;
}

/* Poll checks the kernel set's answers once a second at least: a descriptor closed, or replaced by
 * dup2(), behind the caller's back leaves no registration (the kernel drops it with the file), so
 * the kernel set would not report it, where poll reports EBADF or the new file at once. Returns
 * whether the check is due now; else *until_check is the time left before it. */
static bool check_due(const sk_watch *watch, const struct timespec *now, struct timespec *until_check)
{
	sk_poll_time_left_from(now, &watch->check_at, until_check);
	return until_check->tv_sec == 0 && until_check->tv_nsec == 0;
}

static void schedule_check(sk_watch *watch, const struct timespec *now)
{
	sk_poll_deadline_from(now, &check_interval, &watch->check_at);
	watch->checks++;
}

/* Records the ready events of a kernel wait into the set; *stale tells whether some came from a
 * registration of a file closed here but open elsewhere. Returns the ready (descriptor, kind) pairs. */
static int decode_events(sk_watch *watch, sk_poll_set *set, const struct epoll_event *events, int n, bool *stale)
{
	sk_poll_clear_ready(set);
	int ready_pairs = 0;
	size_t ready_fds = 0;
	*stale = false;
	for (int i = 0; i < n; i++) {
		uint64_t token = events[i].data.u64;
		int fd = (int) (uint32_t) token;
		uint32_t id = (uint32_t) (token >> 32);
		if ((size_t) fd >= watch->by_fd_len || !watch->by_fd[fd].in_kernel || watch->by_fd[fd].id != id
				|| (size_t) fd >= set->slot_of_fd_len || set->slot_of_fd[fd] == 0) {
			*stale = true;
			continue;
		}
		int kinds = sk_poll_record_ready(set, (size_t) set->slot_of_fd[fd] - 1, (short) (events[i].events & 0xffff));
		ready_pairs += !!(kinds & SK_POLL_READ) + !!(kinds & SK_POLL_WRITE) + !!(kinds & SK_POLL_EXCEPT);
		ready_fds += kinds != 0;
	}
	remember(&watch->ready_ratio, fixed_ratio(ready_fds, set->count));
	return ready_pairs;
}

/* The kernel set refused a descriptor: EBADF fails the call as poll would; anything else (EPERM: a
 * file epoll does not watch, ENOMEM, ENOSPC: the kernel's limits) has poll answer. */
static int recover_from_refusal(sk_watch *watch)
{
	if (errno == EBADF) {
		return -1;
	}
	if (watch->policy == SK_WATCH_AUTO) {
		drop_kernel_set(watch);
		watch->using_kernel = false;
		watch->hold_off = REFUSED_HOLD_OFF_CALLS;
	}
	return KERNEL_CANNOT_ANSWER;
}

/* Make the set, sync it with the set asked for, wait, decode; poll answers whenever the kernel set
 * cannot give poll's answer. */
static int wait_in_kernel(sk_watch *watch, sk_poll_set *set, const struct timespec *timeout,
	const struct timespec **left_timeout, struct timespec *left)
{
	bool new_set = watch->epfd < 0 || watch->epfd_forks != sk_watch_fork_count();
	if (!make_kernel_set(watch, set->count)) {
		return KERNEL_CANNOT_ANSWER;
	}
	struct timespec now, until_check, deadline;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (new_set) {
		schedule_check(watch, &now);
	}
	if (check_due(watch, &now, &until_check)) {
		schedule_check(watch, &now);
		return KERNEL_CANNOT_ANSWER;   /* poll answers this whole call */
	}
	if (timeout != NULL) {
		sk_poll_deadline_from(&now, timeout, &deadline);
	}
	long changes = sync_with_set(watch, set, true);
	if (changes < 0) {
		return recover_from_refusal(watch);
	}
	remember(&watch->change_ratio, fixed_ratio((size_t) changes, set->count));

	/* The wait ends at the check at the latest (then poll waits out the rest of the call). */
	bool until_the_check = timeout == NULL || compare_times(&until_check, timeout) < 0;
	int n = kernel_wait(watch->epfd, watch->events, (int) (set->count < INT_MAX ? set->count : INT_MAX),
		until_the_check ? &until_check : timeout, until_the_check ? &watch->check_at : &deadline);
	if (n < 0) {
		return -1;
	}
	watch->kernel_calls++;

	bool stale;
	int ready_pairs = decode_events(watch, set, watch->events, n, &stale);
	if (stale) {
		/* Only a new set is rid of such registrations. Their events took slots of this wait
		 * (however many there are, they may have taken all), so what it reported may be part of
		 * what is ready: poll answers this call. */
		drop_kernel_set(watch);
		watch->rebuilds++;
	}
	if (n == 0 && until_the_check) {
		schedule_check(watch, &watch->check_at);   /* now is about when the check was due */
	} else if (!stale && (n == 0 || ready_pairs > 0)) {
		return ready_pairs;
	}
	/* Woken only by what select() does not count (an error or hang-up on a descriptor asked for
	 * the except kind only), or by a stale registration, or the check is due: poll answers,
	 * waiting for the time left, as it knows how to set such descriptors aside. */
	if (timeout != NULL) {
		sk_poll_time_left(&deadline, left);
		*left_timeout = left;
	}
	return KERNEL_CANNOT_ANSWER;
}

/* Whether the process has come within the margin of its descriptor limit (RLIMIT_NOFILE, which the
 * program may lower at any time): then the kernel set's descriptor could be one the program would
 * have had. Two cheap signs, as the open ones are not counted: the lowest free number (the kernel
 * hands out the lowest, so descriptors opened in a row end near it) and the highest watched one
 * (a server's connections, holes left by closed ones in between). */
static bool near_descriptor_limit(const sk_watch *watch, const sk_poll_set *set)
{
	struct rlimit limit;
	if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) {
		return false;
	}
	rlim_t margin = limit.rlim_cur / NEAR_LIMIT_FRACTION;
	if (margin < NEAR_LIMIT_MIN) {
		margin = NEAR_LIMIT_MIN;
	}
	int lowest_free = fcntl(watch->epfd >= 0 ? watch->epfd : set->fds[0].fd, F_DUPFD_CLOEXEC, 0);
	if (lowest_free < 0 && errno == EMFILE) {
		return true;
	}
	if (lowest_free >= 0) {
		close(lowest_free);
	}
	int highest = set->highest_fd > lowest_free ? set->highest_fd : lowest_free;
	return (rlim_t) highest + 1 + margin > limit.rlim_cur;
}

/* Whether the kernel set must stay closed for now, the process being near its descriptor limit
 * (as last looked at: when the set is made, when a higher descriptor is watched, every
 * NEAR_LIMIT_EVERY calls). */
static bool kept_off_by_descriptor_limit(sk_watch *watch, const sk_poll_set *set)
{
	if (watch->epfd < 0 || set->highest_fd > watch->limit_checked_highest
			|| ++watch->calls_since_limit_check >= NEAR_LIMIT_EVERY) {
		watch->limit_checked_highest = set->highest_fd;
		watch->calls_since_limit_check = 0;
		watch->near_limit = near_descriptor_limit(watch, set);
	}
	if (!watch->near_limit) {
		return false;
	}
	drop_kernel_set(watch);
	if (watch->policy == SK_WATCH_AUTO) {
		watch->using_kernel = false;
		watch->hold_off = HOLD_OFF_CALLS;
	}
	return true;
}

int sk_watch_wait(sk_watch *watch, sk_poll_set *set, const struct timespec *timeout)
{
	if (set->count == 0) {
		return sk_poll_wait(set, timeout);
	}
	/* An entry without identity could leave a registration behind when it is closed. */
	bool kernel = choose_kernel(watch, set->count) && set->without_id == 0
		&& !kept_off_by_descriptor_limit(watch, set);
	if (kernel) {
		const struct timespec *left_timeout = timeout;
		struct timespec left;
		int ready = wait_in_kernel(watch, set, timeout, &left_timeout, &left);
		if (ready != KERNEL_CANNOT_ANSWER) {
			return ready;
		}
		watch->poll_calls++;
		return sk_poll_wait(set, left_timeout);
	}

	/* Poll answers. Measure what the kernel set would have cost, unless the set is too small for
	 * it to matter (or the kernel set is forbidden). */
	bool measure = watch->policy == SK_WATCH_AUTO && set->count >= MIN_KERNEL_FDS
		&& (watch->ready_ratio <= LEAVE_SCORE || watch->poll_calls % BUSY_MEASURE_EVERY == 0);
	if (measure) {
		long changes = sync_with_set(watch, set, false);
		if (changes >= 0) {
			remember(&watch->change_ratio, fixed_ratio((size_t) changes, set->count));
		}
	}
	watch->poll_calls++;
	int ready = sk_poll_wait(set, timeout);
	if (ready >= 0 && measure) {
		size_t ready_fds = 0;
		for (int k = 0; k < 3; k++) {
			ready_fds = set->ready_fds[k] > ready_fds ? set->ready_fds[k] : ready_fds;
		}
		remember(&watch->ready_ratio, fixed_ratio(ready_fds, set->count));
	}
	return ready;
}
