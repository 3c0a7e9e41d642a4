/* SPDX-License-Identifier: BSD-3-Clause */
/* Error texts for codes as scripts see them (see sk_error.h). hstrerror() is a BSD/GNU name. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "sk_error.h"
#include "sk_addr.h"

#include <netdb.h>
#include <string.h>

/* strerror_r comes in two kinds: GNU's (glibc with _GNU_SOURCE, defined above as PHP's build does)
 * returns the text, which may or may not be in buf; POSIX's (musl, and glibc without
 * _GNU_SOURCE) returns 0 or an error number and always writes into buf. The kind is told apart by
 * the type of what the call returns, so both compile to the right use without a list of libcs. */
static const char *text_of_posix_result(int result, char *buf, int code)
{
	/* A buffer too small (ERANGE) holds only the start of the text: the whole text is
	 * strerror()'s, which the POSIX kind's libcs (musl) serve from a constant table. */
	return result == ERANGE ? strerror(code) : buf;
}

static const char *text_of_gnu_result(char *result, char *buf, int code)
{
	(void) buf;
	(void) code;
	return result;
}

#define strerror_r_text(code, buf, size) \
	_Generic(strerror_r((code), (buf), (size)), \
		char *: text_of_gnu_result, \
		int: text_of_posix_result)(strerror_r((code), (buf), (size)), (buf), (code))

const char *sk_strerror(int code, char *buf, size_t buf_size)
{
	if (code < SK_RESOLVER_ERROR_BASE) {
		return hstrerror(SK_RESOLVER_ERROR_BASE - code);
	}
	if (buf_size > 0) {
		buf[0] = '\0';
	}
	return strerror_r_text(code, buf, buf_size);
}
