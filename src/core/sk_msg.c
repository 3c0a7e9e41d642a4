/* SPDX-License-Identifier: BSD-3-Clause */
/* Message conversion for socket_sendmsg / socket_recvmsg: see sk_msg.h.
 *
 * Structures are described by tables of fields (key, required, handler); convert_fields walks a table in order,
 * which is also the order in which errors are found, as in the bundled extension. */
#include "sk_msg.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <net/if.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PATH_DEPTH 8
#define SEGMENT_SIZE 32

typedef struct conv {
	const sk_msg_reader *r;
	sk_msg_error *err;
	const char *direction; /* "user" (PHP array to native) or "native" (kernel to PHP array) */
	char path[PATH_DEPTH][SEGMENT_SIZE];
	unsigned depth;
} conv;

static void conv_init(conv *c, const sk_msg_reader *r, sk_msg_error *err, const char *direction)
{
	c->r = r;
	c->err = err;
	c->direction = direction;
	c->depth = 0;
	err->failed = false;
	err->aborted = false;
	err->message = NULL;
}

/* printf into a new string of the size it needs; NULL when memory runs out. */
static char *format_new(const char *fmt, va_list ap)
{
	va_list again;
	va_copy(again, ap);
	int len = vsnprintf(NULL, 0, fmt, ap);
	char *out = len < 0 ? NULL : malloc((size_t) len + 1);
	if (out != NULL) {
		vsnprintf(out, (size_t) len + 1, fmt, again);
	}
	va_end(again);
	return out;
}

const char *sk_msg_error_text(const sk_msg_error *err)
{
	return err->message != NULL ? err->message : "out of memory while describing a conversion error";
}

void sk_msg_error_release(sk_msg_error *err)
{
	free(err->message);
	err->message = NULL;
}

void sk_msg_error_set(sk_msg_error *err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	free(err->message);
	err->message = format_new(fmt, ap);
	va_end(ap);
	err->failed = true;
	err->aborted = false;
}

static void push(conv *c, const char *fmt, ...)
{
	va_list ap;
	/* Deeper than any structure we convert; a deeper push would be a bug, keep the path short rather than
	 * write past it. */
	if (c->depth == PATH_DEPTH) {
		return;
	}
	va_start(ap, fmt);
	vsnprintf(c->path[c->depth++], SEGMENT_SIZE, fmt, ap);
	va_end(ap);
}

static void pop(conv *c)
{
	if (c->depth > 0) {
		c->depth--;
	}
}

static bool failed(const conv *c)
{
	return c->err->failed;
}

/* Records the first error. The detail quotes the caller's values whole (a host name, a non-numeric string),
 * so it is as long as it needs to be. */
static void fail(conv *c, const char *fmt, ...)
{
	char path[PATH_DEPTH * (SEGMENT_SIZE + 3)];
	size_t used = 0;
	va_list ap;

	if (c->err->failed) {
		return; /* the first error is the one reported */
	}
	path[0] = '\0';
	for (unsigned i = 0; i < c->depth && used < sizeof(path); i++) {
		used += (size_t) snprintf(path + used, sizeof(path) - used, i == 0 ? "%s" : " > %s", c->path[i]);
	}
	va_start(ap, fmt);
	char *detail = format_new(fmt, ap);
	va_end(ap);
	if (detail != NULL) {
		sk_msg_error_set(c->err, "error converting %s data (path: %s): %s", c->direction, path, detail);
		free(detail);
	}
	c->err->failed = true;
}

static void abort_quietly(conv *c)
{
	c->err->failed = true;
	c->err->aborted = true;
}

/* ---- scalars ---- */

static bool read_integer(conv *c, const sk_msg_value *v, int64_t *out)
{
	const char *text = "";
	switch (c->r->to_integer(c->r->ctx, v, out, &text)) {
		case SK_MSG_INT_OK:
			return true;
		case SK_MSG_INT_NOT_NUMERIC:
			fail(c, "expected an integer, but got a non numeric string (possibly from a converted object): '%s'",
				text);
			return false;
		case SK_MSG_INT_NOT_CONVERTIBLE:
			fail(c, "expected an integer, either of a PHP integer type or of a convertible type");
			return false;
		default:
			abort_quietly(c);
			return false;
	}
}

/* An integer within [min, max]; what names the native type in the error. */
static bool read_ranged(conv *c, const sk_msg_value *v, int64_t min, int64_t max, const char *what, int64_t *out)
{
	if (!read_integer(c, v, out)) {
		return false;
	}
	if (*out < min || *out > max) {
		fail(c, "given PHP integer is out of bounds for %s", what);
		return false;
	}
	return true;
}

static bool read_native_int(conv *c, const sk_msg_value *v, int *out)
{
	int64_t value;
	if (!read_ranged(c, v, INT_MIN, INT_MAX, "a native int", &value)) {
		return false;
	}
	*out = (int) value;
	return true;
}

static bool read_uint32(conv *c, const sk_msg_value *v, uint32_t *out)
{
	int64_t value;
	if (!read_ranged(c, v, 0, UINT32_MAX, "an unsigned 32-bit integer", &value)) {
		return false;
	}
	*out = (uint32_t) value;
	return true;
}

static bool read_bytes(conv *c, const sk_msg_value *v, const char **bytes, size_t *len)
{
	if (!c->r->to_bytes(c->r->ctx, v, bytes, len)) {
		abort_quietly(c);
		return false;
	}
	return true;
}

static bool expect_array(conv *c, const sk_msg_value *v)
{
	if (!c->r->is_array(c->r->ctx, v)) {
		fail(c, "expected an array here");
		return false;
	}
	return true;
}

/* ---- structures as tables of fields ---- */

typedef void (*field_handler)(conv *c, const sk_msg_value *v, void *target);

typedef struct field {
	const char *key;
	bool required;
	field_handler handle;
} field;

/* Converts the listed keys of an array in table order. The array itself must have been checked. */
static void convert_fields(conv *c, const sk_msg_value *array, const field *fields, void *target)
{
	for (const field *f = fields; f->key != NULL && !failed(c); f++) {
		const sk_msg_value *v = c->r->find(c->r->ctx, array, f->key);
		if (v == NULL) {
			if (f->required) {
				fail(c, "The key '%s' is required", f->key);
			}
			continue;
		}
		push(c, "%s", f->key);
		f->handle(c, v, target);
		pop(c);
	}
}

/* ---- addresses ---- */

static void resolve_host(conv *c, const sk_msg_value *v, int family, void *out)
{
	const char *host;
	size_t len;
	if (!read_bytes(c, v, &host, &len)) {
		return;
	}
	if (!c->r->resolve(c->r->ctx, family, host, out)) {
		/* For IPv6 8.2's bundled extension names the value as it was given, which for anything but a
		 * string reads as '' (or crashes it: null); the converted text is what it means for IPv4 only.
		 * 8.4's names the converted text for both. */
		fail(c, "could not resolve address '%s' to get an %s address",
			family == AF_INET || c->r->php84_texts || c->r->is_string(c->r->ctx, v) ? host : "",
			family == AF_INET ? "AF_INET" : "AF_INET6");
	}
}

static void in4_addr(conv *c, const sk_msg_value *v, void *target)
{
	resolve_host(c, v, AF_INET, &((struct sockaddr_in *) target)->sin_addr);
}

static void inet_port(conv *c, const sk_msg_value *v, void *target)
{
	int64_t port;
	if (read_ranged(c, v, 0, UINT16_MAX, "an unsigned 16-bit integer", &port)) {
		/* sin_port and sin6_port share their offset. */
		((struct sockaddr_in *) target)->sin_port = htons((uint16_t) port);
	}
}

static void in6_addr_field(conv *c, const sk_msg_value *v, void *target)
{
	resolve_host(c, v, AF_INET6, &((struct sockaddr_in6 *) target)->sin6_addr);
}

static void in6_flowinfo(conv *c, const sk_msg_value *v, void *target)
{
	read_uint32(c, v, &((struct sockaddr_in6 *) target)->sin6_flowinfo);
}

static void in6_scope_id(conv *c, const sk_msg_value *v, void *target)
{
	read_uint32(c, v, &((struct sockaddr_in6 *) target)->sin6_scope_id);
}

typedef struct unix_target {
	struct sockaddr_un *un;
	socklen_t *len;
} unix_target;

static void unix_path(conv *c, const sk_msg_value *v, void *target)
{
	unix_target *t = target;
	const char *path;
	size_t len;
	if (!read_bytes(c, v, &path, &len)) {
		return;
	}
	if (len == 0) {
		/* Both wordings are the bundled extension's, ungrammatical as they are. */
		fail(c, c->r->php84_texts ? "the path is must not be empty" : "the path is cannot be empty");
		return;
	}
	if (sk_addr_unix(t->un, t->len, path, len) != 0) {
		fail(c, "the path is too long, the maximum permitted length is %zu", SK_UNIX_PATH_MAX - 1);
	}
}

static const field in4_fields[] = {
	{"addr", false, in4_addr},
	{"port", false, inet_port},
	{NULL, false, NULL}
};

static const field in6_fields[] = {
	{"addr", false, in6_addr_field},
	{"port", false, inet_port},
	{"flowinfo", false, in6_flowinfo},
	{"scope_id", false, in6_scope_id},
	{NULL, false, NULL}
};

static const field unix_fields[] = {
	{"path", false, unix_path},
	{NULL, false, NULL}
};

/* "name": a sockaddr whose family is the "family" key or else the socket's own. */
static void sockaddr_from_value(conv *c, const sk_msg_value *v, int socket_family, sk_sockaddr *addr,
	socklen_t *len)
{
	const sk_msg_value *family_value;
	int family = socket_family;

	if (!expect_array(c, v)) {
		return;
	}
	family_value = c->r->find(c->r->ctx, v, "family");
	if (family_value != NULL) {
		push(c, "family");
		bool ok = read_native_int(c, family_value, &family);
		pop(c);
		if (!ok) {
			return;
		}
	}
	memset(addr, 0, sizeof(*addr));
	switch (family) {
		case AF_INET:
			/* An IPv6 socket sends to IPv4 addresses too (v4-mapped). */
			if (socket_family != AF_INET && socket_family != AF_INET6) {
				fail(c, "the specified family (number %d) is not supported on this socket", family);
				return;
			}
			addr->in4.sin_family = AF_INET;
			*len = sizeof(addr->in4);
			convert_fields(c, v, in4_fields, &addr->in4);
			return;
		case AF_INET6:
			if (socket_family != AF_INET6) {
				fail(c, "the specified family (AF_INET6) is not supported on this socket");
				return;
			}
			addr->in6.sin6_family = AF_INET6;
			*len = sizeof(addr->in6);
			convert_fields(c, v, in6_fields, &addr->in6);
			return;
		case AF_UNIX: {
			if (socket_family != AF_UNIX) {
				fail(c, "the specified family (AF_UNIX) is not supported on this socket");
				return;
			}
			unix_target t = {&addr->un, len};
			addr->un.sun_family = AF_UNIX;
			/* Without a path the bundled extension sends to the abstract name of one NUL byte. */
			*len = (socklen_t) (offsetof(struct sockaddr_un, sun_path) + 1);
			convert_fields(c, v, unix_fields, &t);
			return;
		}
		default:
			fail(c, "the only families currently supported are AF_INET, AF_INET6 and AF_UNIX");
			return;
	}
}

/* ---- control messages (sending) ---- */

typedef struct cmsg_type cmsg_type;

/* Writes the data of one control message; data has room for the size the type asked for. Descriptors written
 * are owned by msg. */
typedef void (*cmsg_writer)(conv *c, const sk_msg_value *v, unsigned char *data, size_t size, sk_msg_send *msg);
/* How many data bytes the value needs; false with an error when it cannot say. */
typedef bool (*cmsg_sizer)(conv *c, const sk_msg_value *v, size_t *size);

struct cmsg_type {
	int level;
	int type;
	sk_cmsg_kind kind;
	size_t fixed_size;    /* data size, or the size of one item for variable-length types */
	cmsg_sizer size_of;   /* NULL for fixed-size types */
	cmsg_writer write;
};

static bool rights_size(conv *c, const sk_msg_value *v, size_t *size)
{
	uint32_t count;
	if (!expect_array(c, v)) {
		return false;
	}
	count = c->r->count(c->r->ctx, v);
	if (count == 0) {
		fail(c, "expected at least one element in this array");
		return false;
	}
	*size = (size_t) count * sizeof(int);
	return true;
}

/* A duplicate of fd that msg owns (closed by sk_msg_send_release); -1 with the error recorded. The
 * duplicate keeps the file that fd names now, should code run by a later conversion close fd and
 * its number be reused. At the descriptor limit there is no room for it: fd itself is sent then, as
 * the bundled extension always does (it holds no duplicate, and sends where a failure here would not). */
static int own_duplicate(conv *c, sk_msg_send *msg, int fd)
{
	if (msg->owned_count == msg->owned_cap) {
		size_t cap = msg->owned_cap ? msg->owned_cap * 2 : 8;
		int *grown = realloc(msg->owned_fds, cap * sizeof(*grown));
		if (grown == NULL) {
			fail(c, "out of memory");
			return -1;
		}
		msg->owned_fds = grown;
		msg->owned_cap = cap;
	}
	int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
	if (copy < 0 && errno == EMFILE) {
		return fd;
	}
	if (copy < 0) {
		fail(c, "could not duplicate file descriptor %d: %s (errno %d)", fd, strerror(errno), errno);
		return -1;
	}
	msg->owned_fds[msg->owned_count++] = copy;
	return copy;
}

static void rights_write(conv *c, const sk_msg_value *v, unsigned char *data, size_t size, sk_msg_send *msg)
{
	uint32_t pos = 0;
	/* The bundled extension numbers the descriptors from 1 in its error paths. */
	unsigned number = 1;
	const sk_msg_value *elem;

	while ((elem = c->r->next(c->r->ctx, v, &pos)) != NULL && !failed(c)) {
		int fd = -1;
		if ((size_t) (number - 1) * sizeof(int) >= size) {
			break; /* the array grew since it was counted: cannot happen with PHP arrays, do not overrun */
		}
		push(c, "element #%u", number);
		switch (c->r->to_fd(c->r->ctx, elem, &fd)) {
			case SK_MSG_FD_OK:
				/* The descriptor as it is now: later conversions may close the original and reuse its number. */
				fd = own_duplicate(c, msg, fd);
				if (fd >= 0) {
					memcpy(data + (size_t) (number - 1) * sizeof(int), &fd, sizeof(int));
				}
				break;
			case SK_MSG_FD_NO_LONGER_OPEN:
				/* -1, not a number another file may have taken since. */
				fd = -1;
				memcpy(data + (size_t) (number - 1) * sizeof(int), &fd, sizeof(int));
				break;
			case SK_MSG_FD_WRONG_KIND:
				fail(c, "expected a Socket object or a stream resource");
				break;
			case SK_MSG_FD_NOT_STREAM:
				fail(c, "resource is not a stream");
				break;
			case SK_MSG_FD_CLOSED_SOCKET:
				fail(c, "socket is already closed");
				break;
			case SK_MSG_FD_CAST_FAILED:
				fail(c, "cast stream to file descriptor failed");
				break;
			default:
				abort_quietly(c);
				break;
		}
		pop(c);
		number++;
	}
}

typedef struct cred_target {
	int64_t pid, uid, gid;
} cred_target;

static void cred_pid(conv *c, const sk_msg_value *v, void *target)
{
	read_ranged(c, v, 0, INT32_MAX, "a pid_t value", &((cred_target *) target)->pid);
}

static void cred_uid(conv *c, const sk_msg_value *v, void *target)
{
	read_ranged(c, v, 0, UINT32_MAX, "a uid_t value", &((cred_target *) target)->uid);
}

static void cred_gid(conv *c, const sk_msg_value *v, void *target)
{
	/* gid_t has the size of uid_t; the bundled extension words both the same. */
	read_ranged(c, v, 0, UINT32_MAX, "a uid_t value", &((cred_target *) target)->gid);
}

static const field cred_fields[] = {
	{"pid", true, cred_pid},
	{"uid", true, cred_uid},
	{"gid", true, cred_gid},
	{NULL, false, NULL}
};

static void credentials_write(conv *c, const sk_msg_value *v, unsigned char *data, size_t size, sk_msg_send *msg)
{
	cred_target t = {0, 0, 0};
	struct ucred cred;
	(void) size;
	(void) msg;
	if (!expect_array(c, v)) {
		return;
	}
	convert_fields(c, v, cred_fields, &t);
	if (failed(c)) {
		return;
	}
	cred.pid = (pid_t) t.pid;
	cred.uid = (uid_t) t.uid;
	cred.gid = (gid_t) t.gid;
	memcpy(data, &cred, sizeof(cred));
}

static void pktinfo_addr(conv *c, const sk_msg_value *v, void *target)
{
	resolve_host(c, v, AF_INET6, &((struct in6_pktinfo *) target)->ipi6_addr);
}

/* An interface index as a number, or an interface name. */
static void pktinfo_ifindex(conv *c, const sk_msg_value *v, void *target)
{
	struct in6_pktinfo *info = target;
	if (c->r->is_integer(c->r->ctx, v)) {
		int64_t index = 0;
		read_integer(c, v, &index);
		if (!failed(c) && (index < 0 || index > (int64_t) UINT_MAX)) {
			fail(c, "the interface index cannot be negative or larger than %u; given %lld", UINT_MAX,
				(long long) index);
			return;
		}
		info->ipi6_ifindex = (unsigned) index;
		return;
	}
	const char *name;
	size_t len;
	if (!read_bytes(c, v, &name, &len)) {
		return;
	}
	info->ipi6_ifindex = if_nametoindex(name);
	if (info->ipi6_ifindex == 0) {
		fail(c, "no interface with name \"%s\" could be found", name);
	}
}

static const field pktinfo_fields[] = {
	{"addr", true, pktinfo_addr},
	{"ifindex", true, pktinfo_ifindex},
	{NULL, false, NULL}
};

static void pktinfo_write(conv *c, const sk_msg_value *v, unsigned char *data, size_t size, sk_msg_send *msg)
{
	struct in6_pktinfo info;
	(void) size;
	(void) msg;
	memset(&info, 0, sizeof(info));
	if (!expect_array(c, v)) {
		return;
	}
	convert_fields(c, v, pktinfo_fields, &info);
	if (!failed(c)) {
		memcpy(data, &info, sizeof(info));
	}
}

int sk_msg_pktinfo_from_value(struct in6_pktinfo *out, const sk_msg_reader *reader, const sk_msg_value *value,
	sk_msg_error *err)
{
	conv c;
	memset(out, 0, sizeof(*out));
	conv_init(&c, reader, err, "user");
	push(&c, "in6_pktinfo");
	if (expect_array(&c, value)) {
		convert_fields(&c, value, pktinfo_fields, out);
	}
	return failed(&c) ? -1 : 0;
}

static void int_write(conv *c, const sk_msg_value *v, unsigned char *data, size_t size, sk_msg_send *msg)
{
	int value;
	(void) size;
	(void) msg;
	if (read_native_int(c, v, &value)) {
		memcpy(data, &value, sizeof(value));
	}
}

/* The control messages converted both ways, as in the bundled extension on Linux. */
static const cmsg_type cmsg_types[] = {
	{SOL_SOCKET, SCM_RIGHTS, SK_CMSG_RIGHTS, sizeof(int), rights_size, rights_write},
	{SOL_SOCKET, SCM_CREDENTIALS, SK_CMSG_CREDENTIALS, sizeof(struct ucred), NULL, credentials_write},
	{IPPROTO_IPV6, IPV6_PKTINFO, SK_CMSG_IPV6_PKTINFO, sizeof(struct in6_pktinfo), NULL, pktinfo_write},
	{IPPROTO_IPV6, IPV6_HOPLIMIT, SK_CMSG_IPV6_HOPLIMIT, sizeof(int), NULL, int_write},
	{IPPROTO_IPV6, IPV6_TCLASS, SK_CMSG_IPV6_TCLASS, sizeof(int), NULL, int_write},
};

static const cmsg_type *find_cmsg_type(int level, int type)
{
	for (size_t i = 0; i < sizeof(cmsg_types) / sizeof(cmsg_types[0]); i++) {
		if (cmsg_types[i].level == level && cmsg_types[i].type == type) {
			return &cmsg_types[i];
		}
	}
	return NULL;
}

int64_t sk_cmsg_space(int level, int type, int count)
{
	const cmsg_type *t = find_cmsg_type(level, type);
	if (t == NULL) {
		return -1;
	}
	size_t data = t->size_of != NULL ? t->fixed_size * (size_t) (count < 0 ? 0 : count) : t->fixed_size;
	return (int64_t) CMSG_SPACE(data);
}

/* One element of "control": its type and the size of its data, found before its data is written. */
typedef struct cmsg_plan {
	const cmsg_type *type;
	const sk_msg_value *data;
	size_t size;
} cmsg_plan;

/* A key that must be there, read as a native int with the key in the error path. */
static bool required_native_int(conv *c, const sk_msg_value *array, const char *key, int *out)
{
	const sk_msg_value *v = c->r->find(c->r->ctx, array, key);
	if (v == NULL) {
		fail(c, "The key '%s' is required", key);
		return false;
	}
	push(c, "%s", key);
	bool ok = read_native_int(c, v, out);
	pop(c);
	return ok;
}

static bool plan_cmsg(conv *c, const sk_msg_value *v, cmsg_plan *plan)
{
	int level = 0, type = 0;

	if (!expect_array(c, v)) {
		return false;
	}
	/* The bundled extension goes on with uninitialised values when "level" or "type" is missing; naming the
	 * missing key is what it means. */
	if (!required_native_int(c, v, "level", &level) || !required_native_int(c, v, "type", &type)) {
		return false;
	}
	plan->type = find_cmsg_type(level, type);
	if (plan->type == NULL) {
		fail(c, "cmsghdr with level %d and type %d not supported", level, type);
		return false;
	}
	plan->data = c->r->find(c->r->ctx, v, "data");
	if (plan->data == NULL) {
		fail(c, "cmsghdr should have a 'data' element here");
		return false;
	}
	plan->size = plan->type->fixed_size;
	if (plan->type->size_of != NULL && !plan->type->size_of(c, plan->data, &plan->size)) {
		return false;
	}
	return true;
}

/* One element, completely: level, type, data, size, then the data itself, appended to msg's control buffer at
 * *used. Nothing of it is kept once it is written, so PHP code run by a later element cannot reach back. */
static void convert_cmsg(conv *c, const sk_msg_value *v, sk_msg_send *msg, size_t *used)
{
	cmsg_plan plan;

	if (!plan_cmsg(c, v, &plan)) {
		return;
	}
	size_t space = CMSG_SPACE(plan.size);
	if (space < plan.size || *used + space < *used) {
		fail(c, "the control data is too large");
		return;
	}
	/* realloc keeps the alignment cmsghdr needs; every CMSG_SPACE keeps the next header aligned. */
	unsigned char *grown = realloc(msg->control, *used + space);
	if (grown == NULL) {
		fail(c, "out of memory");
		return;
	}
	msg->control = grown;
	memset(grown + *used, 0, space);
	struct cmsghdr *cmsg = (struct cmsghdr *) (void *) (grown + *used);
	cmsg->cmsg_level = plan.type->level;
	cmsg->cmsg_type = plan.type->type;
	cmsg->cmsg_len = CMSG_LEN(plan.size);
	push(c, "data");
	plan.type->write(c, plan.data, CMSG_DATA(cmsg), plan.size, msg);
	pop(c);
	*used += space;
}

static void control_from_value(conv *c, const sk_msg_value *v, sk_msg_send *out)
{
	uint32_t pos = 0, index = 0;
	size_t used = 0;
	const sk_msg_value *elem;

	if (!expect_array(c, v)) {
		return;
	}
	while (!failed(c) && (elem = c->r->next(c->r->ctx, v, &pos)) != NULL) {
		push(c, "element #%u", index);
		convert_cmsg(c, elem, out, &used);
		pop(c);
		index++;
	}
	if (!failed(c) && used > 0) {
		out->hdr.msg_control = out->control;
		out->hdr.msg_controllen = used;
	}
}

/* ---- the message ---- */

static void iov_from_value(conv *c, const sk_msg_value *v, sk_msg_send *out)
{
	uint32_t count, pos = 0, index = 0;
	const sk_msg_value *elem;

	if (!expect_array(c, v)) {
		return;
	}
	count = c->r->count(c->r->ctx, v);
	if (count == 0) {
		return;
	}
	out->iov = calloc(count, sizeof(struct iovec));
	if (out->iov == NULL) {
		fail(c, "out of memory");
		return;
	}
	/* The bytes stay with the reader until the message is sent: no copy. */
	while ((elem = c->r->next(c->r->ctx, v, &pos)) != NULL && index < count) {
		const char *bytes;
		size_t len;
		if (!read_bytes(c, elem, &bytes, &len)) {
			return;
		}
		out->iov[index].iov_base = (void *) bytes;
		out->iov[index].iov_len = len;
		index++;
	}
	out->hdr.msg_iov = out->iov;
	out->hdr.msg_iovlen = index;
}

typedef struct send_target {
	sk_msg_send *msg;
	int socket_family;
} send_target;

static void send_name(conv *c, const sk_msg_value *v, void *target)
{
	send_target *t = target;
	socklen_t len = 0;
	sockaddr_from_value(c, v, t->socket_family, &t->msg->name, &len);
	if (!failed(c)) {
		t->msg->hdr.msg_name = &t->msg->name;
		t->msg->hdr.msg_namelen = len;
	}
}

static void send_iov(conv *c, const sk_msg_value *v, void *target)
{
	iov_from_value(c, v, ((send_target *) target)->msg);
}

static void send_control(conv *c, const sk_msg_value *v, void *target)
{
	control_from_value(c, v, ((send_target *) target)->msg);
}

static const field send_fields[] = {
	{"name", false, send_name},
	{"iov", false, send_iov},
	{"control", false, send_control},
	{NULL, false, NULL}
};

int sk_msg_send_from_value(sk_msg_send *out, const sk_msg_reader *reader, const sk_msg_value *message,
	int socket_family, sk_msg_error *err)
{
	conv c;
	send_target t = {out, socket_family};

	memset(out, 0, sizeof(*out));
	conv_init(&c, reader, err, "user");
	push(&c, "msghdr");
	if (expect_array(&c, message)) {
		convert_fields(&c, message, send_fields, &t);
	}
	return failed(&c) ? -1 : 0;
}

void sk_msg_send_release(sk_msg_send *msg)
{
	for (size_t i = 0; i < msg->owned_count; i++) {
		close(msg->owned_fds[i]);
	}
	free(msg->owned_fds);
	free(msg->iov);
	free(msg->control);
	msg->owned_fds = NULL;
	msg->owned_count = msg->owned_cap = 0;
	msg->iov = NULL;
	msg->control = NULL;
}

/* ---- receiving: the request ---- */

/* What the "name", "buffer_size" and "controllen" converters fill, and for which socket. */
typedef struct recv_target {
	sk_msg_recv_request *out;
	int socket_family;
} recv_target;

static void recv_name(conv *c, const sk_msg_value *v, void *target)
{
	recv_target *t = target;
	if (!expect_array(c, v)) {
		return;
	}
	/* The name would be an address of the socket's family: only these three are converted back. */
	if (t->socket_family != AF_INET && t->socket_family != AF_INET6 && t->socket_family != AF_UNIX) {
		fail(c, "the only families currently supported are AF_INET, AF_INET6 and AF_UNIX");
		return;
	}
	t->out->want_name = true;
}

static void recv_buffer_size(conv *c, const sk_msg_value *v, void *target)
{
	int64_t size;
	if (!read_integer(c, v, &size)) {
		return;
	}
	/* 0 is let through: the bundled extension then receives into an empty buffer. */
	if (size < 0 || size > SK_MSG_MAX_BUFFER_SIZE) {
		fail(c, "the buffer size must be between 1 and %d; given %lld", SK_MSG_MAX_BUFFER_SIZE, (long long) size);
		return;
	}
	((recv_target *) target)->out->buffer_size = (size_t) size;
}

static void recv_controllen(conv *c, const sk_msg_value *v, void *target)
{
	uint32_t len;
	if (!read_uint32(c, v, &len)) {
		return;
	}
	if (len == 0) {
		fail(c, "controllen cannot be 0");
		return;
	}
	((recv_target *) target)->out->controllen = len;
}

static const field recv_fields[] = {
	{"name", false, recv_name},
	{"buffer_size", false, recv_buffer_size},
	{"controllen", true, recv_controllen},
	{NULL, false, NULL}
};

int sk_msg_recv_request_from_value(sk_msg_recv_request *out, const sk_msg_reader *reader,
	const sk_msg_value *message, int socket_family, sk_msg_error *err)
{
	conv c;
	recv_target t = {out, socket_family};

	out->want_name = false;
	out->buffer_size = SK_MSG_DEFAULT_BUFFER_SIZE;
	out->controllen = 0;
	conv_init(&c, reader, err, "user");
	push(&c, "msghdr");
	if (expect_array(&c, message)) {
		convert_fields(&c, message, recv_fields, &t);
	}
	return failed(&c) ? -1 : 0;
}

int sk_msg_recv_prepare(sk_msg_recv *msg, const sk_msg_recv_request *request, void *buffer)
{
	size_t control_alloc = request->controllen < SK_MSG_MAX_CONTROL_ALLOC
		? request->controllen : SK_MSG_MAX_CONTROL_ALLOC;

	memset(msg, 0, sizeof(*msg));
	msg->control = calloc(1, control_alloc > 0 ? control_alloc : 1);
	if (msg->control == NULL) {
		return -1;
	}
	if (request->want_name) {
		msg->hdr.msg_name = &msg->name;
		msg->hdr.msg_namelen = sizeof(msg->name);
	}
	msg->iov.iov_base = buffer;
	msg->iov.iov_len = request->buffer_size;
	msg->hdr.msg_iov = &msg->iov;
	msg->hdr.msg_iovlen = 1;
	msg->hdr.msg_control = msg->control;
	msg->hdr.msg_controllen = control_alloc;
	return 0;
}

void sk_msg_recv_release(sk_msg_recv *msg)
{
	free(msg->control);
	msg->control = NULL;
}

/* ---- receiving: control messages ---- */

void sk_cmsg_cursor_init(sk_cmsg_cursor *cursor, const struct msghdr *hdr)
{
	cursor->hdr = hdr;
	cursor->next = hdr->msg_controllen >= sizeof(struct cmsghdr) ? CMSG_FIRSTHDR((struct msghdr *) hdr) : NULL;
	cursor->index = 0;
}

/* The length of a control message, never past the end of the buffer: the kernel keeps cmsg_len inside it, but
 * the decoder must not trust that (found by the fuzzer). */
static size_t cmsg_length(const struct msghdr *hdr, const struct cmsghdr *cmsg)
{
	size_t room = (size_t) ((const unsigned char *) hdr->msg_control + hdr->msg_controllen
		- (const unsigned char *) cmsg);
	return cmsg->cmsg_len < room ? cmsg->cmsg_len : room;
}

static size_t cmsg_data_len(const struct msghdr *hdr, const struct cmsghdr *cmsg)
{
	size_t len = cmsg_length(hdr, cmsg);
	return len >= CMSG_LEN(0) ? len - CMSG_LEN(0) : 0;
}

int sk_cmsg_next(sk_cmsg_cursor *cursor, sk_cmsg_item *item, sk_msg_error *err)
{
	conv c;
	struct cmsghdr *cmsg = cursor->next;
	const cmsg_type *t;
	const unsigned char *data;

	conv_init(&c, NULL, err, "native");
	if (cmsg == NULL) {
		return 0;
	}
	cursor->next = CMSG_NXTHDR((struct msghdr *) cursor->hdr, cmsg);
	cursor->index++;
	memset(item, 0, sizeof(*item));
	item->level = cmsg->cmsg_level;
	item->type = cmsg->cmsg_type;
	data = CMSG_DATA(cmsg);

	/* The bundled extension numbers received control messages from 1. */
	push(&c, "msghdr");
	push(&c, "control");
	push(&c, "element #%u", cursor->index);
	push(&c, "data");
	t = find_cmsg_type(cmsg->cmsg_level, cmsg->cmsg_type);
	if (t == NULL) {
		fail(&c, "cmsghdr with level %d and type %d not supported", cmsg->cmsg_level, cmsg->cmsg_type);
		return -1;
	}
	item->kind = t->kind;
	if (cmsg_length(cursor->hdr, cmsg) < CMSG_LEN(t->size_of != NULL ? 0 : t->fixed_size)) {
		fail(&c, "the cmsghdr structure is unexpectedly small; expected a length of at least %ld, but got %ld",
			(long) CMSG_LEN(t->size_of != NULL ? 0 : t->fixed_size), (long) cmsg->cmsg_len);
		return -1;
	}
	switch (t->kind) {
		case SK_CMSG_RIGHTS:
			item->fds = data;
			item->fd_count = cmsg_data_len(cursor->hdr, cmsg) / sizeof(int);
			break;
		case SK_CMSG_CREDENTIALS: {
			struct ucred cred;
			memcpy(&cred, data, sizeof(cred));
			item->cred.pid = cred.pid;
			item->cred.uid = cred.uid;
			item->cred.gid = cred.gid;
			break;
		}
		case SK_CMSG_IPV6_PKTINFO: {
			struct in6_pktinfo info;
			memcpy(&info, data, sizeof(info));
			item->addr = info.ipi6_addr;
			item->ifindex = info.ipi6_ifindex;
			break;
		}
		case SK_CMSG_IPV6_HOPLIMIT:
		case SK_CMSG_IPV6_TCLASS:
			memcpy(&item->value, data, sizeof(int));
			break;
	}
	return 1;
}

int sk_cmsg_fd(const sk_cmsg_item *item, size_t i)
{
	int fd;
	memcpy(&fd, item->fds + i * sizeof(int), sizeof(int));
	return fd;
}

void sk_cmsg_close_remaining(sk_cmsg_cursor *cursor)
{
	for (struct cmsghdr *cmsg = cursor->next; cmsg != NULL;
		cmsg = CMSG_NXTHDR((struct msghdr *) cursor->hdr, cmsg)) {
		if (cmsg->cmsg_level == SOL_SOCKET && cmsg->cmsg_type == SCM_RIGHTS) {
			const unsigned char *data = CMSG_DATA(cmsg);
			for (size_t i = 0; i < cmsg_data_len(cursor->hdr, cmsg) / sizeof(int); i++) {
				int fd;
				memcpy(&fd, data + i * sizeof(int), sizeof(int));
				close(fd);
			}
		}
	}
	cursor->next = NULL;
}
