/* SPDX-License-Identifier: BSD-3-Clause */
/* socket_select: no FD_SETSIZE limit on how many sockets or which descriptor numbers; a poll, or a
 * kernel interest set kept between calls (sk_watch: epoll) when that pays.
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

/* The poll set and the kernel interest set (sk_watch) are kept from call to call, in the module
 * globals (per thread with a thread-safe PHP): a select loop calls with the same sockets again and
 * again, so the set's memory is allocated once and the kernel set is changed only where the
 * arrays changed. A call borrows them for its duration; a call that finds them borrowed (none can
 * today, as no PHP code runs while they are borrowed: a safeguard) polls with a set of its own. A
 * fatal error while they are borrowed gives them back (zend_try), so the next call, or the next
 * request of the process, finds them consistent. The set keeps its entries after a call, for a
 * next call that asks for the same (select_memo); the end of a request empties it. */
typedef struct select_state {
	sk_poll_set *set;
	sk_watch *watch;     /* NULL: a call with a set of its own polls */
	uint32_t *positions[3]; /* per set entry, its position in each array argument; NULL: not kept */
	sk_poll_set own_set;
} select_state;

static void borrow_select_state(select_state *state)
{
	for (int i = 0; i < 3; i++) {
		state->positions[i] = NULL;
	}
	if (!SOCKETS_G(select_borrowed)) {
		SOCKETS_G(select_borrowed) = true;
		state->set = &SOCKETS_G(select_set);
		state->watch = &SOCKETS_G(select_watch);
		return;
	}
	sk_poll_init(&state->own_set);
	state->set = &state->own_set;
	state->watch = NULL;
}

/* Room for the positions of count entries (the kept state only); without it the results are found
 * by scanning the arrays, as they are for a nested call. */
static void reserve_positions(select_state *state, size_t count)
{
	if (state->watch == NULL) {
		return;
	}
	if (count > SOCKETS_G(select_positions_capacity)) {
		for (int i = 0; i < 3; i++) {
			uint32_t *grown = realloc(SOCKETS_G(select_positions)[i], count * sizeof(uint32_t));
			if (grown == NULL) {
				return;
			}
			SOCKETS_G(select_positions)[i] = grown;
		}
		SOCKETS_G(select_positions_capacity) = count;
	}
	for (int i = 0; i < 3; i++) {
		state->positions[i] = SOCKETS_G(select_positions)[i];
	}
}

static void give_back_select_state(select_state *state)
{
	if (state->watch != NULL) {
		/* The entries stay: the next call may ask for the same (select_memo). */
		SOCKETS_G(select_borrowed) = false;
		return;
	}
	sk_poll_free(state->set);
}

/* SOCKETS_NG_SELECT=poll|epoll|auto (default auto) forces how socket_select waits: for tests that
 * check both ways give the same results, and for benchmarks. Read once per thread. */
static enum sk_watch_policy policy_from_environment(void)
{
	const char *forced = getenv("SOCKETS_NG_SELECT");
	if (forced != NULL && strcmp(forced, "poll") == 0) {
		return SK_WATCH_POLL;
	}
	if (forced != NULL && strcmp(forced, "epoll") == 0) {
		return SK_WATCH_KERNEL;
	}
	return SK_WATCH_AUTO;
}

void skng_select_globals_init(zend_sockets_globals *globals)
{
	sk_poll_init(&globals->select_set);
	sk_watch_init(&globals->select_watch);
	sk_watch_set_policy(&globals->select_watch, policy_from_environment());
	globals->select_borrowed = false;
	for (int i = 0; i < 3; i++) {
		globals->select_positions[i] = NULL;
	}
	globals->select_positions_capacity = 0;
	globals->select_bitmap = NULL;
	globals->select_bitmap_words = 0;
	memset(&globals->select_memo, 0, sizeof(globals->select_memo));
	globals->socket_changes = 0;
}

void skng_select_request_shutdown(void)
{
	sk_watch_reset(&SOCKETS_G(select_watch));
	sk_poll_reset(&SOCKETS_G(select_set));
	SOCKETS_G(select_memo).valid = false;
}

void skng_select_globals_free(zend_sockets_globals *globals)
{
	sk_poll_free(&globals->select_set);
	sk_watch_free(&globals->select_watch);
	for (int i = 0; i < 3; i++) {
		free(globals->select_positions[i]);
		globals->select_positions[i] = NULL;
	}
	globals->select_positions_capacity = 0;
	free(globals->select_bitmap);
	globals->select_bitmap = NULL;
	globals->select_bitmap_words = 0;
	for (int i = 0; i < 3; i++) {
		free(globals->select_memo.objects[i]);
	}
	memset(&globals->select_memo, 0, sizeof(globals->select_memo));
}

bool skng_select_give_up_descriptor(void)
{
	/* Never while a call holds the watch (none can be: no socket is made during a select). */
	return !SOCKETS_G(select_borrowed) && sk_watch_give_up_kernel_set(&SOCKETS_G(select_watch));
}

void skng_select_forget(skng_socket *sock)
{
	if (sock->fd >= 0) {
		sk_watch_forget(&SOCKETS_G(select_watch), sock->fd);
	}
}

/* One call's three array arguments and what the poll made of them. */
typedef struct select_arrays {
	zval *args[3];           /* the by-reference arguments (dereferenced), NULL when null was passed */
	bool duplicates[3];      /* a descriptor came twice in that array */
	HashTable *results[3];   /* the ready sockets of each, built before anything is stored */
	bool stream_closed;      /* a Socket whose stream was fclose()d is in one of them */
} select_arrays;

static const int select_wants[3] = {SK_POLL_READ, SK_POLL_WRITE, SK_POLL_EXCEPT};

/* The element at a position of an array's storage (packed or hashed), IS_UNDEF for a hole. */
static zend_always_inline zval *element_at(const HashTable *ht, uint32_t position)
{
	return HT_IS_PACKED(ht) ? &ht->arPacked[position] : &ht->arData[position].val;
}

/* Never equal to a Socket's address: the memo's entry for a Socket that has a stream. */
#define MEMO_ALWAYS_CHECK ((zend_object *) (uintptr_t) 1)

/* Adds every Socket of one array argument to the poll set; with positions, records where each
 * descriptor first is in the array; with memo, which object is at each position. Returns the
 * number of sockets, or -1 after throwing for an element that is not an open Socket. *duplicates
 * is set when a descriptor comes twice in the array; *stream_closed when a Socket's stream was
 * fclose()d (counted, not added). */
static int add_array_to_poll_set(sk_poll_set *set, zval *sockets, uint32_t arg_num, int want, bool *duplicates, bool *stream_closed, uint32_t *positions, zend_object **memo)
{
	const HashTable *ht = Z_ARRVAL_P(sockets);
	int added = 0;

	for (uint32_t position = 0; position < ht->nNumUsed; position++) {
		zval *element = element_at(ht, position);
		if (Z_TYPE_P(element) == IS_UNDEF) {
			if (memo != NULL) {
				memo[position] = NULL;
			}
			continue;
		}
		ZVAL_DEREF(element);
		if (Z_TYPE_P(element) != IS_OBJECT || Z_OBJCE_P(element) != skng_socket_ce) {
			zend_argument_type_error(arg_num, "must only have elements of type Socket, %s given", given_name(element));
			return -1;
		}
		skng_socket *sock = Z_SKNG_SOCKET_P(element);
		/* Its stream fclose()d: the wait fails with EBADF (its old number may be another file's now). */
		if (skng_socket_lost_its_stream(sock)) {
			*stream_closed = true;
			if (memo != NULL) {
				memo[position] = MEMO_ALWAYS_CHECK;
			}
			added++;
			continue;
		}
		if (!skng_socket_is_open(sock)) {
			zend_argument_type_error(arg_num, "contains a closed socket");
			return -1;
		}
		/* A Socket with a stream has no identity for the kernel set: the stream closes its descriptor
		 * (fclose) with no word to us, and a registration could then outlive it. */
		int outcome = sk_poll_add_fast(set, sock->fd, want, Z_ISUNDEF(sock->stream) ? sock->watch_id : 0);
		if (outcome < 0) {
			zend_throw_error(NULL, "socket_select(): out of memory");
			return -1;
		}
		if (outcome == 0 && positions != NULL) {
			positions[set->slot_of_fd[sock->fd] - 1] = position;
		}
		if (memo != NULL) {
			memo[position] = Z_ISUNDEF(sock->stream) ? Z_OBJ_P(element) : MEMO_ALWAYS_CHECK;
		}
		*duplicates |= outcome == 1;
		added++;
	}
	return added;
}

/* Adds source's element at position to ready under the same key. */
static zend_always_inline void copy_element(HashTable *ready, const HashTable *source, uint32_t position)
{
	zval *element = element_at(source, position);
	ZVAL_DEREF(element);
	zval *added;
	if (HT_IS_PACKED(source)) {
		added = zend_hash_index_update(ready, position, element);
	} else {
		const Bucket *bucket = &source->arData[position];
		added = bucket->key ? zend_hash_add(ready, bucket->key, element) : zend_hash_index_update(ready, bucket->h, element);
	}
	if (added) {
		Z_ADDREF_P(added);
	}
}

/* ready_sockets when few elements are ready: the positions of the ready descriptors are marked in
 * a bitmap, which is then read in order, so the result keeps the array's order without a scan of
 * every element. Returns false when the bitmap could not be had. */
static bool ready_sockets_by_position(const sk_poll_set *set, const HashTable *source, int want, const uint32_t *positions, HashTable *ready)
{
	size_t words = ((size_t) source->nNumUsed + 63) / 64;
	if (words > SOCKETS_G(select_bitmap_words)) {
		uint64_t *bitmap = realloc(SOCKETS_G(select_bitmap), words * sizeof(uint64_t));
		if (bitmap == NULL) {
			return false;
		}
		memset(bitmap + SOCKETS_G(select_bitmap_words), 0, (words - SOCKETS_G(select_bitmap_words)) * sizeof(uint64_t));
		SOCKETS_G(select_bitmap) = bitmap;
		SOCKETS_G(select_bitmap_words) = words;
	}
	uint64_t *bitmap = SOCKETS_G(select_bitmap);
	for (size_t k = 0; k < set->ready_entries_count; k++) {
		uint32_t entry = set->ready_entries[k];
		if (sk_poll_is_ready(set, set->fds[entry].fd, want)) {
			uint32_t position = positions[entry];
			bitmap[position / 64] |= (uint64_t) 1 << (position % 64);
		}
	}
	/* Read and cleared in one pass: the bitmap is all zero again for the next call. */
	for (size_t w = 0; w < words; w++) {
		uint64_t bits = bitmap[w];
		bitmap[w] = 0;
		while (bits != 0) {
			uint32_t position = (uint32_t) (w * 64) + (uint32_t) __builtin_ctzll(bits);
			bits &= bits - 1;
			copy_element(ready, source, position);
		}
	}
	return true;
}

/* A new array of the sockets of source that are ready for want, keys kept, as select() leaves an
 * fd_set. With positions (each descriptor once in source) and few ready, from the ready
 * descriptors; else by a scan of source, which stops once every ready descriptor was found unless
 * one came twice in the array (both elements must then be kept). Only reads source: no PHP code
 * runs. */
static HashTable *ready_sockets(const sk_poll_set *set, HashTable *source, int want, bool duplicates, const uint32_t *positions)
{
	zend_string *key;
	zend_ulong index;
	zval *element;
	size_t left = sk_poll_ready_count(set, want);
	HashTable *ready = zend_new_array(0);

	if (left == 0) {
		return ready;
	}
	if (positions != NULL && !duplicates && left * 8 < source->nNumUsed
			&& ready_sockets_by_position(set, source, want, positions, ready)) {
		return ready;
	}
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
	return ready;
}

/* Results of poll_arrays other than a count of ready sockets. */
#define SELECT_THREW (-1)       /* an exception was thrown */
#define SELECT_NO_SOCKETS (-2)  /* every array was null or empty */
#define SELECT_FAILED (-3)      /* the wait failed, *wait_errno says why */

/* Whether this call's arrays hold the same Socket objects at the same places as the previous
 * call's (kept state only), none of them closed, freed or given a stream since: then the kept poll
 * set already holds what this call asks for. Reads the arrays only (a pointer per element). */
static bool same_sockets_as_last_call(const select_arrays *arrays)
{
	const skng_select_memo *memo = &SOCKETS_G(select_memo);
	if (!memo->valid || memo->socket_changes != SOCKETS_G(socket_changes)) {
		return false;
	}
	for (int i = 0; i < 3; i++) {
		if ((arrays->args[i] != NULL) != memo->present[i]) {
			return false;
		}
		if (arrays->args[i] == NULL) {
			continue;
		}
		const HashTable *ht = Z_ARRVAL_P(arrays->args[i]);
		if (ht->nNumUsed != memo->used[i]) {
			return false;
		}
		zend_object *const *objects = memo->objects[i];
		for (uint32_t position = 0; position < ht->nNumUsed; position++) {
			zval *element = element_at(ht, position);
			if (Z_TYPE_P(element) == IS_UNDEF) {
				if (objects[position] != NULL) {
					return false;
				}
				continue;
			}
			ZVAL_DEREF(element);
			if (Z_TYPE_P(element) != IS_OBJECT || Z_OBJ_P(element) != objects[position]) {
				return false;
			}
		}
	}
	return true;
}

/* Room in the memo for each array's positions; false when it cannot be had (no memo this call). */
static bool reserve_memo(const select_arrays *arrays)
{
	skng_select_memo *memo = &SOCKETS_G(select_memo);
	for (int i = 0; i < 3; i++) {
		size_t used = arrays->args[i] != NULL ? Z_ARRVAL_P(arrays->args[i])->nNumUsed : 0;
		if (used > memo->capacity[i]) {
			zend_object **grown = realloc(memo->objects[i], used * sizeof(zend_object *));
			if (grown == NULL) {
				return false;
			}
			memo->objects[i] = grown;
			memo->capacity[i] = used;
		}
	}
	return true;
}

/* Fills the set from the arrays (or reuses it when they hold what the previous call's did), waits,
 * and builds each array's result. Returns the number of ready (socket, kind) pairs or a SELECT_*
 * outcome. */
static int poll_arrays(select_state *state, select_arrays *arrays, const struct timespec *timeout, bool timeout_valid, int *wait_errno)
{
	sk_poll_set *set = state->set;
	skng_select_memo *memo = &SOCKETS_G(select_memo);
	int non_empty_arrays = 0;

	if (state->watch != NULL && same_sockets_as_last_call(arrays)) {
		sk_poll_reuse(set);
		reserve_positions(state, set->capacity);   /* the positions are the previous call's */
		for (int i = 0; i < 3; i++) {
			arrays->duplicates[i] = memo->duplicates[i];
			non_empty_arrays += memo->added[i] > 0;
		}
	} else {
		bool memo_ok = false;
		if (state->watch != NULL) {
			memo->valid = false;
			sk_poll_reset(set);   /* the entries of the previous call */
			memo_ok = reserve_memo(arrays);
		}
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
		reserve_positions(state, set->capacity);
		for (int i = 0; i < 3; i++) {
			if (arrays->args[i] == NULL) {
				continue;
			}
			int added = add_array_to_poll_set(set, arrays->args[i], (uint32_t) i + 1, select_wants[i],
				&arrays->duplicates[i], &arrays->stream_closed, state->positions[i], memo_ok ? memo->objects[i] : NULL);
			if (added < 0) {
				return SELECT_THREW;
			}
			non_empty_arrays += added > 0;
			if (memo_ok) {
				memo->added[i] = added;
			}
		}
		/* Positions are part of what a reused set relies on: without them, no memo. */
		if (memo_ok && state->positions[0] != NULL) {
			for (int i = 0; i < 3; i++) {
				memo->present[i] = arrays->args[i] != NULL;
				memo->used[i] = memo->present[i] ? Z_ARRVAL_P(arrays->args[i])->nNumUsed : 0;
				memo->duplicates[i] = arrays->duplicates[i];
				if (!memo->present[i]) {
					memo->added[i] = 0;
				}
			}
			memo->socket_changes = SOCKETS_G(socket_changes);
			memo->valid = true;
		}
	}
	if (non_empty_arrays == 0) {
		return SELECT_NO_SOCKETS;
	}
	if (!timeout_valid) {
		*wait_errno = EINVAL;
		return SELECT_FAILED;
	}
	/* As select(2) given a descriptor that is no longer open: the bundled extension's answer. */
	if (arrays->stream_closed) {
		*wait_errno = EBADF;
		return SELECT_FAILED;
	}
	int ready = state->watch != NULL ? sk_watch_wait(state->watch, set, timeout) : sk_poll_wait(set, timeout);
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
		const uint32_t *positions = state->positions[i];
		for (int j = 0; j < i; j++) {
			if (arrays->args[j] == arrays->args[i]) {
				source = arrays->results[j];
				positions = NULL;
			}
		}
		arrays->results[i] = ready_sockets(set, source, select_wants[i], arrays->duplicates[i], positions);
	}
	return ready;
}

/* poll_arrays on a borrowed poll set, given back on every path, a fatal error's longjmp included. */
static int poll_arrays_with_borrowed_set(select_arrays *arrays, const struct timespec *timeout, bool timeout_valid, int *wait_errno)
{
	select_state state;
	borrow_select_state(&state);
	int ready = SELECT_THREW;
	zend_try {
		ready = poll_arrays(&state, arrays, timeout, timeout_valid, wait_errno);
	} zend_catch {
		give_back_select_state(&state);
		zend_bailout();
	} zend_end_try();
	give_back_select_state(&state);
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
	select_arrays arrays = {{NULL, NULL, NULL}, {false, false, false}, {NULL, NULL, NULL}, false};
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
