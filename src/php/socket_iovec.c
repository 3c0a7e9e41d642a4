/* SPDX-License-Identifier: BSD-3-Clause */
/* PHP 4.1's scatter/gather set, on (sockets.legacy_iovec=1): socket_iovec_alloc, socket_iovec_fetch,
 * socket_iovec_set, socket_iovec_add, socket_iovec_delete, socket_iovec_free, socket_readv,
 * socket_writev. The array is a final SocketIovec object (a resource in PHP 4.1); its buffers live
 * in the core (src/core/sk_iovec.c), allocated with PHP's allocator so memory_limit counts them. */
#include "php_sockets_ng.h"

#include "src/core/sk_iovec.h"

typedef struct skng_iovec {
	sk_iovec vec;
	bool freed;        /* socket_iovec_free() was called: every later use is an Error */
	zend_object std;
} skng_iovec;

static zend_class_entry *skng_iovec_ce;
static zend_object_handlers skng_iovec_handlers;

static void *iovec_alloc(size_t size) { return emalloc(size); }
static void *iovec_resize(void *ptr, size_t size) { return erealloc(ptr, size); }
static void iovec_release(void *ptr) { efree(ptr); }
static const sk_iovec_allocator php_allocator = { iovec_alloc, iovec_resize, iovec_release };

static inline skng_iovec *iovec_from_obj(zend_object *obj)
{
	return (skng_iovec *) ((char *) obj - offsetof(skng_iovec, std));
}

static zend_object *iovec_create_object(zend_class_entry *ce)
{
	skng_iovec *iov = zend_object_alloc(sizeof(skng_iovec), ce);
	zend_object_std_init(&iov->std, ce);
	object_properties_init(&iov->std, ce);
	iov->std.handlers = &skng_iovec_handlers;
	sk_iovec_init(&iov->vec, &php_allocator);
	iov->freed = false;
	return &iov->std;
}

static zend_function *iovec_get_constructor(zend_object *object)
{
	zend_throw_error(NULL, "Cannot directly construct SocketIovec, use socket_iovec_alloc() instead");
	return NULL;
}

static void iovec_free_object(zend_object *object)
{
	skng_iovec *iov = iovec_from_obj(object);
	sk_iovec_clear(&iov->vec);
	zend_object_std_dtor(&iov->std);
}

void skng_iovec_set_handlers(zend_class_entry *ce)
{
	skng_iovec_ce = ce;
	ce->create_object = iovec_create_object;
	memcpy(&skng_iovec_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	skng_iovec_handlers.offset = offsetof(skng_iovec, std);
	skng_iovec_handlers.free_obj = iovec_free_object;
	skng_iovec_handlers.get_constructor = iovec_get_constructor;
	skng_iovec_handlers.clone_obj = NULL;
	skng_iovec_handlers.compare = zend_objects_not_comparable;
}

/* The array of an argument, or NULL after throwing when it was freed. */
static sk_iovec *usable_iovec(zval *ziov, uint32_t arg_num)
{
	skng_iovec *iov = iovec_from_obj(Z_OBJ_P(ziov));
	if (iov->freed) {
		zend_argument_error(NULL, arg_num, "has already been freed");
		return NULL;
	}
	return &iov->vec;
}

/* A position argument that names one of the buffers, or false after a ValueError. */
static bool valid_position(const sk_iovec *vec, zend_long position, uint32_t arg_num)
{
	if (position < 0) {
		zend_argument_value_error(arg_num, "must be greater than or equal to 0");
		return false;
	}
	if ((zend_ulong) position >= vec->count) {
		zend_argument_value_error(arg_num, "must be less than the number of vectors (%zu)", vec->count);
		return false;
	}
	return true;
}

/* Maps the core's refusal to add or resize a buffer to a ValueError on the length argument. */
static void length_refused(int rc, uint32_t iovec_arg, uint32_t length_arg)
{
	switch (rc) {
		case -EMSGSIZE:
			zend_argument_value_error(iovec_arg, "already holds %zu vectors, the most one readv()/writev() takes (IOV_MAX)",
				sk_iovec_max_count());
			break;
		case -EOVERFLOW:
			zend_argument_value_error(length_arg, "makes the total length of the vectors exceed %zd bytes", (ssize_t) SSIZE_MAX);
			break;
		default:
			zend_throw_error(NULL, "Out of memory for the vector");
			break;
	}
}

PHP_FUNCTION(socket_iovec_alloc)
{
	zend_long num_vectors;
	zval *lengths = NULL;
	uint32_t given = 0;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_LONG(num_vectors)
		Z_PARAM_VARIADIC('*', lengths, given)
	ZEND_PARSE_PARAMETERS_END();

	if (num_vectors < 0) {
		zend_argument_value_error(1, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	if ((zend_ulong) num_vectors > sk_iovec_max_count()) {
		zend_argument_value_error(1, "must be at most %zu (IOV_MAX)", sk_iovec_max_count());
		RETURN_THROWS();
	}
	if ((zend_ulong) num_vectors != given) {
		zend_argument_value_error(1, "must be the number of lengths that follow it (%u given)", given);
		RETURN_THROWS();
	}

	/* Check every length, and their total, before allocating anything. */
	zend_long total = 0;
	zend_long *sizes = safe_emalloc(given ? given : 1, sizeof(zend_long), 0);
	for (uint32_t i = 0; i < given; i++) {
		zval *arg = &lengths[i];
		ZVAL_DEREF(arg);
		if (Z_TYPE_P(arg) == IS_LONG) {
			sizes[i] = Z_LVAL_P(arg);
		} else if (!zend_parse_arg_long_slow(arg, &sizes[i], i + 2)) {
			efree(sizes);
			if (!EG(exception)) {
				zend_argument_type_error(i + 2, "must be of type int, %s given", zend_zval_type_name(arg));
			}
			RETURN_THROWS();
		}
		if (sizes[i] < 0) {
			efree(sizes);
			zend_argument_value_error(i + 2, "must be greater than or equal to 0");
			RETURN_THROWS();
		}
		/* zend_long is ssize_t here: the running total stays below SSIZE_MAX or is refused. */
		if (sizes[i] > ZEND_LONG_MAX - total) {
			efree(sizes);
			length_refused(-EOVERFLOW, 1, i + 2);
			RETURN_THROWS();
		}
		total += sizes[i];
	}

	object_init_ex(return_value, skng_iovec_ce);
	skng_iovec *iov = iovec_from_obj(Z_OBJ_P(return_value));
	for (uint32_t i = 0; i < given; i++) {
		int rc = sk_iovec_add(&iov->vec, (size_t) sizes[i]);
		if (rc != 0) {
			efree(sizes);
			length_refused(rc, 1, i + 2);
			zval_ptr_dtor(return_value);
			ZVAL_UNDEF(return_value);
			RETURN_THROWS();
		}
	}
	efree(sizes);
}

PHP_FUNCTION(socket_iovec_fetch)
{
	zval *ziov;
	zend_long position;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(ziov, skng_iovec_ce)
		Z_PARAM_LONG(position)
	ZEND_PARSE_PARAMETERS_END();

	sk_iovec *vec = usable_iovec(ziov, 1);
	if (vec == NULL || !valid_position(vec, position, 2)) {
		RETURN_THROWS();
	}
	RETURN_STRINGL(vec->vec[position].iov_base, vec->vec[position].iov_len);
}

PHP_FUNCTION(socket_iovec_set)
{
	zval *ziov;
	zend_long position;
	zend_string *data;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_OBJECT_OF_CLASS(ziov, skng_iovec_ce)
		Z_PARAM_LONG(position)
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();

	sk_iovec *vec = usable_iovec(ziov, 1);
	if (vec == NULL || !valid_position(vec, position, 2)) {
		RETURN_THROWS();
	}
	int rc = sk_iovec_set(vec, (size_t) position, ZSTR_VAL(data), ZSTR_LEN(data));
	if (rc != 0) {
		length_refused(rc, 1, 3);
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

PHP_FUNCTION(socket_iovec_add)
{
	zval *ziov;
	zend_long length;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(ziov, skng_iovec_ce)
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();

	sk_iovec *vec = usable_iovec(ziov, 1);
	if (vec == NULL) {
		RETURN_THROWS();
	}
	if (length < 0) {
		zend_argument_value_error(2, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	int rc = sk_iovec_add(vec, (size_t) length);
	if (rc != 0) {
		length_refused(rc, 1, 2);
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

PHP_FUNCTION(socket_iovec_delete)
{
	zval *ziov;
	zend_long position;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(ziov, skng_iovec_ce)
		Z_PARAM_LONG(position)
	ZEND_PARSE_PARAMETERS_END();

	sk_iovec *vec = usable_iovec(ziov, 1);
	if (vec == NULL || !valid_position(vec, position, 2)) {
		RETURN_THROWS();
	}
	sk_iovec_delete(vec, (size_t) position);
	RETURN_TRUE;
}

PHP_FUNCTION(socket_iovec_free)
{
	zval *ziov;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(ziov, skng_iovec_ce)
	ZEND_PARSE_PARAMETERS_END();

	sk_iovec *vec = usable_iovec(ziov, 1);
	if (vec == NULL) {
		RETURN_THROWS();
	}
	sk_iovec_clear(vec);
	iovec_from_obj(Z_OBJ_P(ziov))->freed = true;
	RETURN_TRUE;
}

PHP_FUNCTION(socket_readv)
{
	zval *zsock, *ziov;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_OBJECT_OF_CLASS(ziov, skng_iovec_ce)
	ZEND_PARSE_PARAMETERS_END();

	skng_socket *sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);
	sk_iovec *vec = usable_iovec(ziov, 2);
	if (vec == NULL) {
		RETURN_THROWS();
	}
	ssize_t got = sk_iovec_readv(sock->fd, vec);
	if (got < 0) {
		skng_socket_error(sock, "unable to read from socket", (int) -got);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

PHP_FUNCTION(socket_writev)
{
	zval *zsock, *ziov;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, skng_socket_ce)
		Z_PARAM_OBJECT_OF_CLASS(ziov, skng_iovec_ce)
	ZEND_PARSE_PARAMETERS_END();

	skng_socket *sock = Z_SKNG_SOCKET_P(zsock);
	SKNG_CHECK_OPEN(sock, 1);
	sk_iovec *vec = usable_iovec(ziov, 2);
	if (vec == NULL) {
		RETURN_THROWS();
	}
	size_t sent_before_failing;
	ssize_t sent = sk_iovec_writev(sock->fd, vec, &sent_before_failing);
	if (sent < 0 && sent_before_failing > 0) {
		/* A full non-blocking buffer or a signal stopped it part way: the count, as socket_write
		 * gives one, so that a retry sends only the rest. */
		RETURN_LONG((zend_long) sent_before_failing);
	}
	if (sent < 0) {
		skng_socket_error(sock, "unable to write to socket", (int) -sent);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}
