/* socket_select, on poll(): no FD_SETSIZE limit on how many sockets or which descriptor numbers.
 *
 * PHP code can run inside this call at two places: an error handler while the timeout is parsed
 * (a float's "loses precision" deprecation), and destructors while the old arrays are released (a
 * Socket holding the last reference to its stream frees it and runs the stream's user filters;
 * releasing elements can start the cycle collector). That code may call socket_select again,
 * replace or free the arrays, or end the request with a fatal error. Hence the order: the arrays are
 * checked again after parsing; the poll set is borrowed, filled, waited on and read, with no PHP
 * code running meanwhile, and given back; every result is stored; only then are the old arrays
 * released. */
#include "php_sockets_ng.h"

#include "src/core/sk_poll.h"

/* How a TypeError names the value it got: PHP 8.3 says "false given" where 8.2 says "bool given". */
#if PHP_VERSION_ID >= 80300
# define given_name(zv) zend_zval_value_name(zv)
#else
# define given_name(zv) zend_zval_type_name(zv)
#endif

/* The poll set is kept from call to call (a select loop calls with the same sockets again and
 * again): its arrays and its descriptor map are allocated once, not per call. A call borrows it
 * for its duration; a call that finds it borrowed uses a set of its own (none can today, as no
 * PHP code runs while it is borrowed: a safeguard). A fatal error while it is borrowed gives it
 * back (zend_try), so the next call, or the next request of the process, finds it empty. Only
 * without ZTS, where one thread runs PHP; with ZTS each call has its own. */
#ifndef ZTS
static sk_poll_set kept_set; /* all zero: an empty set, as sk_poll_init leaves it */
static bool kept_set_borrowed;
#endif

static sk_poll_set *borrow_poll_set(sk_poll_set *own_set)
{
#ifndef ZTS
	if (!kept_set_borrowed) {
		kept_set_borrowed = true;
		return &kept_set;
	}
#endif
	sk_poll_init(own_set);
	return own_set;
}

static void give_back_poll_set(sk_poll_set *set)
{
#ifndef ZTS
	if (set == &kept_set) {
		sk_poll_reset(set);
		kept_set_borrowed = false;
		return;
	}
#endif
	sk_poll_free(set);
}

/* One call's three array arguments and what the poll made of them. */
typedef struct select_arrays {
	zval *args[3];           /* the by-reference arguments (dereferenced), NULL when null was passed */
	bool duplicates[3];      /* a descriptor came twice in that array */
	HashTable *results[3];   /* the ready sockets of each, built before anything is stored */
} select_arrays;

static const int select_wants[3] = {SK_POLL_READ, SK_POLL_WRITE, SK_POLL_EXCEPT};

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
			zend_argument_type_error(arg_num, "must only have elements of type Socket, %s given", given_name(element));
			return -1;
		}
		skng_socket *sock = Z_SKNG_SOCKET_P(element);
		/* Also closed: a Socket whose stream was fclose()d (its old number may be another file's now). */
		if (!skng_socket_is_open(sock)) {
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

/* A new array of the sockets of source that are ready for want, keys kept, as select() leaves an
 * fd_set. The scan stops once every ready descriptor was found, unless one came twice in the array
 * (both elements must then be kept). Only reads source: no PHP code runs. */
static HashTable *ready_sockets(const sk_poll_set *set, HashTable *source, int want, bool duplicates)
{
	zend_string *key;
	zend_ulong index;
	zval *element;
	size_t left = sk_poll_ready_count(set, want);
	HashTable *ready = zend_new_array(0);

	if (left > 0) {
		ZEND_HASH_FOREACH_KEY_VAL(source, index, key, element) {
			ZVAL_DEREF(element);
			/* Checked by add_array_to_poll_set, and no PHP code ran since. */
			ZEND_ASSERT(Z_TYPE_P(element) == IS_OBJECT && Z_OBJCE_P(element) == skng_socket_ce);
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
	return ready;
}

/* Results of poll_arrays other than a count of ready sockets. */
#define SELECT_THREW (-1)       /* an exception was thrown */
#define SELECT_NO_SOCKETS (-2)  /* every array was null or empty */
#define SELECT_FAILED (-3)      /* the wait failed, *wait_errno says why */

/* Fills the set from the arrays, waits, and builds each array's result. Returns the number of
 * ready (socket, kind) pairs or a SELECT_* outcome. */
static int poll_arrays(sk_poll_set *set, select_arrays *arrays, const struct timespec *timeout, bool timeout_valid, int *wait_errno)
{
	size_t elements = 0;
	for (int i = 0; i < 3; i++) {
		if (arrays->args[i] != NULL) {
			elements += zend_hash_num_elements(Z_ARRVAL_P(arrays->args[i]));
		}
	}
	if (sk_poll_reserve(set, elements) != 0) {
		zend_throw_error(NULL, "socket_select(): out of memory");
		return SELECT_THREW;
	}
	int non_empty_arrays = 0;
	for (int i = 0; i < 3; i++) {
		if (arrays->args[i] == NULL) {
			continue;
		}
		int added = add_array_to_poll_set(set, arrays->args[i], (uint32_t) i + 1, select_wants[i], &arrays->duplicates[i]);
		if (added < 0) {
			return SELECT_THREW;
		}
		non_empty_arrays += added > 0;
	}
	if (non_empty_arrays == 0) {
		return SELECT_NO_SOCKETS;
	}
	if (!timeout_valid) {
		*wait_errno = EINVAL;
		return SELECT_FAILED;
	}
	int ready = sk_poll_wait(set, timeout);
	if (ready < 0) {
		*wait_errno = errno;
		return SELECT_FAILED;
	}

	for (int i = 0; i < 3; i++) {
		if (arrays->args[i] == NULL) {
			continue;
		}
		/* The same variable passed twice: the bundled extension rewrites the arrays one after
		 * the other, so a later kind reads what the earlier one left. */
		HashTable *source = Z_ARRVAL_P(arrays->args[i]);
		for (int j = 0; j < i; j++) {
			if (arrays->args[j] == arrays->args[i]) {
				source = arrays->results[j];
			}
		}
		arrays->results[i] = ready_sockets(set, source, select_wants[i], arrays->duplicates[i]);
	}
	return ready;
}

/* poll_arrays on a borrowed poll set, given back on every path, a fatal error's longjmp included. */
static int poll_arrays_with_borrowed_set(select_arrays *arrays, const struct timespec *timeout, bool timeout_valid, int *wait_errno)
{
	sk_poll_set own_set;
	sk_poll_set *set = borrow_poll_set(&own_set);
	int ready = SELECT_THREW;
	zend_try {
		ready = poll_arrays(set, arrays, timeout, timeout_valid, wait_errno);
	} zend_catch {
		give_back_poll_set(set);
		zend_bailout();
	} zend_end_try();
	give_back_poll_set(set);
	return ready;
}

/* Puts each result in its argument, then releases the old arrays. A release may run PHP code
 * (destructors); that code then finds every argument already holding its result and no array of
 * ours half-freed, as after any assignment: no release-then-assign. */
static void store_results(select_arrays *arrays)
{
	zval old[3];
	int olds = 0;
	for (int i = 0; i < 3; i++) {
		if (arrays->args[i] == NULL) {
			continue;
		}
		ZVAL_COPY_VALUE(&old[olds++], arrays->args[i]);
		ZVAL_ARR(arrays->args[i], arrays->results[i]);
	}
	for (int i = 0; i < olds; i++) {
		zval_ptr_dtor(&old[i]);
	}
}

PHP_FUNCTION(socket_select)
{
	select_arrays arrays = {{NULL, NULL, NULL}, {false, false, false}, {NULL, NULL, NULL}};
	zend_long seconds = 0, microseconds = 0;
	bool seconds_is_null = true;

	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_ARRAY_EX2(arrays.args[0], 1, 1, 0)
		Z_PARAM_ARRAY_EX2(arrays.args[1], 1, 1, 0)
		Z_PARAM_ARRAY_EX2(arrays.args[2], 1, 1, 0)
		Z_PARAM_LONG_OR_NULL(seconds, seconds_is_null)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(microseconds)
	ZEND_PARSE_PARAMETERS_END();

	/* An error handler run while the timeout was parsed may have put something else in a
	 * variable already parsed as an array: null counts as null, anything else gets the same
	 * TypeError as the parser's. */
	for (int i = 0; i < 3; i++) {
		if (arrays.args[i] != NULL && Z_TYPE_P(arrays.args[i]) == IS_NULL) {
			arrays.args[i] = NULL;
		} else if (arrays.args[i] != NULL && Z_TYPE_P(arrays.args[i]) != IS_ARRAY) {
			zend_argument_type_error((uint32_t) i + 1, "must be of type ?array, %s given", given_name(arrays.args[i]));
			RETURN_THROWS();
		}
	}

	struct timespec timeout;
	bool timeout_valid = seconds_is_null || sk_poll_timeout(seconds, microseconds, &timeout) == 0;
	const struct timespec *wait_for = seconds_is_null ? NULL : &timeout;
	int wait_errno = 0;
	int ready = poll_arrays_with_borrowed_set(&arrays, wait_for, timeout_valid, &wait_errno);

	switch (ready) {
		case SELECT_THREW:
			RETURN_THROWS();
		case SELECT_NO_SOCKETS:
			zend_value_error("socket_select(): At least one array argument must be passed");
			RETURN_THROWS();
		case SELECT_FAILED: {
			char buf[256];
			SOCKETS_G(last_error) = wait_errno;
			php_error_docref(NULL, E_WARNING, "Unable to select [%d]: %s", wait_errno, sk_strerror(wait_errno, buf, sizeof(buf)));
			RETURN_FALSE;
		}
	}
	store_results(&arrays);
	RETURN_LONG(ready);
}

/* MSHUTDOWN: the kept set's arrays go with the module (valgrind counts them lost at unload). */
void skng_select_module_shutdown(void)
{
#ifndef ZTS
	sk_poll_free(&kept_set);
#endif
}
