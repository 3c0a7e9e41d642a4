/* SPDX-License-Identifier: BSD-3-Clause */
/* A scatter/gather array: the buffers of PHP 4.1's socket_iovec_* set, read into with one readv()
 * and sent with writev(). Plain C: memory comes from the caller's allocator (the binding's counts
 * against PHP's memory_limit), errors are -errno values, nothing is printed. */
#ifndef SK_IOVEC_H
#define SK_IOVEC_H

#include <stddef.h>
#include <sys/types.h>
#include <sys/uio.h>

/* alloc and resize return NULL when memory is short (the binding's never return: PHP bails out). */
typedef struct sk_iovec_allocator {
	void *(*alloc)(size_t size);
	void *(*resize)(void *ptr, size_t size);
	void (*release)(void *ptr);
} sk_iovec_allocator;

typedef struct sk_iovec {
	struct iovec *vec;      /* count buffers, each iov_len bytes, zeroed when made */
	size_t count;
	size_t capacity;        /* slots allocated in vec */
	size_t total;           /* sum of the lengths: readv()/writev() refuse more than SSIZE_MAX */
	const sk_iovec_allocator *mem;
} sk_iovec;

/* The most buffers one readv()/writev() takes (IOV_MAX; sysconf where the system says). */
size_t sk_iovec_max_count(void);

/* An empty array using mem. */
void sk_iovec_init(sk_iovec *v, const sk_iovec_allocator *mem);

/* Appends a zeroed buffer of len bytes. 0, or -EMSGSIZE (already sk_iovec_max_count() buffers),
 * -EOVERFLOW (the total would pass SSIZE_MAX), -ENOMEM; the array is unchanged on failure. */
int sk_iovec_add(sk_iovec *v, size_t len);

/* Replaces buffer pos with a copy of data: its length becomes len. 0, or -ERANGE (no such
 * buffer), -EOVERFLOW, -ENOMEM; unchanged on failure. */
int sk_iovec_set(sk_iovec *v, size_t pos, const void *data, size_t len);

/* Removes buffer pos; the later ones move down one place. 0, or -ERANGE. */
int sk_iovec_delete(sk_iovec *v, size_t pos);

/* Frees every buffer; the array is empty (and usable) afterwards. */
void sk_iovec_clear(sk_iovec *v);

/* One readv() into the buffers, in order. The count read (0 at end of stream), or -errno.
 * Bytes past the count keep what they held. */
ssize_t sk_iovec_readv(int fd, const sk_iovec *v);

/* Sends every buffer, in order: one writev() when the kernel takes everything (a blocking socket
 * always does unless a signal interrupts it), else writev() again from the first byte not sent.
 * The total sent (v->total), or -errno; *sent (if not NULL) holds the bytes sent either way. */
ssize_t sk_iovec_writev(int fd, const sk_iovec *v, size_t *sent);

#endif
