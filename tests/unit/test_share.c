/* SPDX-License-Identifier: BSD-3-Clause */
/* sk_share: a socket exported by id reaches its target process only, once, while the exporter is
 * busy elsewhere; release and exit revoke ids; fork neither serves nor breaks them; nothing leaks. */
#include "unit_util.h"
#include "sk_share.h"

#include <dirent.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/un.h>

static char err[256];

/* The owner of the ids a test exports (any address will do: it only has to differ per owner). */
static const char main_owner = 'm';
#define ME ((sk_share_owner) &main_owner)

static int count_dir(const char *path)
{
	DIR *d = opendir(path);
	if (d == NULL) {
		return -1;
	}
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] != '.') {
			n++;
		}
	}
	closedir(d);
	return n;
}

static int open_fds(void) { return count_dir("/proc/self/fd"); }
static int threads(void) { return count_dir("/proc/self/task"); }

/* Same open socket: same inode. */
static int same_socket(int a, int b)
{
	struct stat sa, sb;
	return fstat(a, &sa) == 0 && fstat(b, &sb) == 0 && sa.st_ino == sb.st_ino && sa.st_dev == sb.st_dev;
}

static int tcp_listener(int *port)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t len = sizeof(a);
	if (fd < 0 || bind(fd, (struct sockaddr *) &a, sizeof(a)) != 0 || listen(fd, 8) != 0
		|| getsockname(fd, (struct sockaddr *) &a, &len) != 0) {
		return -1;
	}
	*port = ntohs(a.sin_port);
	return fd;
}

static int tcp_connect(int port)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t) port),
		.sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	if (fd < 0 || connect(fd, (struct sockaddr *) &a, sizeof(a)) != 0) {
		return -1;
	}
	return fd;
}

static void write_line(int fd, const char *s)
{
	REQUIRE(th_write_all(fd, s, strlen(s)) == 0 && th_write_all(fd, "\n", 1) == 0);
}

static int read_line(int fd, char *buf, size_t size)
{
	size_t n = 0;
	while (n + 1 < size) {
		ssize_t r = read(fd, buf + n, 1);
		if (r <= 0 || buf[n] == '\n') {
			break;
		}
		n++;
	}
	buf[n] = '\0';
	return (int) n;
}

static int wait_exit(pid_t pid)
{
	int status;
	if (waitpid(pid, &status, 0) != pid) {
		return -1;
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void id_has_pid_and_128_random_bits(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	char a[SK_SHARE_ID_SIZE], b[SK_SHARE_ID_SIZE], prefix[32];
	REQUIRE(sk_share_export(ME, sv[0], getpid(), a, sizeof(a), err, sizeof(err)) == 0);
	REQUIRE(sk_share_export(ME, sv[0], getpid(), b, sizeof(b), err, sizeof(err)) == 0);
	snprintf(prefix, sizeof(prefix), "sockets-ng:%d:", (int) getpid());
	CHECK(strncmp(a, prefix, strlen(prefix)) == 0);
	CHECK_EQ(strlen(a), strlen(prefix) + 32);
	CHECK(strspn(a + strlen(prefix), "0123456789abcdef") == 32);
	CHECK(strcmp(a, b) != 0);
	CHECK_EQ(sk_share_count(ME), 2);
	sk_share_release_all(ME);
	CHECK_EQ(sk_share_count(ME), 0);
}

static void import_gives_the_same_socket_once(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	char id[SK_SHARE_ID_SIZE];
	REQUIRE(sk_share_export(ME, sv[0], getpid(), id, sizeof(id), err, sizeof(err)) == 0);
	int fd = -1;
	CHECK_EQ(sk_share_import(id, 2000, &fd, err, sizeof(err)), 0);
	REQUIRE(fd >= 0);
	CHECK(fd != sv[0]);
	CHECK(same_socket(fd, sv[0]));
	CHECK_EQ(fcntl(fd, F_GETFD) & FD_CLOEXEC, 0);
	/* Data written through the import arrives at the pair's other end. */
	CHECK_EQ(write(fd, "x", 1), 1);
	char c = 0;
	CHECK_EQ(read(sv[1], &c, 1), 1);
	CHECK_EQ(c, 'x');

	int again = -1;
	CHECK_EQ(sk_share_import(id, 2000, &again, err, sizeof(err)), -ECONNREFUSED);
	CHECK(strstr(err, "no socket is exported under this id") != NULL);
	CHECK_EQ(again, -1);
	/* Imported, not released: the exporter still holds the id until release. */
	CHECK_EQ(sk_share_count(ME), 1);
	CHECK_EQ(sk_share_release(ME, id), 0);
	CHECK_EQ(sk_share_release(ME, id), -ENOENT);
	close(fd);
}

static void export_to_missing_process_fails(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	pid_t gone = fork();
	if (gone == 0) {
		_exit(0);
	}
	REQUIRE(wait_exit(gone) == 0);
	char id[SK_SHARE_ID_SIZE];
	CHECK_EQ(sk_share_export(ME, sv[0], gone, id, sizeof(id), err, sizeof(err)), -ESRCH);
	CHECK(strstr(err, "no process has pid") != NULL);
	CHECK_EQ(sk_share_export(ME, sv[0], 0, id, sizeof(id), err, sizeof(err)), -EINVAL);
	CHECK_EQ(sk_share_export(ME, sv[0], -5, id, sizeof(id), err, sizeof(err)), -EINVAL);
	/* The errno's text, made without strerror()'s shared buffer. */
	CHECK_EQ(sk_share_export(ME, 987654, getpid(), id, sizeof(id), err, sizeof(err)), -EBADF);
	CHECK_STR_EQ(err, "cannot duplicate the socket: Bad file descriptor");
	CHECK_EQ(sk_share_count(ME), 0);
	CHECK(!sk_share_agent_running());
}

static void malformed_ids_are_rejected(void)
{
	const char *bad[] = {
		"", "sockets-ng:", "sockets-ng:12:", "sockets-ng:12:0123456789abcdef0123456789abcde",
		"sockets-ng:12:0123456789abcdef0123456789abcdef0", "sockets-ng:12:0123456789ABCDEF0123456789abcdef",
		"sockets-ng:0:0123456789abcdef0123456789abcdef", "sockets-ng:-1:0123456789abcdef0123456789abcdef",
		"sockets-ng:99999999999:0123456789abcdef0123456789abcdef", "php_wsa_for_0",
		"sockets-ng:12:0123456789abcdef0123456789abcdeg",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int fd = -1;
		CHECK_EQ(sk_share_import(bad[i], 100, &fd, err, sizeof(err)), -EINVAL);
		CHECK_EQ(fd, -1);
	}
	CHECK_STR_EQ(err, "not an id made by socket_wsaprotocol_info_export()");
}

/* The child imports for itself; the parent is blocked in accept() on the socket it exported the
 * whole time; a connection made through the child's import lands in the parent's accept. */
static void import_while_exporter_blocks_in_accept(void)
{
	int port;
	int listener = tcp_listener(&port);
	REQUIRE(listener >= 0);
	int to_child[2], from_child[2];
	REQUIRE(pipe(to_child) == 0 && pipe(from_child) == 0);
	pid_t child = fork();
	REQUIRE(child >= 0);
	if (child == 0) {
		close(listener);
		char id[SK_SHARE_ID_SIZE], line[16];
		read_line(to_child[0], id, sizeof(id));
		int fd = -1;
		if (sk_share_import(id, 3000, &fd, err, sizeof(err)) != 0) {
			fprintf(stderr, "import: %s\n", err);
			_exit(1);
		}
		/* Same listening queue: the port of the import is the parent's. */
		struct sockaddr_in a;
		socklen_t len = sizeof(a);
		if (getsockname(fd, (struct sockaddr *) &a, &len) != 0 || ntohs(a.sin_port) != port) {
			_exit(2);
		}
		int c = tcp_connect(port);
		write_line(from_child[1], "connected");
		read_line(to_child[0], line, sizeof(line));
		close(c);
		close(fd);
		_exit(0);
	}
	char id[SK_SHARE_ID_SIZE];
	REQUIRE(sk_share_export(ME, listener, child, id, sizeof(id), err, sizeof(err)) == 0);
	write_line(to_child[1], id);
	int conn = accept(listener, NULL, NULL);   /* blocks until the child connected */
	CHECK(conn >= 0);
	char line[32];
	read_line(from_child[0], line, sizeof(line));
	CHECK_STR_EQ(line, "connected");
	write_line(to_child[1], "bye");
	CHECK_EQ(wait_exit(child), 0);
	CHECK_EQ(sk_share_release(ME, id), 0);
	close(conn);
}

/* Another process of the same user is refused and does not use the id up. */
static void only_the_target_may_import(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	char id[SK_SHARE_ID_SIZE];
	REQUIRE(sk_share_export(ME, sv[0], getpid(), id, sizeof(id), err, sizeof(err)) == 0);
	int before = open_fds();
	pid_t other = fork();
	REQUIRE(other >= 0);
	if (other == 0) {
		int fd = -1;
		int rc = sk_share_import(id, 3000, &fd, err, sizeof(err));
		_exit(rc == -EPERM && fd == -1 && strcmp(err, "the id was exported for another process") == 0 ? 0 : 1);
	}
	CHECK_EQ(wait_exit(other), 0);
	int fd = -1;
	CHECK_EQ(sk_share_import(id, 2000, &fd, err, sizeof(err)), 0);
	CHECK(same_socket(fd, sv[0]));
	close(fd);
	CHECK_EQ(sk_share_release(ME, id), 0);
	/* The id's listener and duplicate are gone with the release, and the agent's eventfd with
	 * the last id. */
	CHECK_EQ(open_fds(), before - 3);
	CHECK(!sk_share_agent_running());
}

static void release_revokes_and_stops_the_agent(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	int fds = open_fds(), tasks = threads();
	char id[SK_SHARE_ID_SIZE], id2[SK_SHARE_ID_SIZE];
	REQUIRE(sk_share_export(ME, sv[0], getpid(), id, sizeof(id), err, sizeof(err)) == 0);
	REQUIRE(sk_share_export(ME, sv[1], getpid(), id2, sizeof(id2), err, sizeof(err)) == 0);
	CHECK(sk_share_agent_running());
	CHECK_EQ(threads(), tasks + 1);
	CHECK_EQ(open_fds(), fds + 5);   /* two listeners, two duplicates, the agent's eventfd */
	CHECK_EQ(sk_share_release(ME, id), 0);
	int fd = -1;
	CHECK_EQ(sk_share_import(id, 2000, &fd, err, sizeof(err)), -ECONNREFUSED);
	CHECK(sk_share_agent_running());   /* id2 still served */
	CHECK_EQ(sk_share_import(id2, 2000, &fd, err, sizeof(err)), 0);
	close(fd);
	CHECK_EQ(sk_share_release(ME, id2), 0);
	CHECK(!sk_share_agent_running());
	CHECK_EQ(threads(), tasks);
	CHECK_EQ(open_fds(), fds);
	CHECK_EQ(sk_share_release(ME, "sockets-ng:1:0123456789abcdef0123456789abcdef"), -ENOENT);
}

static void exporter_exit_ends_its_ids(void)
{
	int p[2];
	REQUIRE(pipe(p) == 0);
	pid_t exporter = fork();
	REQUIRE(exporter >= 0);
	if (exporter == 0) {
		int sv[2];
		char id[SK_SHARE_ID_SIZE];
		if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0
			|| sk_share_export(ME, sv[0], getppid(), id, sizeof(id), err, sizeof(err)) != 0) {
			_exit(1);
		}
		write_line(p[1], id);
		_exit(0);   /* no release: the exit ends the id */
	}
	char id[SK_SHARE_ID_SIZE];
	read_line(p[0], id, sizeof(id));
	CHECK_EQ(wait_exit(exporter), 0);
	int fd = -1;
	CHECK_EQ(sk_share_import(id, 2000, &fd, err, sizeof(err)), -ECONNREFUSED);
	char expect[96];
	snprintf(expect, sizeof(expect), "the exporting process (pid %d) has exited", (int) exporter);
	CHECK_STR_EQ(err, expect);
}

/* A forked child owns none of the parent's ids and holds none of its descriptors: the parent's
 * release really unbinds the name while the child lives. */
static void fork_after_export_leaves_ids_to_the_parent(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	char id[SK_SHARE_ID_SIZE], id2[SK_SHARE_ID_SIZE];
	REQUIRE(sk_share_export(ME, sv[0], getpid(), id, sizeof(id), err, sizeof(err)) == 0);
	REQUIRE(sk_share_export(ME, sv[0], getpid(), id2, sizeof(id2), err, sizeof(err)) == 0);
	int parent_fds = open_fds();
	int go[2], done[2];
	REQUIRE(pipe(go) == 0 && pipe(done) == 0);
	pid_t child = fork();
	REQUIRE(child >= 0);
	if (child == 0) {
		int ok = sk_share_count(ME) == 0 && !sk_share_agent_running() && sk_share_release(ME, id) == -ENOENT
			&& open_fds() == parent_fds - 5 + 4;   /* lost 2 listeners, 2 dups, eventfd; got 4 pipe ends */
		int fd = -1;
		ok = ok && sk_share_import(id, 2000, &fd, err, sizeof(err)) == -EPERM;
		write_line(done[1], ok ? "ok" : "bad");
		char line[8];
		read_line(go[0], line, sizeof(line));   /* stay alive until the parent has released */
		_exit(0);
	}
	char line[8];
	read_line(done[0], line, sizeof(line));
	CHECK_STR_EQ(line, "ok");
	CHECK_EQ(sk_share_release(ME, id), 0);
	int fd = -1;
	CHECK_EQ(sk_share_import(id, 2000, &fd, err, sizeof(err)), -ECONNREFUSED);
	CHECK_EQ(sk_share_import(id2, 2000, &fd, err, sizeof(err)), 0);
	CHECK(same_socket(fd, sv[0]));
	write_line(go[1], "go");
	CHECK_EQ(wait_exit(child), 0);
	close(fd);
	sk_share_release_all(ME);
	CHECK(!sk_share_agent_running());
}

/* An address that accepts nothing: the import gives up after its timeout. */
static void import_waits_a_bounded_time(void)
{
	char id[SK_SHARE_ID_SIZE];
	snprintf(id, sizeof(id), "sockets-ng:%d:%s", (int) getpid(), "00112233445566778899aabbccddeeff");
	int l = socket(AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	memcpy(a.sun_path + 1, id, strlen(id));
	REQUIRE(bind(l, (struct sockaddr *) &a, (socklen_t) (offsetof(struct sockaddr_un, sun_path) + 1 + strlen(id))) == 0);
	REQUIRE(listen(l, 4) == 0);
	int fd = -1;
	CHECK_EQ(sk_share_import(id, 200, &fd, err, sizeof(err)), -ETIMEDOUT);
	char expect[96];
	snprintf(expect, sizeof(expect), "the exporting process (pid %d) did not answer within 200 ms", (int) getpid());
	CHECK_STR_EQ(err, expect);
	close(l);
}

/* A name bound by a process other than the one the id names is not trusted. */
static void import_checks_the_exporter_pid(void)
{
	const char *id = "sockets-ng:1:00112233445566778899aabbccddeeff";
	int l = socket(AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	memcpy(a.sun_path + 1, id, strlen(id));
	REQUIRE(bind(l, (struct sockaddr *) &a, (socklen_t) (offsetof(struct sockaddr_un, sun_path) + 1 + strlen(id))) == 0);
	REQUIRE(listen(l, 4) == 0);
	int fd = -1;
	CHECK_EQ(sk_share_import(id, 2000, &fd, err, sizeof(err)), -EPROTO);
	CHECK(strstr(err, "not by the exporter (pid 1)") != NULL);
	close(l);
}

/* ---- The agent without memory ---------------------------------------------------------------- */

/* Allocations made by any thread but the test's own fail: the agent's poll array never grows,
 * exports (made here) still succeed. */
static pthread_t allocating_thread;
static int others_may_allocate;   /* read and written with __atomic: the agent reads it */

static void *fail_in_other_threads(void *ptr, size_t size)
{
	if (!__atomic_load_n(&others_may_allocate, __ATOMIC_SEQ_CST) && !pthread_equal(pthread_self(), allocating_thread)) {
		return NULL;
	}
	return realloc(ptr, size);
}

static void agent_without_memory_still_serves_and_releases(void)
{
	allocating_thread = pthread_self();
	__atomic_store_n(&others_may_allocate, 0, __ATOMIC_SEQ_CST);
	sk_share_set_allocator(fail_in_other_threads);
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	int tasks = threads();
	char id[SK_SHARE_ID_SIZE], id2[SK_SHARE_ID_SIZE];
	REQUIRE(sk_share_export(ME, sv[0], getpid(), id, sizeof(id), err, sizeof(err)) == 0);
	REQUIRE(sk_share_export(ME, sv[1], getpid(), id2, sizeof(id2), err, sizeof(err)) == 0);
	/* The agent answers from its spare slots. */
	int fd = -1;
	CHECK_EQ(sk_share_import(id, 2000, &fd, err, sizeof(err)), 0);
	CHECK(fd >= 0 && same_socket(fd, sv[0]));
	close(fd);
	/* Release returns (it hung for ever: the agent waited for a signal nobody sent). */
	alarm(5);
	CHECK_EQ(sk_share_release(ME, id), 0);
	CHECK_EQ(sk_share_import(id2, 2000, &fd, err, sizeof(err)), 0);
	close(fd);
	sk_share_release_all(ME);
	alarm(0);
	CHECK(!sk_share_agent_running());
	CHECK_EQ(threads(), tasks);
	sk_share_set_allocator(NULL);
}

static void *allow_allocation_later(void *unused __attribute__((unused)))
{
	usleep(300 * 1000);
	__atomic_store_n(&others_may_allocate, 1, __ATOMIC_SEQ_CST);
	return NULL;
}

/* More ids than the agent's spare slots hold: the newest are served at once, the others once the
 * allocation, retried, succeeds. */
static void agent_retries_its_allocation(void)
{
	allocating_thread = pthread_self();
	__atomic_store_n(&others_may_allocate, 0, __ATOMIC_SEQ_CST);
	sk_share_set_allocator(fail_in_other_threads);
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	enum { IDS = 40 };
	char ids[IDS][SK_SHARE_ID_SIZE];
	for (int i = 0; i < IDS; i++) {
		REQUIRE(sk_share_export(ME, sv[0], getpid(), ids[i], sizeof(ids[i]), err, sizeof(err)) == 0);
	}
	alarm(10);
	int fd = -1;
	CHECK_EQ(sk_share_import(ids[IDS - 1], 2000, &fd, err, sizeof(err)), 0);
	close(fd);
	pthread_t later;
	REQUIRE(pthread_create(&later, NULL, allow_allocation_later, NULL) == 0);
	/* The oldest id does not fit in the spare slots: answered once memory comes back. */
	CHECK_EQ(sk_share_import(ids[0], 3000, &fd, err, sizeof(err)), 0);
	CHECK(fd >= 0 && same_socket(fd, sv[0]));
	close(fd);
	pthread_join(later, NULL);
	for (int i = 1; i < IDS - 1; i++) {
		fd = -1;
		CHECK_EQ(sk_share_import(ids[i], 2000, &fd, err, sizeof(err)), 0);
		close(fd);
	}
	sk_share_release_all(ME);
	alarm(0);
	CHECK(!sk_share_agent_running());
	sk_share_set_allocator(NULL);
}

/* An export whose own allocation fails reports it and leaves nothing behind. */
static void *fail_always(void *ptr __attribute__((unused)), size_t size __attribute__((unused)))
{
	return NULL;
}

static void export_without_memory_fails_cleanly(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	int fds = open_fds();
	sk_share_set_allocator(fail_always);
	char id[SK_SHARE_ID_SIZE];
	CHECK_EQ(sk_share_export(ME, sv[0], getpid(), id, sizeof(id), err, sizeof(err)), -ENOMEM);
	CHECK_STR_EQ(err, "out of memory");
	sk_share_set_allocator(NULL);
	CHECK_EQ(open_fds(), fds);
	CHECK_EQ(sk_share_count(ME), 0);
	CHECK(!sk_share_agent_running());
}

/* ---- Owners ---------------------------------------------------------------------------------- */

static const char other_owner = 'o';
#define OTHER ((sk_share_owner) &other_owner)

/* Each owner releases its own ids only, one by one or all at once. */
static void each_owner_releases_only_its_own_ids(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	char mine[SK_SHARE_ID_SIZE], theirs[SK_SHARE_ID_SIZE];
	REQUIRE(sk_share_export(ME, sv[0], getpid(), mine, sizeof(mine), err, sizeof(err)) == 0);
	REQUIRE(sk_share_export(OTHER, sv[1], getpid(), theirs, sizeof(theirs), err, sizeof(err)) == 0);
	CHECK_EQ(sk_share_count(ME), 1);
	CHECK_EQ(sk_share_count(OTHER), 1);
	CHECK_EQ(sk_share_release(ME, theirs), -ENOENT);
	CHECK_EQ(sk_share_release(OTHER, mine), -ENOENT);
	sk_share_release_all(ME);
	CHECK_EQ(sk_share_count(ME), 0);
	CHECK_EQ(sk_share_count(OTHER), 1);
	CHECK(sk_share_agent_running());
	int fd = -1;
	CHECK_EQ(sk_share_import(mine, 2000, &fd, err, sizeof(err)), -ECONNREFUSED);
	CHECK_EQ(sk_share_import(theirs, 2000, &fd, err, sizeof(err)), 0);
	CHECK(fd >= 0 && same_socket(fd, sv[1]));
	close(fd);
	CHECK_EQ(sk_share_release(OTHER, theirs), 0);
	CHECK(!sk_share_agent_running());
}

/* Two owners in two threads at once, as two requests of a thread-safe PHP: one keeps exporting
 * while the other exports, imports and ends (release_all) over and over. Each end returns at once
 * and leaves the other owner's ids served. */
typedef struct exporter_state {
	int fd;
	int stop;   /* __atomic */
	int exported;
	int failures;
	char last[SK_SHARE_ID_SIZE];
	pthread_mutex_t lock;
} exporter_state;

static void *keep_exporting(void *arg)
{
	exporter_state *st = arg;
	while (!__atomic_load_n(&st->stop, __ATOMIC_SEQ_CST)) {
		char id[SK_SHARE_ID_SIZE], why[256];
		if (sk_share_export(OTHER, st->fd, getpid(), id, sizeof(id), why, sizeof(why)) != 0) {
			st->failures++;
			continue;
		}
		pthread_mutex_lock(&st->lock);
		memcpy(st->last, id, sizeof(id));
		st->exported++;
		pthread_mutex_unlock(&st->lock);
		if (st->exported % 50 == 0) {
			sk_share_release_all(OTHER);   /* keep the number of ids bounded */
		}
	}
	return NULL;
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void owners_in_two_threads_keep_their_ids(void)
{
	int mine_sv[2], theirs_sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, mine_sv) == 0);
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, theirs_sv) == 0);
	exporter_state st = { .fd = theirs_sv[0], .stop = 0, .lock = PTHREAD_MUTEX_INITIALIZER };
	/* An id of a third owner, which ends nothing meanwhile: it must outlive all our ends. */
	static const char third_owner = 't';
	char kept[SK_SHARE_ID_SIZE];
	REQUIRE(sk_share_export(&third_owner, theirs_sv[1], getpid(), kept, sizeof(kept), err, sizeof(err)) == 0);
	pthread_t other;
	REQUIRE(pthread_create(&other, NULL, keep_exporting, &st) == 0);
	alarm(20);
	double slowest = 0;
	int rounds = 0, imports_ok = 0;
	for (; rounds < 100; rounds++) {
		char id[SK_SHARE_ID_SIZE];
		REQUIRE(sk_share_export(ME, mine_sv[0], getpid(), id, sizeof(id), err, sizeof(err)) == 0);
		int fd = -1;
		if (rounds % 2 == 0 && sk_share_import(id, 2000, &fd, err, sizeof(err)) == 0) {
			imports_ok += same_socket(fd, mine_sv[0]);
			close(fd);
		}
		double start = now_ms();
		sk_share_release_all(ME);
		double took = now_ms() - start;
		slowest = took > slowest ? took : slowest;
		CHECK_EQ(sk_share_count(ME), 0);
	}
	/* The other owners' ids outlived every one of our ends. */
	CHECK_EQ(sk_share_count(&third_owner), 1);
	int fd = -1;
	CHECK_EQ(sk_share_import(kept, 2000, &fd, err, sizeof(err)), 0);
	CHECK(fd >= 0 && same_socket(fd, theirs_sv[1]));
	close(fd);
	__atomic_store_n(&st.stop, 1, __ATOMIC_SEQ_CST);
	pthread_join(other, NULL);
	pthread_mutex_lock(&st.lock);
	char last[SK_SHARE_ID_SIZE];
	memcpy(last, st.last, sizeof(last));
	pthread_mutex_unlock(&st.lock);
	if (st.exported % 50 != 0) {
		fd = -1;
		CHECK_EQ(sk_share_import(last, 2000, &fd, err, sizeof(err)), 0);
		close(fd);
	}
	CHECK_EQ(imports_ok, 50);
	CHECK_EQ(st.failures, 0);
	CHECK(st.exported > 0);
	CHECK(slowest < 1000);
	if (slowest >= 1000) {
		fprintf(stderr, "  slowest release_all: %.0f ms\n", slowest);
	}
	sk_share_release_all(OTHER);
	CHECK(sk_share_agent_running());   /* the third owner's id is still held */
	CHECK_EQ(sk_share_release(&third_owner, kept), 0);
	alarm(0);
	CHECK(!sk_share_agent_running());
}

static const th_test tests[] = {
	TH_TEST(id_has_pid_and_128_random_bits),
	TH_TEST(import_gives_the_same_socket_once),
	TH_TEST(export_to_missing_process_fails),
	TH_TEST(malformed_ids_are_rejected),
	TH_TEST(import_while_exporter_blocks_in_accept),
	TH_TEST(only_the_target_may_import),
	TH_TEST(release_revokes_and_stops_the_agent),
	TH_TEST(exporter_exit_ends_its_ids),
	TH_TEST(fork_after_export_leaves_ids_to_the_parent),
	TH_TEST(import_waits_a_bounded_time),
	TH_TEST(import_checks_the_exporter_pid),
	TH_TEST(agent_without_memory_still_serves_and_releases),
	TH_TEST(agent_retries_its_allocation),
	TH_TEST(export_without_memory_fails_cleanly),
	TH_TEST(each_owner_releases_only_its_own_ids),
	TH_TEST(owners_in_two_threads_keep_their_ids),
};

TH_MAIN(tests)
