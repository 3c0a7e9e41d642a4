/* sk_share: a socket exported by id reaches its target process only, once, while the exporter is
 * busy elsewhere; release and exit revoke ids; fork neither serves nor breaks them; nothing leaks. */
#include "unit_util.h"
#include "sk_share.h"

#include <dirent.h>
#include <sys/stat.h>
#include <sys/un.h>

static char err[256];

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
	REQUIRE(sk_share_export(sv[0], getpid(), a, sizeof(a), err, sizeof(err)) == 0);
	REQUIRE(sk_share_export(sv[0], getpid(), b, sizeof(b), err, sizeof(err)) == 0);
	snprintf(prefix, sizeof(prefix), "sockets-ng:%d:", (int) getpid());
	CHECK(strncmp(a, prefix, strlen(prefix)) == 0);
	CHECK_EQ(strlen(a), strlen(prefix) + 32);
	CHECK(strspn(a + strlen(prefix), "0123456789abcdef") == 32);
	CHECK(strcmp(a, b) != 0);
	CHECK_EQ(sk_share_count(), 2);
	sk_share_release_all();
	CHECK_EQ(sk_share_count(), 0);
}

static void import_gives_the_same_socket_once(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	char id[SK_SHARE_ID_SIZE];
	REQUIRE(sk_share_export(sv[0], getpid(), id, sizeof(id), err, sizeof(err)) == 0);
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
	CHECK_EQ(sk_share_count(), 1);
	CHECK_EQ(sk_share_release(id), 0);
	CHECK_EQ(sk_share_release(id), -ENOENT);
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
	CHECK_EQ(sk_share_export(sv[0], gone, id, sizeof(id), err, sizeof(err)), -ESRCH);
	CHECK(strstr(err, "no process has pid") != NULL);
	CHECK_EQ(sk_share_export(sv[0], 0, id, sizeof(id), err, sizeof(err)), -EINVAL);
	CHECK_EQ(sk_share_export(sv[0], -5, id, sizeof(id), err, sizeof(err)), -EINVAL);
	CHECK_EQ(sk_share_count(), 0);
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
	REQUIRE(sk_share_export(listener, child, id, sizeof(id), err, sizeof(err)) == 0);
	write_line(to_child[1], id);
	int conn = accept(listener, NULL, NULL);   /* blocks until the child connected */
	CHECK(conn >= 0);
	char line[32];
	read_line(from_child[0], line, sizeof(line));
	CHECK_STR_EQ(line, "connected");
	write_line(to_child[1], "bye");
	CHECK_EQ(wait_exit(child), 0);
	CHECK_EQ(sk_share_release(id), 0);
	close(conn);
}

/* Another process of the same user is refused and does not use the id up. */
static void only_the_target_may_import(void)
{
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	char id[SK_SHARE_ID_SIZE];
	REQUIRE(sk_share_export(sv[0], getpid(), id, sizeof(id), err, sizeof(err)) == 0);
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
	CHECK_EQ(sk_share_release(id), 0);
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
	REQUIRE(sk_share_export(sv[0], getpid(), id, sizeof(id), err, sizeof(err)) == 0);
	REQUIRE(sk_share_export(sv[1], getpid(), id2, sizeof(id2), err, sizeof(err)) == 0);
	CHECK(sk_share_agent_running());
	CHECK_EQ(threads(), tasks + 1);
	CHECK_EQ(open_fds(), fds + 5);   /* two listeners, two duplicates, the agent's eventfd */
	CHECK_EQ(sk_share_release(id), 0);
	int fd = -1;
	CHECK_EQ(sk_share_import(id, 2000, &fd, err, sizeof(err)), -ECONNREFUSED);
	CHECK(sk_share_agent_running());   /* id2 still served */
	CHECK_EQ(sk_share_import(id2, 2000, &fd, err, sizeof(err)), 0);
	close(fd);
	CHECK_EQ(sk_share_release(id2), 0);
	CHECK(!sk_share_agent_running());
	CHECK_EQ(threads(), tasks);
	CHECK_EQ(open_fds(), fds);
	CHECK_EQ(sk_share_release("sockets-ng:1:0123456789abcdef0123456789abcdef"), -ENOENT);
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
			|| sk_share_export(sv[0], getppid(), id, sizeof(id), err, sizeof(err)) != 0) {
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
	REQUIRE(sk_share_export(sv[0], getpid(), id, sizeof(id), err, sizeof(err)) == 0);
	REQUIRE(sk_share_export(sv[0], getpid(), id2, sizeof(id2), err, sizeof(err)) == 0);
	int parent_fds = open_fds();
	int go[2], done[2];
	REQUIRE(pipe(go) == 0 && pipe(done) == 0);
	pid_t child = fork();
	REQUIRE(child >= 0);
	if (child == 0) {
		int ok = sk_share_count() == 0 && !sk_share_agent_running() && sk_share_release(id) == -ENOENT
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
	CHECK_EQ(sk_share_release(id), 0);
	int fd = -1;
	CHECK_EQ(sk_share_import(id, 2000, &fd, err, sizeof(err)), -ECONNREFUSED);
	CHECK_EQ(sk_share_import(id2, 2000, &fd, err, sizeof(err)), 0);
	CHECK(same_socket(fd, sv[0]));
	write_line(go[1], "go");
	CHECK_EQ(wait_exit(child), 0);
	close(fd);
	sk_share_release_all();
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
};

TH_MAIN(tests)
