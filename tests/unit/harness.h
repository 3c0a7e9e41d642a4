/* SPDX-License-Identifier: BSD-3-Clause */
/* A tiny self-contained test harness for the core's C unit tests.
 *
 * A test file defines tests as `static void name(void)`, lists them once with TH_TEST(name) in a
 * table and ends with TH_MAIN(table). Each test runs in its own forked child under alarm(), so a
 * crash, a hang or a sanitizer abort fails that test alone.
 *
 *   CHECK(cond)                  records a failure (file:line) and continues
 *   CHECK_EQ(a, b)               integers, both values printed on failure
 *   CHECK_STR_EQ(a, b)           NUL-terminated strings
 *   CHECK_MEM_EQ(a, alen, b, blen)  byte strings (NULs allowed), lengths compared too
 *   REQUIRE(cond)                like CHECK, but ends the test when it fails (setup steps)
 *
 * Output: one "ok NAME" or "FAIL NAME" line per test on stdout (failure details on stderr),
 * then "FILE: N passed, M failed". `./test_x --list` prints the test names; `./test_x NAME...`
 * runs only those tests; TH_NO_FORK=1 runs them in-process (for a debugger). */
#ifndef TH_HARNESS_H
#define TH_HARNESS_H

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Seconds a single test may run before it counts as hung. */
#ifndef TH_TEST_TIMEOUT
#define TH_TEST_TIMEOUT 30
#endif

/* Helpers a test file may not use: no -Wunused-function noise. */
#define TH_FN static __attribute__((unused))

typedef struct th_test {
	const char *name;
	void (*fn)(void);
} th_test;

#define TH_TEST(name) { #name, name }

static int th_failures;

static void th_fail(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

TH_FN void th_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	th_failures++;
	fprintf(stderr, "  %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fflush(stderr);
}

/* Prints bytes with C escapes, for failure messages (out_size >= 4). */
TH_FN void th_escape(char *out, size_t out_size, const char *bytes, size_t len)
{
	size_t o = 0, i = 0;
	for (; i < len; i++) {
		char piece[8];
		unsigned char c = (unsigned char) bytes[i];
		if (c == '\n') {
			strcpy(piece, "\\n");
		} else if (c == '\r') {
			strcpy(piece, "\\r");
		} else if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
			snprintf(piece, sizeof(piece), "\\x%02x", c);
		} else {
			piece[0] = (char) c;
			piece[1] = '\0';
		}
		size_t piece_len = strlen(piece);
		if (o + piece_len + 4 > out_size) {
			break; /* keep room for "..." and the NUL */
		}
		memcpy(out + o, piece, piece_len);
		o += piece_len;
	}
	if (i < len) {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o] = '\0';
}

TH_FN void th_check_mem(const char *file, int line, const char *what,
	const void *a, long long alen, const void *b, long long blen)
{
	if (alen == blen && (alen <= 0 || memcmp(a, b, (size_t) alen) == 0)) {
		return;
	}
	char ea[256], eb[256];
	th_escape(ea, sizeof(ea), a, alen > 0 ? (size_t) alen : 0);
	th_escape(eb, sizeof(eb), b, blen > 0 ? (size_t) blen : 0);
	th_fail(file, line, "%s: \"%s\" (%lld bytes) != \"%s\" (%lld bytes)", what, ea, alen, eb, blen);
}

#define CHECK(cond) do { \
		if (!(cond)) { th_fail(__FILE__, __LINE__, "CHECK(%s)", #cond); } \
	} while (0)

#define REQUIRE(cond) do { \
		if (!(cond)) { th_fail(__FILE__, __LINE__, "REQUIRE(%s) (errno %d: %s)", #cond, errno, strerror(errno)); return; } \
	} while (0)

#define CHECK_EQ(a, b) do { \
		long long th_a_ = (long long) (a), th_b_ = (long long) (b); \
		if (th_a_ != th_b_) { \
			th_fail(__FILE__, __LINE__, "CHECK_EQ(%s, %s): %lld != %lld", #a, #b, th_a_, th_b_); \
		} \
	} while (0)

#define CHECK_STR_EQ(a, b) do { \
		const char *th_a_ = (a), *th_b_ = (b); \
		if (th_a_ == NULL || th_b_ == NULL || strcmp(th_a_, th_b_) != 0) { \
			th_fail(__FILE__, __LINE__, "CHECK_STR_EQ(%s, %s): \"%s\" != \"%s\"", #a, #b, \
				th_a_ ? th_a_ : "(null)", th_b_ ? th_b_ : "(null)"); \
		} \
	} while (0)

#define CHECK_MEM_EQ(a, alen, b, blen) \
	th_check_mem(__FILE__, __LINE__, "CHECK_MEM_EQ(" #a ", " #alen ", " #b ", " #blen ")", \
		(a), (long long) (alen), (b), (long long) (blen))

/* Milliseconds on the monotonic clock. */
TH_FN long long th_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

TH_FN void th_sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
	}
}

TH_FN int th_selected(int argc, char **argv, const char *name)
{
	if (argc <= 1) {
		return 1;
	}
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], name) == 0) {
			return 1;
		}
	}
	return 0;
}

TH_FN int th_run_one(const th_test *t)
{
	const char *no_fork = getenv("TH_NO_FORK");
	fflush(stdout);
	fflush(stderr);
	if (no_fork && *no_fork && strcmp(no_fork, "0") != 0) {
		th_failures = 0;
		t->fn();
		return th_failures == 0;
	}
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "  fork: %s\n", strerror(errno));
		return 0;
	}
	if (pid == 0) {
		signal(SIGPIPE, SIG_IGN);
		alarm(TH_TEST_TIMEOUT);
		th_failures = 0;
		t->fn();
		fflush(stdout);
		fflush(stderr);
		exit(th_failures == 0 ? 0 : 1);
	}
	int status = 0;
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR) {
			fprintf(stderr, "  waitpid: %s\n", strerror(errno));
			return 0;
		}
	}
	if (WIFSIGNALED(status)) {
		fprintf(stderr, "  %s: killed by signal %d%s\n", t->name, WTERMSIG(status),
			WTERMSIG(status) == SIGALRM ? " (timed out)" : "");
		return 0;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) > 1) {
		fprintf(stderr, "  %s: exit status %d (sanitizer?)\n", t->name, WEXITSTATUS(status));
	}
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

TH_FN int th_main(const char *file, const th_test *tests, size_t count, int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--list") == 0) {
		for (size_t i = 0; i < count; i++) {
			printf("%s\n", tests[i].name);
		}
		return 0;
	}
	int passed = 0, failed = 0;
	for (size_t i = 0; i < count; i++) {
		if (!th_selected(argc, argv, tests[i].name)) {
			continue;
		}
		long long start = th_now_ms();
		int ok = th_run_one(&tests[i]);
		printf("%s %s (%lld ms)\n", ok ? "ok" : "FAIL", tests[i].name, th_now_ms() - start);
		fflush(stdout);
		if (ok) {
			passed++;
		} else {
			failed++;
		}
	}
	printf("%s: %d passed, %d failed\n", file, passed, failed);
	return failed == 0 ? 0 : 1;
}

#define TH_MAIN(table) \
	int main(int argc, char **argv) \
	{ \
		return th_main(__FILE__, (table), sizeof(table) / sizeof((table)[0]), argc, argv); \
	}

#endif
