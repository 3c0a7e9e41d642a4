/* SPDX-License-Identifier: BSD-3-Clause */
/* A kernel interest set kept from one socket_select() call to the next (epoll on Linux), used in
 * place of a poll over every descriptor when that pays: many watched descriptors, few of them ready,
 * and a set that changes little between calls (a select loop's usual shape). Then a call costs a
 * comparison of the requested set with the kept one in user space, an epoll_ctl per change, and a
 * wait whose cost follows the ready descriptors, not the watched ones.
 *
 * The results are the ones sk_poll_wait gives for the same set: the same readiness mapping (epoll
 * reports the same event bits as poll), the same errors, the same timeouts. Where epoll would not
 * give the same answer (a descriptor it refuses, an error/hang-up wakeup that select() does not
 * count, a registration left behind by a file that is still open elsewhere, an entry without
 * identity, a process near its descriptor limit), the call is answered by sk_poll_wait instead. A
 * descriptor closed or replaced behind the caller's back leaves no registration at all: sk_poll_wait
 * answers one call every 1.04 s at least (check_at), and a kernel wait lasts at most until then.
 *
 * Which of the two answers a call is chosen from what the watch measures of the calls (descriptors
 * asked for, how many were ready, how many changed since the previous call), with hysteresis; no
 * setting needed. sk_watch_set_policy can force either (tests, benchmarks). */
#ifndef SK_WATCH_H
#define SK_WATCH_H

#include "sk_poll.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum sk_watch_policy {
	SK_WATCH_AUTO = 0,   /* chosen per call from what was measured */
	SK_WATCH_POLL,       /* always sk_poll_wait */
	SK_WATCH_KERNEL      /* the kept kernel set whenever it can answer */
};

/* What the watch remembers of one descriptor number from the previous calls. */
typedef struct sk_watch_entry {
	uint32_t events;     /* poll/epoll event bits asked for at the last call that had it; 0: none */
	uint32_t id;         /* the identity the caller gave it (which socket had this number) */
	uint32_t seen;       /* the call that last asked for it */
	uint32_t list_index; /* its place in sk_watch.listed */
	bool in_kernel;      /* registered in the kernel set with these events and this id */
} sk_watch_entry;

typedef struct sk_watch {
	int epfd;                  /* the kernel set, -1 when there is none */
	unsigned epfd_forks;       /* sk_watch_fork_count() when epfd was made: a forked child makes its own */
	sk_watch_entry *by_fd;     /* indexed by descriptor number */
	size_t by_fd_len;
	int *listed;               /* the descriptor numbers with events != 0, in no order */
	size_t listed_count, listed_capacity;
	void *events;              /* struct epoll_event[events_capacity], epoll_wait's output */
	size_t events_capacity;
	uint32_t call;             /* numbers the calls, for sk_watch_entry.seen */
	/* The set, and its fill number, that by_fd (and, with synced_in_kernel, the kernel set) was
	 * last made to match: a set asked for again unchanged (sk_poll_reuse) needs no comparison. */
	const sk_poll_set *synced_set;
	unsigned long synced_fill;
	bool synced_in_kernel;

	/* The choice. Ratios are fixed point, 1.0 = 1 << 16, averaged over the last few calls. */
	enum sk_watch_policy policy;
	bool using_kernel;
	uint32_t ready_ratio;      /* ready descriptors / asked descriptors */
	uint32_t change_ratio;     /* registrations that changed / asked descriptors */
	unsigned hold_off;         /* calls to wait before the kernel set may be tried again */

	/* When poll next answers a call in place of the kernel set (a descriptor closed or replaced
	 * behind the caller's back leaves no registration): a kernel wait lasts at most until then. */
	struct timespec check_at;
	/* The highest watched descriptor, and the calls since, when the process's descriptor limit was
	 * last looked at. */
	int limit_checked_highest;
	unsigned calls_since_limit_check;
	bool near_limit;           /* what that look found: no kernel set until the next look */

	/* Counters, for tests and benchmarks. */
	unsigned long kernel_calls, poll_calls, rebuilds, checks;
} sk_watch;

/* A watch with no kernel set and no memory. A zero-filled watch is NOT ready: call this. */
void sk_watch_init(sk_watch *watch);
/* Closes the kernel set and frees the memory; the watch is then as sk_watch_init left it. */
void sk_watch_free(sk_watch *watch);
/* Forgets everything measured and registered (the end of a request): as sk_watch_free, keeping the policy. */
void sk_watch_reset(sk_watch *watch);
void sk_watch_set_policy(sk_watch *watch, enum sk_watch_policy policy);

/* Closes the kernel set, when there is one, and returns true: for a process out of descriptors.
 * With the automatic choice, the next calls poll for a while; the set is made again later (and
 * waits are answered by poll while it cannot be made). */
bool sk_watch_give_up_kernel_set(sk_watch *watch);

/* To call before a descriptor is closed (any descriptor: one the watch never saw costs a lookup).
 * Takes it out of the kernel set while its number still names the file: a file that stays open
 * elsewhere (a duplicate, a forked child, a descriptor passed to another process) would otherwise
 * keep a registration that no later call can remove. Whatever identity the watch has for the
 * number, the file being closed is the one the number names now: it is the one taken out. */
void sk_watch_forget(sk_watch *watch, int fd);

/* sk_poll_wait for a filled set (sk_poll_add_id gives each descriptor its identity), through the kept
 * kernel set when the watch chooses it. Same results and errors as sk_poll_wait. */
int sk_watch_wait(sk_watch *watch, sk_poll_set *set, const struct timespec *timeout);

/* Bytes the watch holds in user space (the kernel's own registrations are not counted). */
size_t sk_watch_memory(const sk_watch *watch);

/* Counts forks of this process and its ancestors (pthread_atfork): a set made before the latest
 * fork is shared with the other process and must not be changed. */
unsigned sk_watch_fork_count(void);

#endif
