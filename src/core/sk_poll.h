/* socket_select() on poll(): any number of descriptors, any descriptor number. select() and
 * fd_set stop at FD_SETSIZE (1024); the results here are the ones select() would give. */
#ifndef SK_POLL_H
#define SK_POLL_H

#include <poll.h>
#include <stddef.h>
#include <time.h>

enum sk_poll_want {
	SK_POLL_READ = 1,
	SK_POLL_WRITE = 2,
	SK_POLL_EXCEPT = 4
};

typedef struct sk_poll_set {
	struct pollfd *fds;     /* one entry per distinct descriptor */
	int *wants;             /* SK_POLL_* bits asked for each entry of fds */
	size_t count;
	size_t capacity;
	int *slot_of_fd;        /* descriptor -> index in fds + 1; 0: not in the set */
	size_t slot_of_fd_len;
} sk_poll_set;

void sk_poll_init(sk_poll_set *set);
void sk_poll_free(sk_poll_set *set);

/* Adds interest in fd; the same fd may be added for several SK_POLL_* kinds.
 * Returns 0, or -1 with errno (EBADF for a negative fd, ENOMEM). */
int sk_poll_add(sk_poll_set *set, int fd, int want);

/* select()'s timeout rules: microseconds past a second carry into the seconds; a negative
 * result is EINVAL. Returns 0 with *out filled, or -1 with errno. */
int sk_poll_timeout(long long seconds, long long microseconds, struct timespec *out);

/* Waits as select() would (timeout NULL: forever). Returns how many (descriptor, kind) pairs
 * are ready, counting a descriptor once per kind as select() does; -1 with errno
 * (EINTR, or EBADF when a descriptor is not open). */
int sk_poll_wait(sk_poll_set *set, const struct timespec *timeout);

/* After sk_poll_wait: whether fd is ready for that kind. */
int sk_poll_is_ready(const sk_poll_set *set, int fd, int want);

#endif
