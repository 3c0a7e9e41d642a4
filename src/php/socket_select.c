/* socket_select, on poll(): no FD_SETSIZE limit on how many sockets or which descriptor numbers. */
#include "php_sockets_ng.h"

#include "src/core/sk_poll.h"

/* The poll set is kept from call to call (a select loop calls with the same sockets again and
 * again): its arrays and its descriptor map are allocated once, not per call. Only without ZTS,
 * where one thread runs PHP; with ZTS each call has its own. */
#ifndef ZTS
static sk_poll_set kept_set;
static bool kept_set_ready;
#endif

/* Adds every Socket of one array argument to the poll set. Returns the number of sockets, or
 * -1 after throwing for an element that is not an open Socket. *duplicates is set when a
 * descriptor comes twice in the array. */
static int add_array_to_poll_set(sk_poll_set *set, zval *sockets, uint32_t arg_num, int want, bool *duplicates)
{
	zval *element;
	int added = 0;

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(sockets), element) {
		ZVAL_DEREF(element);
		if (Z_TYPE_P(element) != IS_OBJECT || Z_OBJCE_P(element) != skng_socket_ce) {
			zend_argument_type_error(arg_num, "must only have elements of type Socket, %s given", zend_zval_type_name(element));
			return -1;
		}
		skng_socket *sock = Z_SKNG_SOCKET_P(element);
		if (sock->fd < 0) {
			zend_argument_type_error(arg_num, "contains a closed socket");
			return -1;
		}
		int outcome = sk_poll_add_fast(set, sock->fd, want);
		if (outcome < 0) {
			zend_throw_error(NULL, "socket_select(): out of memory");
			return -1;
		}
		*duplicates |= outcome == 1;
		added++;
	} ZEND_HASH_FOREACH_END();
	return added;
}

/* Replaces the array with the sockets that are ready, keys kept, as select() leaves an fd_set.
 * The scan stops once every ready descriptor was found, unless one came twice in the array
 * (both elements must then be kept). */
static void keep_ready_sockets(const sk_poll_set *set, zval *sockets, int want, bool duplicates)
{
	zend_string *key;
	zend_ulong index;
	zval *element;
	size_t left = sk_poll_ready_count(set, want);
	HashTable *ready = zend_new_array(0);

	if (left > 0) {
		ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(sockets), index, key, element) {
			ZVAL_DEREF(element);
			if (!sk_poll_is_ready(set, Z_SKNG_SOCKET_P(element)->fd, want)) {
				continue;
			}
			zval *added = key ? zend_hash_add(ready, key, element) : zend_hash_index_update(ready, index, element);
			if (added) {
				Z_ADDREF_P(added);
			}
			if (--left == 0 && !duplicates) {
				break;
			}
		} ZEND_HASH_FOREACH_END();
	}

	zval_ptr_dtor(sockets);
	ZVAL_ARR(sockets, ready);
}

PHP_FUNCTION(socket_select)
{
	zval *read = NULL, *write = NULL, *except = NULL;
	zend_long seconds = 0, microseconds = 0;
	bool seconds_is_null = true;

	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_ARRAY_EX2(read, 1, 1, 0)
		Z_PARAM_ARRAY_EX2(write, 1, 1, 0)
		Z_PARAM_ARRAY_EX2(except, 1, 1, 0)
		Z_PARAM_LONG_OR_NULL(seconds, seconds_is_null)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(microseconds)
	ZEND_PARSE_PARAMETERS_END();

	zval *arrays[3] = {read, write, except};
	const int wants[3] = {SK_POLL_READ, SK_POLL_WRITE, SK_POLL_EXCEPT};
	bool duplicates[3] = {false, false, false};
	int non_empty_arrays = 0;
#ifdef ZTS
	sk_poll_set own_set;
	sk_poll_set *const set_p = &own_set;
	sk_poll_init(set_p);
#define SKNG_SELECT_DONE() sk_poll_free(set_p)
#else
	sk_poll_set *const set_p = &kept_set;
	if (!kept_set_ready) {
		sk_poll_init(set_p);
		kept_set_ready = true;
	}
#define SKNG_SELECT_DONE() sk_poll_reset(set_p)
#endif

	size_t elements = 0;
	for (int i = 0; i < 3; i++) {
		if (arrays[i] != NULL) {
			elements += zend_hash_num_elements(Z_ARRVAL_P(arrays[i]));
		}
	}
	if (sk_poll_reserve(set_p, elements) != 0) {
		SKNG_SELECT_DONE();
		zend_throw_error(NULL, "socket_select(): out of memory");
		RETURN_THROWS();
	}
	for (int i = 0; i < 3; i++) {
		if (arrays[i] == NULL) {
			continue;
		}
		int added = add_array_to_poll_set(set_p, arrays[i], (uint32_t) i + 1, wants[i], &duplicates[i]);
		if (added < 0) {
			SKNG_SELECT_DONE();
			RETURN_THROWS();
		}
		non_empty_arrays += added > 0;
	}
	if (non_empty_arrays == 0) {
		SKNG_SELECT_DONE();
		zend_value_error("socket_select(): At least one array argument must be passed");
		RETURN_THROWS();
	}

	struct timespec timeout;
	int ready = 0;
	if (!seconds_is_null && sk_poll_timeout(seconds, microseconds, &timeout) != 0) {
		ready = -1;
	} else {
		ready = sk_poll_wait(set_p, seconds_is_null ? NULL : &timeout);
	}
	if (ready < 0) {
		char buf[256];
		int err = errno;
		SKNG_SELECT_DONE();
		SOCKETS_G(last_error) = err;
		php_error_docref(NULL, E_WARNING, "Unable to select [%d]: %s", err, sk_strerror(err, buf, sizeof(buf)));
		RETURN_FALSE;
	}

	for (int i = 0; i < 3; i++) {
		if (arrays[i] != NULL) {
			keep_ready_sockets(set_p, arrays[i], wants[i], duplicates[i]);
		}
	}
	SKNG_SELECT_DONE();
	RETURN_LONG(ready);
#undef SKNG_SELECT_DONE
}
