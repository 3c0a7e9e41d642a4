/* SPDX-License-Identifier: BSD-3-Clause */
/* Messages with control data: socket_sendmsg, socket_recvmsg, socket_cmsg_space.
 * The shape of the message arrays is the core's business (src/core/sk_msg.c); this file gives the core a view of
 * zvals (the reader below), calls the system, and turns what was received into the array PHP code gets. */
#include "php_sockets_ng.h"
#include "php_network.h"
#include "src/core/sk_addr.h"
#include "src/core/sk_error.h"
#include "src/core/sk_msg.h"

#include <arpa/inet.h>
#include <sys/stat.h>

/* ---- the reader: zvals seen by the core ---- */

/* Values handed to the core, each holding a reference (dereferenced: a PHP reference's value as it was then).
 * PHP code run during the conversion (__toString, destructors, stream casts) may reassign or free the caller's
 * arrays; what the core was given stays alive and unchanged (a write to a held array separates it) until the
 * conversion is released. Slots come in chunks so that their addresses never move. */
#define HELD_PER_CHUNK 32

typedef struct held_chunk {
	struct held_chunk *next;
	uint32_t used;
	zval slots[HELD_PER_CHUNK];
} held_chunk;

typedef struct zval_reader {
	skng_socket *sock;
	/* Strings made while converting (numbers, objects): released when the conversion ends. */
	zend_string **temps;
	uint32_t temp_count, temp_cap;
	held_chunk *held;
} zval_reader;

#define VALUE(v) ((zval *) (v))

static zval *deref(const sk_msg_value *v)
{
	zval *z = VALUE(v);
	ZVAL_DEREF(z);
	return z;
}

static void keep_temp(zval_reader *r, zend_string *s)
{
	if (r->temp_count == r->temp_cap) {
		r->temp_cap = r->temp_cap ? r->temp_cap * 2 : 8;
		r->temps = erealloc(r->temps, r->temp_cap * sizeof(*r->temps));
	}
	r->temps[r->temp_count++] = s;
}

static const sk_msg_value *hold(zval_reader *r, zval *z)
{
	if (r->held == NULL || r->held->used == HELD_PER_CHUNK) {
		held_chunk *chunk = emalloc(sizeof(*chunk));
		chunk->next = r->held;
		chunk->used = 0;
		r->held = chunk;
	}
	zval *slot = &r->held->slots[r->held->used++];
	ZVAL_COPY_DEREF(slot, z);
	return (const sk_msg_value *) slot;
}

/* Ends a conversion: the strings it made and the values it held. Releasing may run destructors (PHP code), so
 * nothing read through the reader may be used after this. */
static void reader_release(zval_reader *r)
{
	for (uint32_t i = 0; i < r->temp_count; i++) {
		zend_string_release(r->temps[i]);
	}
	if (r->temps) {
		efree(r->temps);
	}
	r->temps = NULL;
	r->temp_count = r->temp_cap = 0;
	while (r->held != NULL) {
		held_chunk *chunk = r->held;
		r->held = chunk->next;
		for (uint32_t i = 0; i < chunk->used; i++) {
			zval_ptr_dtor(&chunk->slots[i]);
		}
		efree(chunk);
	}
}

static bool reader_is_array(void *ctx, const sk_msg_value *v)
{
	(void) ctx;
	return Z_TYPE_P(deref(v)) == IS_ARRAY;
}

static const sk_msg_value *reader_find(void *ctx, const sk_msg_value *array, const char *key)
{
	zval *z = zend_hash_str_find(Z_ARRVAL_P(deref(array)), key, strlen(key));
	return z != NULL ? hold(ctx, z) : NULL;
}

static uint32_t reader_count(void *ctx, const sk_msg_value *array)
{
	(void) ctx;
	return zend_hash_num_elements(Z_ARRVAL_P(deref(array)));
}

static const sk_msg_value *reader_next(void *ctx, const sk_msg_value *array, uint32_t *pos)
{
	/* A held array: no PHP code can change it in place, so the position stays meaningful. */
	HashTable *ht = Z_ARRVAL_P(deref(array));
	HashPosition hpos = *pos;
	zval *z;

	z = zend_hash_get_current_data_ex(ht, &hpos);
	if (z == NULL) {
		return NULL;
	}
	zend_hash_move_forward_ex(ht, &hpos);
	*pos = hpos;
	return hold(ctx, z);
}

static bool reader_is_integer(void *ctx, const sk_msg_value *v)
{
	(void) ctx;
	return Z_TYPE_P(deref(v)) == IS_LONG;
}

static bool reader_is_string(void *ctx, const sk_msg_value *v)
{
	(void) ctx;
	return Z_TYPE_P(deref(v)) == IS_STRING;
}

/* Integers as the bundled extension takes them: ints, floats, numeric strings, and objects through their
 * string form; null, booleans, arrays and resources are refused. */
static sk_msg_int_status reader_to_integer(void *ctx, const sk_msg_value *v, int64_t *out, const char **text)
{
	zval_reader *r = ctx;
	zval *z = deref(v);
	zend_string *str;
	zend_long lval;
	double dval;

	switch (Z_TYPE_P(z)) {
		case IS_LONG:
			*out = Z_LVAL_P(z);
			return SK_MSG_INT_OK;
		case IS_DOUBLE:
			*out = zend_dval_to_lval(Z_DVAL_P(z));
			return SK_MSG_INT_OK;
		case IS_STRING:
			str = zend_string_copy(Z_STR_P(z));
			break;
		case IS_OBJECT:
			str = zval_try_get_string(z);
			if (str == NULL) {
				return SK_MSG_INT_ABORTED;
			}
			break;
		default:
			return SK_MSG_INT_NOT_CONVERTIBLE;
	}
	keep_temp(r, str);
	switch (is_numeric_string(ZSTR_VAL(str), ZSTR_LEN(str), &lval, &dval, false)) {
		case IS_LONG:
			*out = lval;
			return SK_MSG_INT_OK;
		case IS_DOUBLE:
			*out = zend_dval_to_lval(dval);
			return SK_MSG_INT_OK;
		default:
			*text = ZSTR_VAL(str);
			return SK_MSG_INT_NOT_NUMERIC;
	}
}

/* As zval_get_string: an object that cannot be a string throws and reads as "", and the conversion goes on
 * (the bundled extension sends the message anyway). */
static bool reader_to_bytes(void *ctx, const sk_msg_value *v, const char **bytes, size_t *len)
{
	zval_reader *r = ctx;
	zend_string *str = zval_get_string(deref(v));
	keep_temp(r, str);
	*bytes = ZSTR_VAL(str);
	*len = ZSTR_LEN(str);
	return true;
}

static sk_msg_fd_status reader_to_fd(void *ctx, const sk_msg_value *v, int *fd)
{
	zval *z = deref(v);
	(void) ctx;

	if (Z_TYPE_P(z) == IS_OBJECT && Z_OBJCE_P(z) == skng_socket_ce) {
		skng_socket *sock = Z_SKNG_SOCKET_P(z);
		if (skng_socket_lost_its_stream(sock)) {
			return SK_MSG_FD_NO_LONGER_OPEN;
		}
		if (!skng_socket_is_open(sock)) {
			return SK_MSG_FD_CLOSED_SOCKET;
		}
		/* The bundled extension sends descriptor 0 here (and shifts the rest); we send the socket's own. */
		*fd = sock->fd;
		/* The peer will hold it too (PHP_NORMAL_READ must then not trust a peek). */
		skng_descriptors_may_be_shared();
		return SK_MSG_FD_OK;
	}
	if (Z_TYPE_P(z) == IS_RESOURCE) {
		php_stream *stream = zend_fetch_resource2_ex(z, NULL, php_file_le_stream(), php_file_le_pstream());
		php_socket_t stream_fd;
		if (stream == NULL) {
			return SK_MSG_FD_NOT_STREAM;
		}
		if (php_stream_cast(stream, PHP_STREAM_AS_FD, (void **) &stream_fd, REPORT_ERRORS) != SUCCESS) {
			return EG(exception) ? SK_MSG_FD_ABORTED : SK_MSG_FD_CAST_FAILED;
		}
		*fd = (int) stream_fd;
		skng_descriptors_may_be_shared();
		return SK_MSG_FD_OK;
	}
	return SK_MSG_FD_WRONG_KIND;
}

static bool reader_resolve(void *ctx, int family, const char *host, void *out)
{
	zval_reader *r = ctx;
	sk_sockaddr addr;
	socklen_t len;

	memset(&addr, 0, sizeof(addr));
	if (!skng_inet_address(r->sock, family, host, &addr, &len)) {
		return false;
	}
	if (family == AF_INET) {
		memcpy(out, &addr.in4.sin_addr, sizeof(addr.in4.sin_addr));
	} else {
		memcpy(out, &addr.in6.sin6_addr, sizeof(addr.in6.sin6_addr));
	}
	return true;
}

/* Returns the caller's top-level value, held like every other. */
static const sk_msg_value *reader_init(sk_msg_reader *reader, zval_reader *state, skng_socket *sock, zval *root)
{
	memset(state, 0, sizeof(*state));
	state->sock = sock;
	reader->ctx = state;
	reader->is_array = reader_is_array;
	reader->find = reader_find;
	reader->count = reader_count;
	reader->next = reader_next;
	reader->is_integer = reader_is_integer;
	reader->is_string = reader_is_string;
	reader->to_integer = reader_to_integer;
	reader->to_bytes = reader_to_bytes;
	reader->to_fd = reader_to_fd;
	reader->resolve = reader_resolve;
	reader->php84_texts = PHP_VERSION_ID >= 80400;
	return hold(state, root);
}

/* A conversion error: the warning, unless the conversion stopped on a PHP exception. Frees the message. */
static void report(sk_msg_error *err)
{
	if (!err->aborted) {
		php_error_docref(NULL, E_WARNING, "%s", sk_msg_error_text(err));
	}
	sk_msg_error_release(err);
}

/* The socket's descriptor once the conversion's PHP code has run: it may have closed the socket, or fclose()d
 * the stream that owns its descriptor (whose number may name another file by now). -1 then, so that the call
 * fails with EBADF as the bundled extension's does for a socket_close()d one. */
static int descriptor_after_php_code(skng_socket *sock)
{
	return skng_socket_is_open(sock) ? sock->fd : -1;
}

/* $flags is a C int for sendmsg/recvmsg: checked before anything else, as the bundled extension does. */
static bool flags_in_range(zend_long flags)
{
	if (flags < INT_MIN || flags > INT_MAX) {
		zend_argument_value_error(3, "must be between %d and %d", INT_MIN, INT_MAX);
		return false;
	}
	return true;
}

bool skng_pktinfo_from_zval(skng_socket *sock, zval *value, struct in6_pktinfo *out)
{
	sk_msg_reader reader;
	zval_reader state;
	sk_msg_error err = {false, false, NULL};

	const sk_msg_value *root = reader_init(&reader, &state, sock, value);
	int converted = sk_msg_pktinfo_from_value(out, &reader, root, &err);
	reader_release(&state);
	if (converted != 0) {
		report(&err);
		return false;
	}
	return true;
}

PHP_FUNCTION(socket_sendmsg)
{
	zval *zsock, *zmsg;
	zend_long flags = 0;
	skng_socket *sock;
	sk_msg_reader reader;
	zval_reader state;
	sk_msg_send msg;
	sk_msg_error err = {false, false, NULL};

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_ARRAY(zmsg)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	if (!flags_in_range(flags)) {
		RETURN_THROWS();
	}
	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);

	const sk_msg_value *root = reader_init(&reader, &state, sock, zmsg);
	if (sk_msg_send_from_value(&msg, &reader, root, sock->family, &err) != 0) {
		report(&err);
		sk_msg_send_release(&msg);
		reader_release(&state);
		RETURN_FALSE;
	}

	ssize_t sent = sendmsg(descriptor_after_php_code(sock), &msg.hdr, (int) flags);
	int saved_errno = errno;
	sk_msg_send_release(&msg);
	if (sent < 0) {
		skng_socket_error(sock, "Error in sendmsg", saved_errno);
	}
	/* Last: releasing what the conversion held may run destructors. */
	reader_release(&state);
	if (sent < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long) sent);
}

/* ---- what was received, as PHP values ---- */

static bool name_to_zval(zval *out, const sk_sockaddr *name, socklen_t len, sk_msg_error *err)
{
	char text[INET6_ADDRSTRLEN];
	int port;

	array_init(out);
	add_assoc_long(out, "family", name->sa.sa_family);
	switch (name->sa.sa_family) {
		case AF_INET:
		case AF_INET6:
			if (sk_addr_inet_to_text(name, text, sizeof(text), &port) != 0) {
				sk_msg_error_set(err,
					"error converting native data (path: msghdr > name > addr): could not convert %s address to string (errno %d)",
					name->sa.sa_family == AF_INET ? "IPv4" : "IPv6", errno);
				return false;
			}
			add_assoc_string(out, "addr", text);
			add_assoc_long(out, "port", port);
			if (name->sa.sa_family == AF_INET6) {
				add_assoc_long(out, "flowinfo", name->in6.sin6_flowinfo);
				add_assoc_long(out, "scope_id", name->in6.sin6_scope_id);
			}
			return true;
		case AF_UNIX: {
			/* An unnamed sender leaves sun_path empty; abstract names read as "" as in the bundled one. */
			size_t max = len > offsetof(struct sockaddr_un, sun_path) ? len - offsetof(struct sockaddr_un, sun_path) : 0;
			add_assoc_stringl(out, "path", name->un.sun_path, strnlen(name->un.sun_path, max));
			return true;
		}
		default:
			sk_msg_error_set(err,
				"error converting native data (path: msghdr > name): cannot read struct sockaddr with family %d; not supported",
				name->sa.sa_family);
			return false;
	}
}

/* A received descriptor: a Socket when it is a socket, otherwise a stream, as the bundled extension does. */
static bool fd_to_zval(zval *out, int fd, unsigned cmsg_number, unsigned fd_number, sk_msg_error *err)
{
	struct stat st;
	if (fstat(fd, &st) != 0) {
		sk_msg_error_set(err,
			"error converting native data (path: msghdr > control > element #%u > data > element #%u): error creating resource for received file descriptor %d: fstat() call failed with errno %d",
			cmsg_number, fd_number, fd, errno);
		return false;
	}
	if (S_ISSOCK(st.st_mode)) {
		skng_socket_wrap_received(out, fd);
		return true;
	}
	php_stream *stream = php_stream_fopen_from_fd(fd, "rw", NULL);
	php_stream_to_zval(stream, out);
	return true;
}

static bool control_to_zval(zval *out, const struct msghdr *hdr, sk_msg_error *err)
{
	sk_cmsg_cursor cursor;
	sk_cmsg_item item;
	int status;
	char text[INET6_ADDRSTRLEN];

	array_init(out);
	sk_cmsg_cursor_init(&cursor, hdr);
	while ((status = sk_cmsg_next(&cursor, &item, err)) == 1) {
		zval elem, data;
		array_init(&elem);
		add_assoc_long(&elem, "level", item.level);
		add_assoc_long(&elem, "type", item.type);
		switch (item.kind) {
			case SK_CMSG_RIGHTS:
				array_init(&data);
				for (size_t i = 0; i < item.fd_count; i++) {
					zval fdz;
					if (!fd_to_zval(&fdz, sk_cmsg_fd(&item, i), cursor.index, (unsigned) i + 1, err)) {
						for (size_t j = i; j < item.fd_count; j++) {
							close(sk_cmsg_fd(&item, j));
						}
						zval_ptr_dtor(&data);
						zval_ptr_dtor(&elem);
						sk_cmsg_close_remaining(&cursor);
						return false;
					}
					add_next_index_zval(&data, &fdz);
				}
				break;
			case SK_CMSG_CREDENTIALS:
				array_init(&data);
				add_assoc_long(&data, "pid", (zend_long) item.cred.pid);
				add_assoc_long(&data, "uid", (zend_long) item.cred.uid);
				add_assoc_long(&data, "gid", (zend_long) item.cred.gid);
				break;
			case SK_CMSG_IPV6_PKTINFO:
				array_init(&data);
				inet_ntop(AF_INET6, &item.addr, text, sizeof(text));
				add_assoc_string(&data, "addr", text);
				add_assoc_long(&data, "ifindex", (zend_long) item.ifindex);
				break;
			default:
				ZVAL_LONG(&data, item.value);
				break;
		}
		add_assoc_zval(&elem, "data", &data);
		add_next_index_zval(out, &elem);
	}
	if (status < 0) {
		sk_cmsg_close_remaining(&cursor);
		return false;
	}
	return true;
}

static bool message_to_zval(zval *out, const sk_msg_recv *msg, const sk_msg_recv_request *request,
	zend_string *data, ssize_t received, sk_msg_error *err)
{
	zval name, control, iov;

	/* Control first: its descriptors must be closed or owned whatever else happens. */
	if (!control_to_zval(&control, &msg->hdr, err)) {
		zval_ptr_dtor(&control);
		return false;
	}
	if (request->want_name && msg->hdr.msg_namelen > 0) {
		if (!name_to_zval(&name, &msg->name, msg->hdr.msg_namelen, err)) {
			zval_ptr_dtor(&name);
			zval_ptr_dtor(&control);
			return false;
		}
	} else {
		ZVAL_NULL(&name);
	}
	/* One element per buffer while bytes remain: none for an empty message. With MSG_TRUNC the count may exceed
	 * the buffer; the element then holds what the buffer holds. */
	array_init(&iov);
	if (received > 0) {
		size_t len = (size_t) received < request->buffer_size ? (size_t) received : request->buffer_size;
		/* Give back what the message did not use: buffer_size may be up to 100 MiB. */
		zend_string *bytes = len < request->buffer_size ? zend_string_truncate(zend_string_copy(data), len, 0)
			: zend_string_copy(data);
		ZSTR_VAL(bytes)[len] = '\0';
		add_next_index_str(&iov, bytes);
	}

	array_init(out);
	add_assoc_zval(out, "name", &name);
	add_assoc_zval(out, "control", &control);
	add_assoc_zval(out, "iov", &iov);
	add_assoc_long(out, "flags", msg->hdr.msg_flags);
	return true;
}

/* Stores value (consumed) in the by-reference argument arg. The new value is put in place before the old one is
 * released: releasing can run a destructor that assigns the same variable, and with the old value still there
 * that assignment would release it a second time. A typed reference (a typed property) checks the type first. */
static void assign_to_reference_arg(zval *arg, zval *value)
{
	zval *target = arg;
	zval old;

	if (Z_ISREF_P(arg)) {
		zend_reference *ref = Z_REF_P(arg);
		if (ZEND_REF_HAS_TYPE_SOURCES(ref)
			&& !zend_verify_ref_assignable_zval(ref, value, ZEND_ARG_USES_STRICT_TYPES())) {
			zval_ptr_dtor(value);
			return;
		}
		target = &ref->val;
	}
	ZVAL_COPY_VALUE(&old, target);
	ZVAL_COPY_VALUE(target, value);
	zval_ptr_dtor(&old);
}

PHP_FUNCTION(socket_recvmsg)
{
	zval *zsock, *zmsg;
	zend_long flags = 0;
	skng_socket *sock;
	sk_msg_reader reader;
	zval_reader state;
	sk_msg_recv_request request;
	sk_msg_recv msg;
	sk_msg_error err = {false, false, NULL};

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_ARRAY_EX(zmsg, 0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	if (!flags_in_range(flags)) {
		RETURN_THROWS();
	}
	sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);
	/* $message itself (the reference): the result is stored through it, never through zmsg, which PHP code run
	 * below may have reassigned. */
	zval *message_arg = ZEND_CALL_ARG(execute_data, 2);

	const sk_msg_value *root = reader_init(&reader, &state, sock, zmsg);
	int parsed = sk_msg_recv_request_from_value(&request, &reader, root, sock->family, &err);
	if (parsed != 0) {
		report(&err);
	}
	reader_release(&state);
	if (parsed != 0) {
		RETURN_FALSE;
	}

	zend_string *data = zend_string_alloc(request.buffer_size, 0);
	if (sk_msg_recv_prepare(&msg, &request, ZSTR_VAL(data)) != 0) {
		zend_string_efree(data);
		zend_throw_error(NULL, "Unable to allocate the control buffer");
		RETURN_THROWS();
	}
	ssize_t received = recvmsg(descriptor_after_php_code(sock), &msg.hdr, (int) flags);
	if (received < 0) {
		char buf[256];
		int saved_errno = errno;
		sk_msg_recv_release(&msg);
		zend_string_efree(data);
		/* Unlike the other calls, recvmsg warns even for EAGAIN and records the error only globally. */
		SOCKETS_G(last_error) = saved_errno;
		php_error_docref(NULL, E_WARNING, "Error in recvmsg [%d]: %s", saved_errno,
			sk_strerror(saved_errno, buf, sizeof(buf)));
		RETURN_FALSE;
	}

	zval result;
	bool converted = message_to_zval(&result, &msg, &request, data, received, &err);
	sk_msg_recv_release(&msg);
	zend_string_release(data);
	if (!converted) {
		php_error_docref(NULL, E_WARNING, "%s", sk_msg_error_text(&err));
		sk_msg_error_release(&err);
		ZVAL_FALSE(&result);
	}
	assign_to_reference_arg(message_arg, &result);
	RETURN_LONG((zend_long) received);
}

PHP_FUNCTION(socket_cmsg_space)
{
	zend_long level, type, count = 0;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_LONG(level)
		Z_PARAM_LONG(type)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(count)
	ZEND_PARSE_PARAMETERS_END();

	if (level < INT_MIN || level > INT_MAX) {
		zend_argument_value_error(1, "must be between %d and %d", INT_MIN, INT_MAX);
		RETURN_THROWS();
	}
	if (type < INT_MIN || type > INT_MAX) {
		zend_argument_value_error(2, "must be between %d and %d", INT_MIN, INT_MAX);
		RETURN_THROWS();
	}
	if (count < INT_MIN || count > INT_MAX) {
		zend_argument_value_error(3, "must be between %d and %d", INT_MIN, INT_MAX);
		RETURN_THROWS();
	}
	if (count < 0) {
		zend_argument_value_error(3, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	int64_t space = sk_cmsg_space((int) level, (int) type, (int) count);
	if (space < 0) {
		zend_value_error("Pair level " ZEND_LONG_FMT " and/or type " ZEND_LONG_FMT " is not supported", level, type);
		RETURN_THROWS();
	}
	RETURN_LONG((zend_long) space);
}
