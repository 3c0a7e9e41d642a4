/* SPDX-License-Identifier: BSD-3-Clause */
/* socket_select() on poll(): any number of descriptors, any descriptor number. select() and
 * fd_set stop at FD_SETSIZE (1024); the results here are the ones select() would give. */
#ifndef SK_POLL_H
#define SK_POLL_H

#include <poll.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

enum sk_poll_want {
	SK_POLL_READ = 1,
	SK_POLL_WRITE = 2,
	SK_POLL_EXCEPT = 4
};

typedef struct sk_poll_set {
	struct pollfd *fds;     /* one entry per distinct descriptor */
	int *wants;             /* SK_POLL_* bits asked for each entry of fds */
	int *ready;             /* SK_POLL_* bits each entry was found ready for by the last wait */
	uint32_t *ids;          /* each entry's identity (sk_poll_add_id): which file the caller means
	                         * by that number, for a kernel set kept between calls (sk_watch); 0:
	                         * none (the caller cannot tell us before the descriptor is closed) */
	size_t without_id;      /* entries whose identity is 0: a set holding one is not kept in a kernel set */
	size_t count;
	size_t capacity;
	int *slot_of_fd;        /* descriptor -> index in fds + 1; 0: not in the set */
	size_t slot_of_fd_len;
	size_t ready_fds[3];    /* after sk_poll_wait: descriptors ready for read, write, except */
	uint32_t *ready_entries; /* after a wait: the entries (indexes into fds) found ready for any
	                         * kind asked, ready_entries_count of them, in no particular order: a
	                         * caller can visit what is ready without scanning every entry */
	size_t ready_entries_count;
	int waited;             /* a wait wrote results into the entries since the last reset */
	unsigned long fill;     /* changes whenever the entries change (a reset, an add); sk_poll_reuse
	                         * keeps it: "nothing changed since the last call", for sk_watch */
	int highest_fd;         /* the highest descriptor number added since the last reset (0 if none) */
} sk_poll_set;

/* Empties a set with no memory yet. A zero-filled set (a static one) is the same empty set. A set
 * holds all its state: several may be in use at once (a nested call fills its own). */
void sk_poll_init(sk_poll_set *set);
void sk_poll_free(sk_poll_set *set);

/* Empties the set but keeps its memory, for a set reused call after call (cost: the entries
 * it had, not the highest descriptor). */
void sk_poll_reset(sk_poll_set *set);

/* For a caller that asks for exactly what the set holds (the same descriptors, kinds and
 * identities as at its previous wait): clears the previous results and keeps the entries, so the
 * set need not be filled again; the fill keeps its number (a kept kernel set that was made to
 * match it is still right). */
void sk_poll_reuse(sk_poll_set *set);

/* Makes room for count distinct descriptors up front. Returns 0, or -1 with ENOMEM. */
int sk_poll_reserve(sk_poll_set *set, size_t count);

/* Adds interest in fd; the same fd may be added for several SK_POLL_* kinds.
 * Returns 0, 1 when fd was already in the set for that kind (a duplicate), or -1 with errno
 * (EBADF for a negative fd, ENOMEM). */
int sk_poll_add(sk_poll_set *set, int fd, int want);
/* sk_poll_add with the descriptor's identity: a number the caller changes when the number names
 * another file than at an earlier call (a socket closed and its number reused). The first add of
 * a descriptor in a call sets it. */
int sk_poll_add_id(sk_poll_set *set, int fd, int want, uint32_t id);

/* The poll events that stand for SK_POLL_* kinds. */
static inline short sk_poll_events_of(int want)
{
	return (short) (((want & SK_POLL_READ) ? (POLLIN | POLLRDNORM | POLLRDBAND) : 0)
		| ((want & SK_POLL_WRITE) ? (POLLOUT | POLLWRNORM | POLLWRBAND) : 0)
		| ((want & SK_POLL_EXCEPT) ? POLLPRI : 0));
}

/* Appends an entry for fd, asked for nothing yet, with room and map already there (for the adds). */
static inline size_t sk_poll_append_entry(sk_poll_set *set, int fd, uint32_t id)
{
	size_t i = set->count++;
	set->fill++;
	set->fds[i].fd = fd;
	set->fds[i].events = 0;
	set->fds[i].revents = 0;
	set->wants[i] = 0;
	set->ready[i] = 0;
	set->ids[i] = id;
	set->without_id += id == 0;
	set->slot_of_fd[fd] = (int) set->count;
	if (fd > set->highest_fd) {
		set->highest_fd = fd;
	}
	return i;
}

/* sk_poll_add_id for the common case, inlined into the caller's loop over its sockets: a descriptor
 * not yet in the set, with room reserved (sk_poll_reserve) and the map large enough; anything else
 * goes through sk_poll_add_id. Same results. */
static inline int sk_poll_add_fast(sk_poll_set *set, int fd, int want, uint32_t id)
{
	if (fd >= 0 && (size_t) fd < set->slot_of_fd_len && set->slot_of_fd[fd] == 0 && set->count < set->capacity) {
		size_t i = sk_poll_append_entry(set, fd, id);
		set->wants[i] = want;
		set->fds[i].events = sk_poll_events_of(want);
		return 0;
	}
	return sk_poll_add_id(set, fd, want, id);
}

/* select()'s timeout rules: microseconds past a second carry into the seconds; a negative
 * result is EINVAL. Returns 0 with *out filled, or -1 with errno. */
int sk_poll_timeout(long long seconds, long long microseconds, struct timespec *out);

/* When a timeout that starts now ends, on the monotonic clock (a timeout too long to add saturates),
 * and what is left of it at any later time (zero once it has passed): the waits that go on after a
 * wakeup select() would not report wait for the time left (sk_poll_wait, sk_watch). */
void sk_poll_deadline(const struct timespec *timeout, struct timespec *deadline);
void sk_poll_time_left(const struct timespec *deadline, struct timespec *left);
/* The same from a time the caller read (CLOCK_MONOTONIC): one clock read for several of them. */
void sk_poll_deadline_from(const struct timespec *now, const struct timespec *timeout, struct timespec *deadline);
void sk_poll_time_left_from(const struct timespec *now, const struct timespec *deadline, struct timespec *left);

/* Waits as select() would (timeout NULL: forever). Returns how many (descriptor, kind) pairs
 * are ready, counting a descriptor once per kind as select() does; -1 with errno
 * (EINTR, or EBADF when a descriptor is not open). */
int sk_poll_wait(sk_poll_set *set, const struct timespec *timeout);

/* For a wait done by other means (sk_watch's kernel set): sk_poll_clear_ready first (nothing to do
 * on a set filled since its last wait), then sk_poll_record_ready for each entry (index into fds)
 * that the wait found with events; it records what select() counts of them and returns those
 * SK_POLL_* kinds (0: nothing select() counts). */
void sk_poll_clear_ready(sk_poll_set *set);
int sk_poll_record_ready(sk_poll_set *set, size_t entry, short revents);

/* After sk_poll_wait: how many distinct descriptors are ready for that kind (one SK_POLL_* bit). */
size_t sk_poll_ready_count(const sk_poll_set *set, int want);

/* After sk_poll_wait: whether fd is ready for that kind. Inline: called once per array element. */
static inline int sk_poll_is_ready(const sk_poll_set *set, int fd, int want)
{
	if (fd < 0 || (size_t) fd >= set->slot_of_fd_len || set->slot_of_fd[fd] == 0) {
		return 0;
	}
	return (set->ready[set->slot_of_fd[fd] - 1] & want) != 0;
}

#endif
