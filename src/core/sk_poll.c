/* SPDX-License-Identifier: BSD-3-Clause */
/* GNU variants: ppoll(), strerror_r() returning char *. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "sk_poll.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* What select() reports for each kind, from the kernel's own mapping of poll events. */
#define SK_READY_READ (POLLIN | POLLRDNORM | POLLRDBAND | POLLHUP | POLLERR)
#define SK_READY_WRITE (POLLOUT | POLLWRNORM | POLLWRBAND | POLLERR)
#define SK_READY_EXCEPT (POLLPRI)

void sk_poll_init(sk_poll_set *set)
{
	memset(set, 0, sizeof(*set));
}

void sk_poll_free(sk_poll_set *set)
{
	free(set->fds);
	free(set->wants);
	free(set->ready);
	free(set->ids);
	free(set->ready_entries);
	free(set->slot_of_fd);
	/* The fill number goes on: a watch that synced with this set must not take a later fill for it. */
	unsigned long fill = set->fill;
	memset(set, 0, sizeof(*set));
	set->fill = fill + 1;
}

void sk_poll_reset(sk_poll_set *set)
{
	for (size_t i = 0; i < set->count; i++) {
		set->slot_of_fd[set->fds[i].fd] = 0;
	}
	set->count = 0;
	set->ready_fds[0] = set->ready_fds[1] = set->ready_fds[2] = 0;
	set->ready_entries_count = 0;
	set->waited = 0;
	set->fill++;
	set->highest_fd = 0;
	set->without_id = 0;
}

void sk_poll_reuse(sk_poll_set *set)
{
	sk_poll_clear_ready(set);
}

static int grow_slots(sk_poll_set *set, int fd)
{
	size_t needed = (size_t) fd + 1;
	if (needed <= set->slot_of_fd_len) {
		return 0;
	}
	size_t len = set->slot_of_fd_len ? set->slot_of_fd_len : 64;
	while (len < needed) {
		len *= 2;
	}
	int *slots = realloc(set->slot_of_fd, len * sizeof(*slots));
	if (slots == NULL) {
		return -1;
	}
	memset(slots + set->slot_of_fd_len, 0, (len - set->slot_of_fd_len) * sizeof(*slots));
	set->slot_of_fd = slots;
	set->slot_of_fd_len = len;
	return 0;
}

static int grow_entries_to(sk_poll_set *set, size_t capacity)
{
	struct pollfd *fds = realloc(set->fds, capacity * sizeof(*fds));
	if (fds == NULL) {
		return -1;
	}
	set->fds = fds;
	int *wants = realloc(set->wants, capacity * sizeof(*wants));
	if (wants == NULL) {
		return -1;
	}
	set->wants = wants;
	int *ready = realloc(set->ready, capacity * sizeof(*ready));
	if (ready == NULL) {
		return -1;
	}
	set->ready = ready;
	uint32_t *ids = realloc(set->ids, capacity * sizeof(*ids));
	if (ids == NULL) {
		return -1;
	}
	set->ids = ids;
	uint32_t *ready_entries = realloc(set->ready_entries, capacity * sizeof(*ready_entries));
	if (ready_entries == NULL) {
		return -1;
	}
	set->ready_entries = ready_entries;
	set->capacity = capacity;
	return 0;
}

static int grow_entries(sk_poll_set *set)
{
	if (set->count < set->capacity) {
		return 0;
	}
	return grow_entries_to(set, set->capacity ? set->capacity * 2 : 16);
}

int sk_poll_reserve(sk_poll_set *set, size_t count)
{
	if (count <= set->capacity) {
		return 0;
	}
	if (grow_entries_to(set, count) != 0) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

int sk_poll_add(sk_poll_set *set, int fd, int want)
{
	return sk_poll_add_id(set, fd, want, 0);
}

int sk_poll_add_id(sk_poll_set *set, int fd, int want, uint32_t id)
{
	set->fill++;
	if (fd < 0) {
		errno = EBADF;
		return -1;
	}
	if ((size_t) fd >= set->slot_of_fd_len && grow_slots(set, fd) != 0) {
		errno = ENOMEM;
		return -1;
	}
	if (set->slot_of_fd[fd] == 0) {
		if (grow_entries(set) != 0) {
			errno = ENOMEM;
			return -1;
		}
		sk_poll_append_entry(set, fd, id);
	}
	size_t i = (size_t) set->slot_of_fd[fd] - 1;
	int duplicate = (set->wants[i] & want) == want;
	set->wants[i] |= want;
	set->fds[i].events |= sk_poll_events_of(want);
	return duplicate;
}

int sk_poll_timeout(long long seconds, long long microseconds, struct timespec *out)
{
	if (microseconds > 999999) {
		if (seconds > LLONG_MAX - microseconds / 1000000) {
			errno = EINVAL;
			return -1;
		}
		seconds += microseconds / 1000000;
		microseconds %= 1000000;
	}
	if (seconds < 0 || microseconds < 0) {
		errno = EINVAL;
		return -1;
	}
	out->tv_sec = (time_t) seconds;
	out->tv_nsec = (long) (microseconds * 1000);
	return 0;
}

static int ready_kinds(const sk_poll_set *set, size_t i)
{
	short revents = set->fds[i].revents;
	int wants = set->wants[i];
	int ready = 0;
	if ((wants & SK_POLL_READ) && (revents & SK_READY_READ)) {
		ready |= SK_POLL_READ;
	}
	if ((wants & SK_POLL_WRITE) && (revents & SK_READY_WRITE)) {
		ready |= SK_POLL_WRITE;
	}
	if ((wants & SK_POLL_EXCEPT) && (revents & SK_READY_EXCEPT)) {
		ready |= SK_POLL_EXCEPT;
	}
	return ready;
}

/* ppoll reports POLLHUP/POLLERR whatever was asked, where select() may not count them (an
 * fd only in the except set). An entry woken only by such events is set aside (poll skips a
 * negative fd) and the wait goes on for the time that is left, as select() would. */
static int set_aside_spurious_wakeups(sk_poll_set *set)
{
	int set_aside = 0;
	for (size_t i = 0; i < set->count; i++) {
		if (set->fds[i].fd >= 0 && set->fds[i].revents != 0 && ready_kinds(set, i) == 0) {
			set->fds[i].fd = ~set->fds[i].fd;
			set_aside++;
		}
	}
	return set_aside;
}

static void restore_set_aside(sk_poll_set *set)
{
	for (size_t i = 0; i < set->count; i++) {
		if (set->fds[i].fd < 0) {
			set->fds[i].fd = ~set->fds[i].fd;
			set->fds[i].revents = 0;
		}
	}
}

void sk_poll_deadline(const struct timespec *timeout, struct timespec *deadline)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	sk_poll_deadline_from(&now, timeout, deadline);
}

void sk_poll_deadline_from(const struct timespec *now, const struct timespec *timeout, struct timespec *deadline)
{
	*deadline = *now;
	/* A timeout too long to add to the clock (up to PHP_INT_MAX seconds) saturates: adding it
	 * overflowed time_t, and the wrapped deadline ended the wait early after a wakeup that
	 * select() would not report. */
	const time_t time_max = (time_t) (((unsigned long long) 1 << (sizeof(time_t) * 8 - 1)) - 1);
	if (timeout->tv_sec > time_max - deadline->tv_sec - 1) {
		deadline->tv_sec = time_max;
		deadline->tv_nsec = 0;
		return;
	}
	deadline->tv_sec += timeout->tv_sec;
	deadline->tv_nsec += timeout->tv_nsec;
	if (deadline->tv_nsec >= 1000000000L) {
		deadline->tv_nsec -= 1000000000L;
		deadline->tv_sec++;
	}
}

void sk_poll_time_left(const struct timespec *deadline, struct timespec *left)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	sk_poll_time_left_from(&now, deadline, left);
}

void sk_poll_time_left_from(const struct timespec *now, const struct timespec *deadline, struct timespec *left)
{
	left->tv_sec = deadline->tv_sec - now->tv_sec;
	left->tv_nsec = deadline->tv_nsec - now->tv_nsec;
	if (left->tv_nsec < 0) {
		left->tv_nsec += 1000000000L;
		left->tv_sec--;
	}
	if (left->tv_sec < 0) {
		left->tv_sec = 0;
		left->tv_nsec = 0;
	}
}

/* Counts the ready (descriptor, kind) pairs and records each entry's ready kinds, so that
 * sk_poll_is_ready does not work them out again per array element. */
static int count_ready_pairs(sk_poll_set *set, int *ready_pairs)
{
	size_t ready_of_kind[3] = {0, 0, 0};
	set->ready_entries_count = 0;
	for (size_t i = 0; i < set->count; i++) {
		set->ready[i] = 0;
		if (set->fds[i].fd < 0 || set->fds[i].revents == 0) {
			continue;
		}
		if (set->fds[i].revents & POLLNVAL) {
			/* select() fails as a whole when one descriptor is not open. */
			errno = EBADF;
			return -1;
		}
		int ready = ready_kinds(set, i);
		set->ready[i] = ready;
		if (ready != 0) {
			set->ready_entries[set->ready_entries_count++] = (uint32_t) i;
		}
		ready_of_kind[0] += !!(ready & SK_POLL_READ);
		ready_of_kind[1] += !!(ready & SK_POLL_WRITE);
		ready_of_kind[2] += !!(ready & SK_POLL_EXCEPT);
	}
	set->ready_fds[0] = ready_of_kind[0];
	set->ready_fds[1] = ready_of_kind[1];
	set->ready_fds[2] = ready_of_kind[2];
	*ready_pairs = (int) (ready_of_kind[0] + ready_of_kind[1] + ready_of_kind[2]);
	return 0;
}

int sk_poll_wait(sk_poll_set *set, const struct timespec *timeout)
{
	/* Zeroed: only read when timeout is set, but gcc -O2 cannot see that (-Wmaybe-uninitialized). */
	struct timespec deadline = { 0, 0 }, left;
	const struct timespec *wait_for = timeout;
	if (timeout != NULL) {
		sk_poll_deadline(timeout, &deadline);
	}

	int ready_pairs = 0;
	set->waited = 1;
	for (;;) {
		int n = ppoll(set->fds, (nfds_t) set->count, wait_for, NULL);
		if (n < 0 || count_ready_pairs(set, &ready_pairs) != 0) {
			int err = errno;
			restore_set_aside(set);
			errno = err;
			return -1;
		}
		if (n == 0 || ready_pairs > 0 || set_aside_spurious_wakeups(set) == 0) {
			break;
		}
		if (timeout != NULL) {
			sk_poll_time_left(&deadline, &left);
			wait_for = &left;
		}
	}
	restore_set_aside(set);
	return ready_pairs;
}

void sk_poll_clear_ready(sk_poll_set *set)
{
	if (!set->waited) {
		return;
	}
	set->waited = 0;
	/* Every wait lists the entries it marked ready (count_ready_pairs, sk_poll_record_ready), and
	 * only those have ready bits: clearing them is enough (revents is only read after a wait has
	 * written it). */
	for (size_t k = 0; k < set->ready_entries_count; k++) {
		set->ready[set->ready_entries[k]] = 0;
	}
	set->ready_fds[0] = set->ready_fds[1] = set->ready_fds[2] = 0;
	set->ready_entries_count = 0;
}

int sk_poll_record_ready(sk_poll_set *set, size_t entry, short revents)
{
	set->waited = 1;
	set->fds[entry].revents = revents;
	int ready = ready_kinds(set, entry);
	set->ready[entry] = ready;
	if (ready != 0) {
		set->ready_entries[set->ready_entries_count++] = (uint32_t) entry;
	}
	set->ready_fds[0] += !!(ready & SK_POLL_READ);
	set->ready_fds[1] += !!(ready & SK_POLL_WRITE);
	set->ready_fds[2] += !!(ready & SK_POLL_EXCEPT);
	return ready;
}

size_t sk_poll_ready_count(const sk_poll_set *set, int want)
{
	return want == SK_POLL_READ ? set->ready_fds[0] : want == SK_POLL_WRITE ? set->ready_fds[1]
		: want == SK_POLL_EXCEPT ? set->ready_fds[2] : 0;
}
