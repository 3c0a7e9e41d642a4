/* SPDX-License-Identifier: BSD-3-Clause */
/* Scatter/gather arrays for socket_readv/socket_writev (see sk_iovec.h). */
#include "sk_iovec.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

size_t sk_iovec_max_count(void)
{
	long n = sysconf(_SC_IOV_MAX);
#ifdef IOV_MAX
	if (n <= 0) {
		n = IOV_MAX;
	}
#endif
	return n > 0 ? (size_t) n : 16;   /* POSIX's smallest IOV_MAX */
}

void sk_iovec_init(sk_iovec *v, const sk_iovec_allocator *mem)
{
	memset(v, 0, sizeof(*v));
	v->mem = mem;
}

/* Whether the total may change by removing `less` bytes and adding `more`. */
static int total_fits(const sk_iovec *v, size_t less, size_t more)
{
	size_t rest = v->total - less;
	return more <= (size_t) SSIZE_MAX && rest <= (size_t) SSIZE_MAX - more;
}

/* A zeroed (or copied) buffer; a length of 0 still gets a distinct pointer, so every buffer can
 * be released the same way. */
static void *new_buffer(const sk_iovec *v, const void *data, size_t len)
{
	void *buf = v->mem->alloc(len > 0 ? len : 1);
	if (buf == NULL) {
		return NULL;
	}
	if (data != NULL && len > 0) {
		memcpy(buf, data, len);
	} else {
		memset(buf, 0, len > 0 ? len : 1);
	}
	return buf;
}

int sk_iovec_add(sk_iovec *v, size_t len)
{
	if (v->count >= sk_iovec_max_count()) {
		return -EMSGSIZE;
	}
	if (!total_fits(v, 0, len)) {
		return -EOVERFLOW;
	}
	if (v->count == v->capacity) {
		size_t want = v->capacity ? v->capacity * 2 : 4;
		struct iovec *grown = v->mem->resize(v->vec, want * sizeof(*grown));
		if (grown == NULL) {
			return -ENOMEM;
		}
		v->vec = grown;
		v->capacity = want;
	}
	void *buf = new_buffer(v, NULL, len);
	if (buf == NULL) {
		return -ENOMEM;
	}
	v->vec[v->count].iov_base = buf;
	v->vec[v->count].iov_len = len;
	v->count++;
	v->total += len;
	return 0;
}

int sk_iovec_set(sk_iovec *v, size_t pos, const void *data, size_t len)
{
	if (pos >= v->count) {
		return -ERANGE;
	}
	if (!total_fits(v, v->vec[pos].iov_len, len)) {
		return -EOVERFLOW;
	}
	/* Copy first: data may point into the buffer being replaced, and a failure changes nothing. */
	void *buf = new_buffer(v, data, len);
	if (buf == NULL) {
		return -ENOMEM;
	}
	v->mem->release(v->vec[pos].iov_base);
	v->total = v->total - v->vec[pos].iov_len + len;
	v->vec[pos].iov_base = buf;
	v->vec[pos].iov_len = len;
	return 0;
}

int sk_iovec_delete(sk_iovec *v, size_t pos)
{
	if (pos >= v->count) {
		return -ERANGE;
	}
	v->mem->release(v->vec[pos].iov_base);
	v->total -= v->vec[pos].iov_len;
	memmove(&v->vec[pos], &v->vec[pos + 1], (v->count - pos - 1) * sizeof(v->vec[0]));
	v->count--;
	return 0;
}

void sk_iovec_clear(sk_iovec *v)
{
	for (size_t i = 0; i < v->count; i++) {
		v->mem->release(v->vec[i].iov_base);
	}
	if (v->vec != NULL) {
		v->mem->release(v->vec);
	}
	v->vec = NULL;
	v->count = v->capacity = v->total = 0;
}

ssize_t sk_iovec_readv(int fd, const sk_iovec *v)
{
	ssize_t n = readv(fd, v->vec, (int) v->count);
	return n < 0 ? -errno : n;
}

ssize_t sk_iovec_writev(int fd, const sk_iovec *v, size_t *sent)
{
	size_t done = 0;
	size_t first = 0;        /* first buffer not wholly sent */
	size_t offset = 0;       /* bytes of it already sent */
	if (sent != NULL) {
		*sent = 0;
	}
	/* Skip empty buffers at the front so an all-empty array still makes exactly one call. */
	do {
		struct iovec head_saved = { 0 };
		struct iovec *rest = v->vec + first;
		size_t rest_count = v->count - first;
		if (rest_count > 0 && offset > 0) {
			/* Send the partly sent buffer from where it stopped, without touching the array. */
			head_saved = rest[0];
			rest[0].iov_base = (char *) rest[0].iov_base + offset;
			rest[0].iov_len -= offset;
		}
		ssize_t n = writev(fd, rest, (int) rest_count);
		int err = errno;
		if (rest_count > 0 && offset > 0) {
			rest[0] = head_saved;
		}
		if (n < 0) {
			if (sent != NULL) {
				*sent = done;
			}
			return -err;
		}
		done += (size_t) n;
		/* Move past the buffers this call completed. */
		size_t left = (size_t) n + offset;
		offset = 0;
		while (first < v->count && left >= v->vec[first].iov_len && (left > 0 || v->vec[first].iov_len == 0)) {
			left -= v->vec[first].iov_len;
			first++;
		}
		offset = left;
		if (n == 0 && done < v->total) {
			/* A stream that takes nothing without an error cannot make progress: say so. */
			if (sent != NULL) {
				*sent = done;
			}
			return -EIO;
		}
	} while (done < v->total);
	if (sent != NULL) {
		*sent = done;
	}
	return (ssize_t) done;
}
