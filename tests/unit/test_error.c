/* SPDX-License-Identifier: BSD-3-Clause */
/* sk_strerror: the texts socket_strerror() shows. errno values use strerror(); codes below -10000
 * are resolver errors (-10000 - h_errno) and use hstrerror(). The expected strings are glibc's,
 * which are what the bundled extension prints here. */
#include "harness.h"
#include "sk_error.h"
#include "sk_addr.h"

#include <limits.h>
#include <netdb.h>

static const char *text(int code)
{
	static char buf[256];
	memset(buf, 0, sizeof(buf));
	return sk_strerror(code, buf, sizeof(buf));
}

static void errno_codes_use_strerror_text(void)
{
	CHECK_STR_EQ(text(ECONNREFUSED), "Connection refused");
	CHECK_STR_EQ(text(EAGAIN), "Resource temporarily unavailable");
	CHECK_STR_EQ(text(EADDRINUSE), "Address already in use");
	CHECK_STR_EQ(text(ECONNRESET), "Connection reset by peer");
	CHECK_STR_EQ(text(EBADF), "Bad file descriptor");
	CHECK_STR_EQ(text(0), "Success");
}

static void every_errno_text_matches_strerror(void)
{
	int mismatches = 0;
	for (int code = 0; code < 200; code++) {
		char expected[256];
		snprintf(expected, sizeof(expected), "%s", strerror(code));
		if (strcmp(text(code), expected) != 0) {
			th_fail(__FILE__, __LINE__, "code %d: \"%s\" != \"%s\"", code, text(code), expected);
			mismatches++;
		}
	}
	CHECK_EQ(mismatches, 0);
}

static void unknown_positive_code_is_unknown_error_n(void)
{
	CHECK_STR_EQ(text(99999), "Unknown error 99999");
}

static void small_negative_code_is_unknown_error_n(void)
{
	CHECK_STR_EQ(text(-1), "Unknown error -1");
	CHECK_STR_EQ(text(-9999), "Unknown error -9999");
}

static void resolver_error_text_for_minus_10001(void)
{
	CHECK_STR_EQ(text(-10001), "Unknown host"); /* HOST_NOT_FOUND */
}

static void resolver_error_texts_for_minus_10002_to_minus_10004(void)
{
	CHECK_STR_EQ(text(-10002), "Host name lookup failure");       /* TRY_AGAIN */
	CHECK_STR_EQ(text(-10003), "Unknown server error");           /* NO_RECOVERY */
	CHECK_STR_EQ(text(-10004), "No address associated with name"); /* NO_DATA */
}

static void resolver_texts_match_hstrerror(void)
{
	CHECK_STR_EQ(text(SK_RESOLVER_ERROR_BASE - HOST_NOT_FOUND), hstrerror(HOST_NOT_FOUND));
	CHECK_STR_EQ(text(SK_RESOLVER_ERROR_BASE - TRY_AGAIN), hstrerror(TRY_AGAIN));
	CHECK_STR_EQ(text(SK_RESOLVER_ERROR_BASE - NO_RECOVERY), hstrerror(NO_RECOVERY));
	CHECK_STR_EQ(text(SK_RESOLVER_ERROR_BASE - NO_DATA), hstrerror(NO_DATA));
}

/* -10000 itself is not below -10000: it is an errno value nobody has. */
static void minus_10000_is_unknown_error_text(void)
{
	CHECK_STR_EQ(text(-10000), "Unknown error -10000");
}

static void minus_10005_is_unknown_resolver_error(void)
{
	CHECK_STR_EQ(text(-10005), "Unknown resolver error");
	CHECK_STR_EQ(text(-10100), "Unknown resolver error");
}

static void most_negative_code_is_unknown_resolver_error(void)
{
	CHECK_STR_EQ(text(INT_MIN), "Unknown resolver error");
}

static void unknown_code_text_fits_a_small_buffer(void)
{
	char buf[8];
	memset(buf, '#', sizeof(buf));
	const char *t = sk_strerror(99999, buf, sizeof(buf));
	REQUIRE(t != NULL);
	/* Truncated to the buffer (or a static text), never written past it. */
	if (t == buf) {
		CHECK(memchr(buf, '\0', sizeof(buf)) != NULL);
	}
	CHECK(strncmp(t, "Unknown", strlen(t) < 7 ? strlen(t) : 7) == 0);
}

static void known_code_text_does_not_depend_on_the_buffer(void)
{
	char buf[4];
	CHECK_STR_EQ(sk_strerror(ECONNREFUSED, buf, sizeof(buf)), "Connection refused");
}

static void transient_errors_are_eagain_ewouldblock_einprogress(void)
{
	CHECK(sk_error_is_transient(EAGAIN));
	CHECK(sk_error_is_transient(EWOULDBLOCK));
	CHECK(sk_error_is_transient(EINPROGRESS));
	CHECK(!sk_error_is_transient(0));
	CHECK(!sk_error_is_transient(EINTR));
	CHECK(!sk_error_is_transient(ECONNRESET));
	CHECK(!sk_error_is_transient(EALREADY));
	CHECK(!sk_error_is_transient(-10001));
}

static const th_test tests[] = {
	TH_TEST(errno_codes_use_strerror_text),
	TH_TEST(every_errno_text_matches_strerror),
	TH_TEST(unknown_positive_code_is_unknown_error_n),
	TH_TEST(small_negative_code_is_unknown_error_n),
	TH_TEST(resolver_error_text_for_minus_10001),
	TH_TEST(resolver_error_texts_for_minus_10002_to_minus_10004),
	TH_TEST(resolver_texts_match_hstrerror),
	TH_TEST(minus_10000_is_unknown_error_text),
	TH_TEST(minus_10005_is_unknown_resolver_error),
	TH_TEST(most_negative_code_is_unknown_resolver_error),
	TH_TEST(unknown_code_text_fits_a_small_buffer),
	TH_TEST(known_code_text_does_not_depend_on_the_buffer),
	TH_TEST(transient_errors_are_eagain_ewouldblock_einprogress),
};

TH_MAIN(tests)
