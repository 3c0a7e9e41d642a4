/* SPDX-License-Identifier: BSD-3-Clause */
/* sk_share: handing an open socket to another process by an id (socket_wsaprotocol_info_* on Linux).
 *
 * Export dups the socket and binds a listening AF_UNIX socket in the abstract namespace named after a
 * fresh id "sockets-ng:<exporter pid>:<32 hex digits from getrandom>". An agent thread in the exporting
 * process answers every export's listener, so it answers while the program is blocked in accept() or
 * poll(): it accepts, checks the peer's SO_PEERCRED pid (and that process's start time) against the
 * target given at export, and sends the descriptor with SCM_RIGHTS, or a refusal. An id serves one
 * successful import: then its listener and dup are closed (as on Windows, where a WSAPROTOCOL_INFO is
 * used once). Release closes them too and forgets the id; the thread ends with the last id. Abstract
 * names vanish with the process, so nothing outlives the exporter. After fork() the child closes its
 * copies of the agent's descriptors and owns no ids.
 *
 * All functions return 0 or -errno and, on failure, put a sentence saying why into err. */
#ifndef SK_SHARE_H
#define SK_SHARE_H

#include <stddef.h>
#include <sys/types.h>

/* "sockets-ng:" + up to 10 digits + ":" + 32 hex digits + NUL fits. */
#define SK_SHARE_ID_SIZE 64

/* How long an import waits for the exporter's answer by default (connect and receive each). */
#define SK_SHARE_IMPORT_TIMEOUT_MS 5000

/* Every id belongs to the owner that exported it, and only that owner releases it. An owner is any
 * address that stands for one user of this code for as long as it holds ids: in PHP, the request
 * (with a thread-safe PHP several requests, in several threads, export at once, and the end of one
 * must not revoke another's ids). */
typedef const void *sk_share_owner;

/* Exports fd for the process target (which must exist): writes the id into id (SK_SHARE_ID_SIZE
 * bytes). fd stays the caller's; the export holds its own duplicate until import or release. */
int sk_share_export(sk_share_owner owner, int fd, pid_t target, char *id, size_t id_size,
	char *err, size_t err_size);

/* Imports the socket exported under id: on success *fd_out is a new descriptor (not close-on-exec)
 * for the same open socket. Waits at most timeout_ms for the exporter to connect and to answer. */
int sk_share_import(const char *id, int timeout_ms, int *fd_out, char *err, size_t err_size);

/* Revokes an id owner exported (imported already or not). -ENOENT if owner has no such id. */
int sk_share_release(sk_share_owner owner, const char *id);

/* Revokes every id of owner (end of request); the agent thread stops with the last id of all. */
void sk_share_release_all(sk_share_owner owner);

/* Ids owner holds (not yet released), and whether the agent thread runs: for tests. */
size_t sk_share_count(sk_share_owner owner);
int sk_share_agent_running(void);

/* For tests: every allocation of this code goes through fn (realloc's contract; what it returns is
 * freed with free()), so that a test can make them fail; NULL restores realloc. */
void sk_share_set_allocator(void *(*fn)(void *ptr, size_t size));

#endif
