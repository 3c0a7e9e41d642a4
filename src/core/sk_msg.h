/* SPDX-License-Identifier: BSD-3-Clause */
/* Message conversion for socket_sendmsg, socket_recvmsg and socket_cmsg_space.
 *
 * The caller's message array is read through an sk_msg_reader: the PHP binding maps it onto zvals, the unit tests
 * and the fuzz harness onto small value trees of their own. So every rule about the array's shape (keys, types,
 * ranges, the order in which they are checked, the words of each error) lives here, in plain C, and is tested and
 * fuzzed without PHP.
 *
 * Errors read as the bundled extension words them: "error converting user data (path: msghdr > control >
 * element #0 > data): expected an array here". The path is kept as a stack of segments while the conversion
 * walks the array. */
#ifndef SK_MSG_H
#define SK_MSG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <netinet/in.h>

#include "sk_addr.h"

/* A value of the caller's array; only the reader knows what it is. */
typedef struct sk_msg_value sk_msg_value;

typedef enum sk_msg_int_status {
	SK_MSG_INT_OK = 0,
	SK_MSG_INT_NOT_NUMERIC,     /* a string (or an object's string) that is not a number; *text holds it */
	SK_MSG_INT_NOT_CONVERTIBLE, /* arrays, null, booleans, resources */
	SK_MSG_INT_ABORTED          /* the reader raised an error of its own (a PHP exception): stop quietly */
} sk_msg_int_status;

typedef enum sk_msg_fd_status {
	SK_MSG_FD_OK = 0,
	SK_MSG_FD_WRONG_KIND,    /* neither a socket object nor a stream */
	SK_MSG_FD_NOT_STREAM,    /* a resource of another type (or a closed one) */
	SK_MSG_FD_CLOSED_SOCKET,
	SK_MSG_FD_NO_LONGER_OPEN, /* a socket whose descriptor is gone (its stream closed): sent as -1,
	                             so the kernel answers as for any descriptor no longer open (EBADF) */
	SK_MSG_FD_CAST_FAILED,   /* a stream without a descriptor (php://memory); the reader has said why */
	SK_MSG_FD_ABORTED
} sk_msg_fd_status;

typedef struct sk_msg_reader {
	void *ctx;
	bool (*is_array)(void *ctx, const sk_msg_value *value);
	/* NULL when the array has no such key. */
	const sk_msg_value *(*find)(void *ctx, const sk_msg_value *array, const char *key);
	uint32_t (*count)(void *ctx, const sk_msg_value *array);
	/* The array's values in order; *pos starts at 0, NULL after the last. */
	const sk_msg_value *(*next)(void *ctx, const sk_msg_value *array, uint32_t *pos);
	/* Whether the value already is an integer / a string (no conversion would happen). */
	bool (*is_integer)(void *ctx, const sk_msg_value *value);
	bool (*is_string)(void *ctx, const sk_msg_value *value);
	sk_msg_int_status (*to_integer)(void *ctx, const sk_msg_value *value, int64_t *out, const char **text);
	/* The value as bytes, NUL-terminated, valid until the conversion is released. false: aborted. */
	bool (*to_bytes)(void *ctx, const sk_msg_value *value, const char **bytes, size_t *len);
	sk_msg_fd_status (*to_fd)(void *ctx, const sk_msg_value *value, int *fd);
	/* Every value find and next hand out stays valid, as it was when handed out, until the conversion is
	 * released, whatever code the reader runs meanwhile (to_integer, to_bytes and to_fd may run PHP code
	 * that changes or frees the caller's arrays): the PHP reader holds a reference to each. */
	/* Resolves a host for AF_INET (out: struct in_addr) or AF_INET6 (out: struct in6_addr); false when it
	 * cannot (the reader reports the lookup failure itself, before the conversion error). */
	bool (*resolve)(void *ctx, int family, const char *host, void *out);
	/* Word errors as PHP 8.4's extension does (false: as 8.2's): 8.4 names a non-string IPv6 address
	 * by its converted text ('Array', '1') where 8.2 says '', and says "the path is must not be
	 * empty" where 8.2 says "the path is cannot be empty". */
	bool php84_texts;
} sk_msg_reader;

typedef struct sk_msg_error {
	bool failed;
	bool aborted;        /* the reader raised its own error: nothing more to report */
	char *message;       /* the whole text, however long the quoted value (malloc'd; NULL if memory ran out) */
} sk_msg_error;

/* The message, or a fixed text when there is none; valid until sk_msg_error_release. */
const char *sk_msg_error_text(const sk_msg_error *err);
/* Frees the message. Call after every failed conversion (and after sk_msg_error_set). */
void sk_msg_error_release(sk_msg_error *err);
/* A failure described by the caller (errors found outside the conversion, e.g. while building results). */
void sk_msg_error_set(sk_msg_error *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- socket_sendmsg ---- */

typedef struct sk_msg_send {
	struct msghdr hdr;
	sk_sockaddr name;
	struct iovec *iov;
	unsigned char *control;
	/* SCM_RIGHTS carries duplicates made when each descriptor was read, so that closing the original while
	 * the rest of the message is converted (PHP code can) cannot put an unrelated file in its place. */
	int *owned_fds;
	size_t owned_count, owned_cap;
} sk_msg_send;

/* Builds a msghdr from the caller's message array for a socket of the given family. Control elements are
 * converted one at a time, each completely (level, type, data) before the next is read, as the bundled
 * extension does: that decides which error comes first.
 * Returns 0, or -1 with err filled. Call sk_msg_send_release in both cases (and sk_msg_error_release on -1). */
int sk_msg_send_from_value(sk_msg_send *out, const sk_msg_reader *reader, const sk_msg_value *message,
	int socket_family, sk_msg_error *err);
void sk_msg_send_release(sk_msg_send *msg);

/* IPV6_PKTINFO's array ({addr, ifindex}) alone, as socket_set_option takes it; the path starts at
 * "in6_pktinfo". 0, or -1 with err filled. */
int sk_msg_pktinfo_from_value(struct in6_pktinfo *out, const sk_msg_reader *reader, const sk_msg_value *value,
	sk_msg_error *err);

/* ---- socket_recvmsg ---- */

/* Without a "buffer_size" key, recvmsg reads into 8 KiB, as the bundled extension does. */
#define SK_MSG_DEFAULT_BUFFER_SIZE 8192
#define SK_MSG_MAX_BUFFER_SIZE (100 * 1024 * 1024)
/* "controllen" may be up to 4 GiB; the kernel never hands back more than a few KiB of control data (fds per
 * message are capped at 253, the rest are fixed-size structures), so the buffer is capped here. */
#define SK_MSG_MAX_CONTROL_ALLOC (64 * 1024)

typedef struct sk_msg_recv_request {
	bool want_name;
	size_t buffer_size;
	size_t controllen;
} sk_msg_recv_request;

/* Reads "name", "buffer_size" and "controllen" of the caller's array for a socket of socket_family
 * (a "name" is refused for a family other than AF_INET, AF_INET6, AF_UNIX). 0, or -1 with err filled. */
int sk_msg_recv_request_from_value(sk_msg_recv_request *out, const sk_msg_reader *reader,
	const sk_msg_value *message, int socket_family, sk_msg_error *err);

typedef struct sk_msg_recv {
	struct msghdr hdr;
	sk_sockaddr name;
	struct iovec iov;
	unsigned char *control;
} sk_msg_recv;

/* Prepares a msghdr for the request, receiving into buffer (request->buffer_size bytes, owned by the caller).
 * 0, or -1 when memory runs out. Call sk_msg_recv_release after. */
int sk_msg_recv_prepare(sk_msg_recv *msg, const sk_msg_recv_request *request, void *buffer);
void sk_msg_recv_release(sk_msg_recv *msg);

typedef enum sk_cmsg_kind {
	SK_CMSG_RIGHTS,
	SK_CMSG_CREDENTIALS,
	SK_CMSG_IPV6_PKTINFO,
	SK_CMSG_IPV6_HOPLIMIT,
	SK_CMSG_IPV6_TCLASS
} sk_cmsg_kind;

/* One control message received, decoded. */
typedef struct sk_cmsg_item {
	int level;
	int type;
	sk_cmsg_kind kind;
	const unsigned char *fds; /* SK_CMSG_RIGHTS: fd_count ints, unaligned; read them with sk_cmsg_fd() */
	size_t fd_count;
	struct {
		int64_t pid, uid, gid;
	} cred;
	struct in6_addr addr;     /* SK_CMSG_IPV6_PKTINFO */
	unsigned ifindex;
	int value;                /* SK_CMSG_IPV6_HOPLIMIT, SK_CMSG_IPV6_TCLASS */
} sk_cmsg_item;

typedef struct sk_cmsg_cursor {
	const struct msghdr *hdr;
	struct cmsghdr *next;
	unsigned index;
} sk_cmsg_cursor;

void sk_cmsg_cursor_init(sk_cmsg_cursor *cursor, const struct msghdr *hdr);
/* 1 and *item filled, 0 at the end, -1 with err filled ("error converting native data ..."). */
int sk_cmsg_next(sk_cmsg_cursor *cursor, sk_cmsg_item *item, sk_msg_error *err);
int sk_cmsg_fd(const sk_cmsg_item *item, size_t i);
/* Closes every descriptor received in SCM_RIGHTS messages the cursor has not handed out yet. */
void sk_cmsg_close_remaining(sk_cmsg_cursor *cursor);

/* ---- socket_cmsg_space ---- */

/* CMSG_SPACE for count items of (level, type); -1 when the pair is not one we convert. */
int64_t sk_cmsg_space(int level, int type, int count);

#endif
