/* SPDX-License-Identifier: BSD-3-Clause */
/* Error codes as PHP scripts see them: errno values, and resolver failures as -10000 - h_errno. */
#ifndef SK_ERROR_H
#define SK_ERROR_H

#include <errno.h>
#include <stddef.h>

/* "Nothing now" from a non-blocking call: EAGAIN and EWOULDBLOCK are one number on Linux and two
 * on some systems. Compared once when equal: PHP's own build (an extension built in its tree)
 * warns of "x == A || x == A". */
static inline int sk_error_would_block(int err)
{
#if EAGAIN == EWOULDBLOCK
	return err == EAGAIN;
#else
	return err == EAGAIN || err == EWOULDBLOCK;
#endif
}

/* Errors that only mean "not now" on a non-blocking socket: recorded, never warned about. */
static inline int sk_error_is_transient(int err)
{
	return sk_error_would_block(err) || err == EINPROGRESS;
}

/* Text for an error code: strerror() for errno values, the resolver's text for codes below
 * -10000. The result may point into buf. */
const char *sk_strerror(int code, char *buf, size_t buf_size);

#endif
