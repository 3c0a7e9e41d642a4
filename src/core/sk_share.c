/* SPDX-License-Identifier: BSD-3-Clause */
/* sk_share: handing an open socket to another process by an id. See sk_share.h for the design. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "sk_share.h"
#include "sk_error.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#define ID_PREFIX "sockets-ng:"
#define ID_RANDOM_HEX 32
/* The agent's answers: one byte, with the descriptor attached to a grant. */
#define ANSWER_GRANT 'S'
#define ANSWER_REFUSE 'R'
/* Importers that may wait on one id at once; more get ECONNREFUSED-free waits up to the timeout. */
#define LISTEN_BACKLOG 16
#define AGENT_STACK_SIZE (256 * 1024)
/* Poll slots on the agent's stack, for when its poll array cannot grow: it then serves the wake
 * fd and the newest ids that fit, and retries the allocation after ALLOC_RETRY_MS. */
#define SPARE_POLL_SLOTS 16
#define ALLOC_RETRY_MS 100

typedef struct share_entry {
	struct share_entry *next;
	char id[SK_SHARE_ID_SIZE];
	int listen_fd;                    /* bound to the id's abstract name; -1 once imported */
	int shared_fd;                    /* our duplicate of the exported socket; -1 once imported */
	sk_share_owner owner;             /* who exported it: only they release it */
	pid_t target;
	unsigned long long target_start;  /* the target's start time, 0 if /proc could not tell */
	bool revoked;                     /* release asked for it: the agent closes and frees it */
} share_entry;

/* Only the agent thread closes a listener or frees an entry, so it never polls a closed fd:
 * release marks the entry, wakes the agent and waits on `changed` until the entry is gone. */
static struct {
	pthread_mutex_t lock;
	pthread_cond_t changed;
	share_entry *entries;
	int wake_fd;         /* eventfd: entries were added or revoked, or the agent should stop */
	bool running;
	bool started;        /* the agent thread runs its own code: its start-up is over */
	bool stopping;       /* the last id went: the agent is ending, exports wait for it */
	pthread_t thread;
	/* The agent's poll array. Kept here, not on the agent's stack, so that a forked child (which
	 * has no agent thread) can free its copy: otherwise the child holds a block nothing points to. */
	struct pollfd *fds;
	size_t fds_cap;
} agent = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, -1, false, false, false, 0, NULL, 0 };

static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

/* realloc, or a test's stand-in (sk_share_set_allocator): read and written atomically, since the
 * agent thread allocates too. */
static void *(*share_realloc_fn)(void *, size_t) = realloc;

void sk_share_set_allocator(void *(*fn)(void *ptr, size_t size))
{
	__atomic_store_n(&share_realloc_fn, fn != NULL ? fn : realloc, __ATOMIC_SEQ_CST);
}

static void *share_realloc(void *ptr, size_t size)
{
	return __atomic_load_n(&share_realloc_fn, __ATOMIC_SEQ_CST)(ptr, size);
}

/* An errno's text, in a buffer that lives as long as the enclosing block (a compound literal):
 * strerror() may share one buffer between threads, and exports run in every request's thread. */
#define ERRNO_TEXT(err) sk_strerror((err), (char[128]) { 0 }, 128)

static void set_err(char *err, size_t err_size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void set_err(char *err, size_t err_size, const char *fmt, ...)
{
	if (err == NULL || err_size == 0) {
		return;
	}
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, err_size, fmt, ap);
	va_end(ap);
}

static void close_keep_errno(int fd)
{
	if (fd >= 0) {
		int saved = errno;
		close(fd);
		errno = saved;
	}
}

/* Ends a listener for good. A child forked a moment ago may still hold a copy (it closes it in
 * its atfork handler, later): shutdown() acts on the socket itself, so connects are refused at
 * once instead of queueing on the child's copy. */
static void close_listener(int fd)
{
	if (fd >= 0) {
		int saved = errno;
		shutdown(fd, SHUT_RDWR);
		close(fd);
		errno = saved;
	}
}

/* Field 22 of /proc/PID/stat: when the process started. With the pid it names one process, so a
 * pid reused after the target exited does not match. -ESRCH when no such process. */
static int process_start_time(pid_t pid, unsigned long long *start)
{
	char path[64], buf[1024];
	snprintf(path, sizeof(path), "/proc/%d/stat", (int) pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT) {
			return -ESRCH;
		}
		/* No /proc: existence only. */
		*start = 0;
		return (kill(pid, 0) == 0 || errno == EPERM) ? 0 : -ESRCH;
	}
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0) {
		return -ESRCH;   /* it exited while we read */
	}
	buf[n] = '\0';
	/* The command name may hold spaces and parentheses: fields start after the last ')'. */
	char *p = strrchr(buf, ')');
	if (p == NULL) {
		return -EIO;
	}
	p++;
	for (int field = 3; field < 22; field++) {
		p = strchr(p + 1, ' ');
		if (p == NULL) {
			return -EIO;
		}
	}
	char *end;
	errno = 0;
	*start = strtoull(p + 1, &end, 10);
	return (errno != 0 || end == p + 1) ? -EIO : 0;
}

/* The abstract address of an id: a NUL, then the id's bytes, no terminator. */
static socklen_t id_address(const char *id, struct sockaddr_un *addr)
{
	size_t len = strlen(id);
	memset(addr, 0, sizeof(*addr));
	addr->sun_family = AF_UNIX;
	memcpy(addr->sun_path + 1, id, len);
	return (socklen_t) (offsetof(struct sockaddr_un, sun_path) + 1 + len);
}

/* Parses "sockets-ng:<pid>:<32 lowercase hex>", giving the exporter's pid. */
static bool parse_id(const char *id, pid_t *exporter)
{
	size_t prefix = sizeof(ID_PREFIX) - 1;
	if (strncmp(id, ID_PREFIX, prefix) != 0) {
		return false;
	}
	const char *p = id + prefix;
	long long pid = 0;
	int digits = 0;
	for (; *p >= '0' && *p <= '9'; p++, digits++) {
		pid = pid * 10 + (*p - '0');
		if (digits >= 10 || pid > INT_MAX) {
			return false;
		}
	}
	if (digits == 0 || pid <= 0 || *p != ':') {
		return false;
	}
	p++;
	for (int i = 0; i < ID_RANDOM_HEX; i++, p++) {
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'))) {
			return false;
		}
	}
	if (*p != '\0') {
		return false;
	}
	*exporter = (pid_t) pid;
	return true;
}

static int make_id(char *id, size_t id_size)
{
	unsigned char random[ID_RANDOM_HEX / 2];
	size_t got = 0;
	while (got < sizeof(random)) {
		ssize_t n = getrandom(random + got, sizeof(random) - got, 0);
		if (n < 0) {
			if (errno == EINTR) {
				continue;
			}
			return -errno;
		}
		got += (size_t) n;
	}
	int len = snprintf(id, id_size, ID_PREFIX "%d:", (int) getpid());
	for (size_t i = 0; i < sizeof(random); i++) {
		len += snprintf(id + len, id_size - (size_t) len, "%02x", random[i]);
	}
	return 0;
}

static void wake_agent(void)
{
	uint64_t one = 1;
	ssize_t n = write(agent.wake_fd, &one, sizeof(one));
	(void) n;   /* a full counter already wakes it */
}

/* Whether the process at the other end of conn is the export's target. */
static bool is_target(int conn, const share_entry *entry)
{
	struct ucred peer;
	socklen_t len = sizeof(peer);
	if (getsockopt(conn, SOL_SOCKET, SO_PEERCRED, &peer, &len) != 0 || peer.pid != entry->target) {
		return false;
	}
	/* The pid alone could be a new process that got the target's number after it exited. */
	unsigned long long start = 0;
	return entry->target_start == 0
		|| (process_start_time(peer.pid, &start) == 0 && start == entry->target_start);
}

/* Sends the answer to one importer: the descriptor with a grant, nothing with a refusal. */
static void answer(int conn, bool allowed, int shared_fd)
{

	char byte = allowed ? ANSWER_GRANT : ANSWER_REFUSE;
	struct iovec iov = { .iov_base = &byte, .iov_len = 1 };
	union {
		struct cmsghdr align;
		char buf[CMSG_SPACE(sizeof(int))];
	} control;
	struct msghdr msg;
	memset(&msg, 0, sizeof(msg));
	memset(&control, 0, sizeof(control));
	msg.msg_iov = &iov;
	msg.msg_iovlen = 1;
	if (allowed) {
		msg.msg_control = control.buf;
		msg.msg_controllen = sizeof(control.buf);
		struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
		cmsg->cmsg_level = SOL_SOCKET;
		cmsg->cmsg_type = SCM_RIGHTS;
		cmsg->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(cmsg), &shared_fd, sizeof(int));
	}
	/* Never blocks the agent: a fresh connection's buffer always has room for one byte. A failure
	 * means the importer has gone; nothing to do about it. */
	ssize_t sent = sendmsg(conn, &msg, MSG_DONTWAIT | MSG_NOSIGNAL);
	(void) sent;
}

/* Accepts and answers every importer waiting on entry's listener. Called with the lock held. */
static void serve(share_entry *entry)
{
	while (entry->listen_fd >= 0) {
		int conn = accept4(entry->listen_fd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
		if (conn < 0) {
			if (errno == EINTR || errno == ECONNABORTED) {
				continue;
			}
			return;   /* EAGAIN: nobody else waiting; anything else: the next poll says so again */
		}
		if (!is_target(conn, entry)) {
			answer(conn, false, -1);
			close(conn);
			continue;
		}
		/* One import per id. The name goes before the descriptor does, so once an import has
		 * returned, a second one is refused; importers still queued see the connection reset. */
		close_listener(entry->listen_fd);
		entry->listen_fd = -1;
		answer(conn, true, entry->shared_fd);
		close(conn);
		close(entry->shared_fd);
		entry->shared_fd = -1;
	}
}

/* Closes and frees revoked entries; true if there were any. Called with the lock held. */
static bool reap_revoked(void)
{
	bool any = false;
	share_entry **link = &agent.entries;
	while (*link != NULL) {
		share_entry *entry = *link;
		if (entry->revoked) {
			*link = entry->next;
			close_listener(entry->listen_fd);
			close_keep_errno(entry->shared_fd);
			free(entry);
			any = true;
		} else {
			link = &entry->next;
		}
	}
	return any;
}

static void *agent_main(void *unused __attribute__((unused)))
{
	struct pollfd spare[SPARE_POLL_SLOTS];
	pthread_mutex_lock(&agent.lock);
	agent.started = true;
	pthread_cond_broadcast(&agent.changed);
	for (;;) {
		if (reap_revoked()) {
			pthread_cond_broadcast(&agent.changed);
		}
		if (agent.stopping) {
			break;
		}
		size_t n = 1;   /* the wake fd, then every listener */
		for (share_entry *e = agent.entries; e != NULL; e = e->next) {
			n += e->listen_fd >= 0;
		}
		struct pollfd *fds = agent.fds;
		size_t cap = agent.fds_cap;
		if (n > cap) {
			struct pollfd *bigger = share_realloc(agent.fds, n * sizeof(*agent.fds));
			if (bigger != NULL) {
				agent.fds = fds = bigger;
				agent.fds_cap = cap = n;
			} else if (cap < SPARE_POLL_SLOTS) {
				fds = spare;
				cap = SPARE_POLL_SLOTS;
			}
		}
		size_t used = 0;
		fds[used++] = (struct pollfd) { .fd = agent.wake_fd, .events = POLLIN };
		for (share_entry *e = agent.entries; e != NULL && used < cap; e = e->next) {
			if (e->listen_fd >= 0) {
				fds[used++] = (struct pollfd) { .fd = e->listen_fd, .events = POLLIN };
			}
		}
		/* Listeners left out wait for the allocation to succeed: try again soon. */
		int timeout = n > cap ? ALLOC_RETRY_MS : -1;
		pthread_mutex_unlock(&agent.lock);

		int ready = poll(fds, used, timeout);

		pthread_mutex_lock(&agent.lock);
		if (ready <= 0) {
			continue;   /* EINTR, or the retry timeout */
		}
		if (fds[0].revents & POLLIN) {
			uint64_t count;
			ssize_t got = read(agent.wake_fd, &count, sizeof(count));
			(void) got;
		}
		for (size_t i = 1; i < used; i++) {
			if (fds[i].revents == 0) {
				continue;
			}
			/* Still there: only this thread closes listeners. Revoked ones are not served. */
			for (share_entry *e = agent.entries; e != NULL; e = e->next) {
				if (e->listen_fd == fds[i].fd && !e->revoked) {
					serve(e);
					break;
				}
			}
		}
	}
	free(agent.fds);
	agent.fds = NULL;
	agent.fds_cap = 0;
	pthread_mutex_unlock(&agent.lock);
	return NULL;
}

/* After fork() the child has no agent thread but copies of its descriptors: a copy of a listener
 * would keep the parent's id bound after the parent released it or exited, and queue importers
 * nobody answers. The child closes them all and owns no ids. */
static void atfork_prepare(void)
{
	pthread_mutex_lock(&agent.lock);
}

static void atfork_parent(void)
{
	pthread_mutex_unlock(&agent.lock);
}

static void atfork_child(void)
{
	share_entry *entry = agent.entries;
	while (entry != NULL) {
		share_entry *next = entry->next;
		close_keep_errno(entry->listen_fd);
		close_keep_errno(entry->shared_fd);
		free(entry);
		entry = next;
	}
	agent.entries = NULL;
	close_keep_errno(agent.wake_fd);
	agent.wake_fd = -1;
	agent.running = false;
	agent.started = false;
	agent.stopping = false;
	free(agent.fds);
	agent.fds = NULL;
	agent.fds_cap = 0;
	/* The agent may have been waiting on it: start the child's copy afresh. */
	pthread_cond_init(&agent.changed, NULL);
	pthread_mutex_unlock(&agent.lock);
}

static void register_atfork(void)
{
	pthread_atfork(atfork_prepare, atfork_parent, atfork_child);
}

/* Starts the agent thread with every signal blocked, so signals keep going to the program's
 * threads (PHP's handlers and timeouts run there). Called with the lock held. */
static int start_agent(void)
{
	int wake = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (wake < 0) {
		return -errno;
	}
	agent.wake_fd = wake;

	sigset_t all, old;
	sigfillset(&all);
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, AGENT_STACK_SIZE);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	int rc = pthread_create(&agent.thread, &attr, agent_main, NULL);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	pthread_attr_destroy(&attr);
	if (rc != 0) {
		close(wake);
		agent.wake_fd = -1;
		return -rc;
	}
	agent.running = true;
	/* Export returns once the thread's start-up (the C library's, a sanitizer's) is over: a fork()
	 * right after it then never copies a lock that start-up holds into a child that has no thread
	 * to release it (under ASan the child hung, spinning; its own code allocates under `lock`,
	 * which fork() takes first). */
	while (!agent.started) {
		pthread_cond_wait(&agent.changed, &agent.lock);
	}
	return 0;
}

/* Stops the agent once it has no ids left. Called with the lock held; returns with it held. */
static void stop_agent_if_idle(void)
{
	if (!agent.running || agent.entries != NULL || agent.stopping) {
		return;
	}
	agent.stopping = true;
	wake_agent();
	pthread_t thread = agent.thread;
	pthread_mutex_unlock(&agent.lock);
	pthread_join(thread, NULL);
	pthread_mutex_lock(&agent.lock);
	close(agent.wake_fd);
	agent.wake_fd = -1;
	agent.running = false;
	agent.started = false;
	agent.stopping = false;
	pthread_cond_broadcast(&agent.changed);
}

int sk_share_export(sk_share_owner owner, int fd, pid_t target, char *id, size_t id_size, char *err, size_t err_size)
{
	if (target <= 0) {
		set_err(err, err_size, "%d is not a process id", (int) target);
		return -EINVAL;
	}
	if (id_size < SK_SHARE_ID_SIZE) {
		set_err(err, err_size, "id buffer too small");
		return -EINVAL;
	}
	unsigned long long start;
	int rc = process_start_time(target, &start);
	if (rc < 0) {
		set_err(err, err_size, rc == -ESRCH ? "no process has pid %d" : "cannot tell when process %d started",
			(int) target);
		return rc;
	}
	pthread_once(&atfork_once, register_atfork);

	int shared = fcntl(fd, F_DUPFD_CLOEXEC, 0);
	if (shared < 0) {
		rc = -errno;
		set_err(err, err_size, "cannot duplicate the socket: %s", ERRNO_TEXT(-rc));
		return rc;
	}
	int listener = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (listener < 0) {
		rc = -errno;
		set_err(err, err_size, "cannot create the id's socket: %s", ERRNO_TEXT(-rc));
		close(shared);
		return rc;
	}
	char new_id[SK_SHARE_ID_SIZE];
	struct sockaddr_un addr;
	/* 128 random bits: a clash means a broken random source, so a few tries are plenty. */
	for (int attempt = 0; ; attempt++) {
		rc = make_id(new_id, sizeof(new_id));
		if (rc < 0) {
			set_err(err, err_size, "no random bytes for the id: %s", ERRNO_TEXT(-rc));
			break;
		}
		if (bind(listener, (struct sockaddr *) &addr, id_address(new_id, &addr)) == 0) {
			break;
		}
		rc = -errno;
		if (rc != -EADDRINUSE || attempt == 3) {
			set_err(err, err_size, "cannot bind the id's socket: %s", ERRNO_TEXT(-rc));
			break;
		}
	}
	if (rc == 0 && listen(listener, LISTEN_BACKLOG) != 0) {
		rc = -errno;
		set_err(err, err_size, "cannot listen on the id's socket: %s", ERRNO_TEXT(-rc));
	}
	share_entry *entry = NULL;
	if (rc == 0) {
		entry = share_realloc(NULL, sizeof(*entry));
		if (entry == NULL) {
			rc = -ENOMEM;
			set_err(err, err_size, "out of memory");
		} else {
			memset(entry, 0, sizeof(*entry));
		}
	}
	if (rc < 0) {
		close(listener);
		close(shared);
		return rc;
	}
	memcpy(entry->id, new_id, sizeof(new_id));
	entry->listen_fd = listener;
	entry->shared_fd = shared;
	entry->owner = owner;
	entry->target = target;
	entry->target_start = start;

	pthread_mutex_lock(&agent.lock);
	while (agent.stopping) {
		pthread_cond_wait(&agent.changed, &agent.lock);
	}
	if (!agent.running && (rc = start_agent()) < 0) {
		pthread_mutex_unlock(&agent.lock);
		set_err(err, err_size, "cannot start the thread that answers imports: %s", ERRNO_TEXT(-rc));
		close(listener);
		close(shared);
		free(entry);
		return rc;
	}
	entry->next = agent.entries;
	agent.entries = entry;
	wake_agent();
	pthread_mutex_unlock(&agent.lock);

	memcpy(id, new_id, sizeof(new_id));
	return 0;
}

static share_entry *find_entry(sk_share_owner owner, const char *id)
{
	for (share_entry *e = agent.entries; e != NULL; e = e->next) {
		if (e->owner == owner && strcmp(e->id, id) == 0) {
			return e;
		}
	}
	return NULL;
}

int sk_share_release(sk_share_owner owner, const char *id)
{
	pthread_mutex_lock(&agent.lock);
	share_entry *entry = find_entry(owner, id);
	if (entry == NULL || entry->revoked || !agent.running) {
		pthread_mutex_unlock(&agent.lock);
		return -ENOENT;
	}
	entry->revoked = true;
	wake_agent();
	/* Synchronous: once release returns, the name is unbound and an import is refused. */
	while (find_entry(owner, id) != NULL) {
		pthread_cond_wait(&agent.changed, &agent.lock);
	}
	stop_agent_if_idle();
	pthread_mutex_unlock(&agent.lock);
	return 0;
}

static bool owner_has_entries(sk_share_owner owner)
{
	for (share_entry *e = agent.entries; e != NULL; e = e->next) {
		if (e->owner == owner) {
			return true;
		}
	}
	return false;
}

void sk_share_release_all(sk_share_owner owner)
{
	pthread_mutex_lock(&agent.lock);
	if (agent.running) {
		bool any = false;
		for (share_entry *e = agent.entries; e != NULL; e = e->next) {
			if (e->owner == owner) {
				e->revoked = true;
				any = true;
			}
		}
		if (any) {
			wake_agent();
			/* Only our own: other owners may keep exporting meanwhile. */
			while (owner_has_entries(owner)) {
				pthread_cond_wait(&agent.changed, &agent.lock);
			}
		}
		stop_agent_if_idle();
	}
	pthread_mutex_unlock(&agent.lock);
}

size_t sk_share_count(sk_share_owner owner)
{
	size_t n = 0;
	pthread_mutex_lock(&agent.lock);
	for (share_entry *e = agent.entries; e != NULL; e = e->next) {
		n += e->owner == owner;
	}
	pthread_mutex_unlock(&agent.lock);
	return n;
}

int sk_share_agent_running(void)
{
	pthread_mutex_lock(&agent.lock);
	int running = agent.running;
	pthread_mutex_unlock(&agent.lock);
	return running;
}

static int import_failed(int fd, int rc)
{
	close_keep_errno(fd);
	return rc;
}

int sk_share_import(const char *id, int timeout_ms, int *fd_out, char *err, size_t err_size)
{
	pid_t exporter;
	if (!parse_id(id, &exporter)) {
		set_err(err, err_size, "not an id made by socket_wsaprotocol_info_export()");
		return -EINVAL;
	}
	int conn = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (conn < 0) {
		int rc = -errno;
		set_err(err, err_size, "cannot create a socket: %s", ERRNO_TEXT(-rc));
		return rc;
	}
	/* Bounds connect() (full backlog) and recvmsg() (an exporter that does not answer). */
	struct timeval tv = { .tv_sec = timeout_ms / 1000, .tv_usec = (timeout_ms % 1000) * 1000 };
	setsockopt(conn, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	setsockopt(conn, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));

	struct sockaddr_un addr;
	socklen_t addr_len = id_address(id, &addr);
	int rc;
	do {
		rc = connect(conn, (struct sockaddr *) &addr, addr_len);
	} while (rc != 0 && errno == EINTR);
	if (rc != 0) {
		rc = -errno;
		if (rc == -ECONNREFUSED || rc == -ENOENT) {
			if (kill(exporter, 0) != 0 && errno == ESRCH) {
				set_err(err, err_size, "the exporting process (pid %d) has exited", (int) exporter);
			} else {
				set_err(err, err_size, "no socket is exported under this id (released or imported already)");
			}
			return import_failed(conn, -ECONNREFUSED);
		}
		if (rc == -EAGAIN || rc == -EINPROGRESS) {
			set_err(err, err_size, "the exporting process (pid %d) did not answer within %d ms", (int) exporter, timeout_ms);
			return import_failed(conn, -ETIMEDOUT);
		}
		set_err(err, err_size, "cannot connect to the exporting process: %s", ERRNO_TEXT(-rc));
		return import_failed(conn, rc);
	}

	/* Anyone can bind a released id's name again: only the exporter's answer counts. */
	struct ucred peer = { 0, 0, 0 };
	socklen_t peer_len = sizeof(peer);
	if (getsockopt(conn, SOL_SOCKET, SO_PEERCRED, &peer, &peer_len) != 0 || peer.pid != exporter) {
		set_err(err, err_size, "the id's address is held by process %d, not by the exporter (pid %d)",
			(int) peer.pid, (int) exporter);
		return import_failed(conn, -EPROTO);
	}

	char byte = 0;
	struct iovec iov = { .iov_base = &byte, .iov_len = 1 };
	union {
		struct cmsghdr align;
		char buf[CMSG_SPACE(sizeof(int) * 4)];
	} control;
	struct msghdr msg;
	memset(&msg, 0, sizeof(msg));
	msg.msg_iov = &iov;
	msg.msg_iovlen = 1;
	msg.msg_control = control.buf;
	msg.msg_controllen = sizeof(control.buf);
	ssize_t got;
	do {
		got = recvmsg(conn, &msg, MSG_CMSG_CLOEXEC);
	} while (got < 0 && errno == EINTR);
	rc = got < 0 ? -errno : 0;
	close(conn);

	int received = -1;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); got > 0 && c != NULL; c = CMSG_NXTHDR(&msg, c)) {
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
			size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
			for (size_t i = 0; i < count; i++) {
				int fd;
				memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof(int));
				if (received < 0) {
					received = fd;
				} else {
					close(fd);   /* never more than one from our agent; do not leak others */
				}
			}
		}
	}

	if (got < 0) {
		if (rc == -EAGAIN) {
			set_err(err, err_size, "the exporting process (pid %d) did not answer within %d ms", (int) exporter, timeout_ms);
			return -ETIMEDOUT;
		}
		if (rc == -ECONNRESET) {
			set_err(err, err_size, "the id was imported or released while waiting");
			return -ECONNRESET;
		}
		set_err(err, err_size, "cannot receive from the exporting process: %s", ERRNO_TEXT(-rc));
		return rc;
	}
	if (got == 0) {
		set_err(err, err_size, "the id was imported or released while waiting");
		return import_failed(received, -ECONNRESET);
	}
	if (byte == ANSWER_REFUSE) {
		set_err(err, err_size, "the id was exported for another process");
		return import_failed(received, -EPERM);
	}
	if (byte != ANSWER_GRANT || received < 0) {
		set_err(err, err_size, "unexpected answer from the exporting process");
		return import_failed(received, -EPROTO);
	}
	/* Like every other Socket's descriptor, inherited by programs the importer executes. */
	int flags = fcntl(received, F_GETFD);
	if (flags >= 0) {
		fcntl(received, F_SETFD, flags & ~FD_CLOEXEC);
	}
	*fd_out = received;
	return 0;
}
