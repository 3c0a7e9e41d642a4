/* GNU variants: ppoll(), strerror_r() returning char *. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "sk_error.h"
#include "sk_addr.h"

#include <netdb.h>
#include <string.h>

const char *sk_strerror(int code, char *buf, size_t buf_size)
{
	if (code < SK_RESOLVER_ERROR_BASE) {
		return hstrerror(SK_RESOLVER_ERROR_BASE - code);
	}
	/* GNU strerror_r returns a pointer that may or may not be buf. */
	return strerror_r(code, buf, buf_size);
}
