/* SPDX-License-Identifier: BSD-3-Clause */
/* A small value tree standing in for PHP arrays, so the message conversion of src/core/sk_msg.c can be driven
 * from C: the unit tests write message arrays as text, the fuzz harness (tests/fuzz) feeds arbitrary bytes
 * through the same parser.
 *
 * Text form:
 *   {key: value, ...}   an array with string keys        [value, ...]  an array with integer keys
 *   "bytes"             a string (\" \\ \0 \xHH escapes)  123  -5       integers
 *   n                   null (not convertible to an integer)
 *   #7                  a Socket object with descriptor 7   #c  a closed Socket   #r  a resource that is no stream
 *   #m                  a stream without a descriptor       x   an object whose conversion throws
 *   !                   an object whose conversion runs mt_hook (stands for a __toString), then reads as 1
 * Whitespace is ignored. Anything else ends the parse with an error. */
#ifndef MSG_TREE_H
#define MSG_TREE_H

#include "sk_msg.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef enum { MT_NULL, MT_INT, MT_STRING, MT_ARRAY, MT_SOCKET, MT_CLOSED, MT_NOT_STREAM, MT_NO_FD, MT_THROWS, MT_HOOK } mt_kind;

/* Run when a '!' value is converted (PHP code in the middle of a conversion); NULL: nothing. */
static void (*mt_hook)(void);

typedef struct mt_node mt_node;
struct mt_node {
	mt_kind kind;
	int64_t integer;
	char *bytes;      /* MT_STRING: NUL-terminated, len bytes */
	size_t len;
	char *key;        /* the key of this node in its parent array (NULL: integer key) */
	mt_node *first;   /* MT_ARRAY: children */
	mt_node *next;    /* next sibling */
	uint32_t count;
};

typedef struct mt_parser {
	const char *p, *end;
	int depth;
	bool error;
} mt_parser;

typedef struct mt_alloc {
	mt_node node;
	struct mt_alloc *next_alloc;
} mt_alloc;

static mt_alloc *mt_allocs;

static mt_node *mt_new(mt_kind kind)
{
	mt_alloc *a = calloc(1, sizeof(*a));
	if (a == NULL) {
		abort();
	}
	a->node.kind = kind;
	a->next_alloc = mt_allocs;
	mt_allocs = a;
	return &a->node;
}

static void mt_free_all(void)
{
	while (mt_allocs != NULL) {
		mt_alloc *next = mt_allocs->next_alloc;
		free(mt_allocs->node.bytes);
		free(mt_allocs->node.key);
		free(mt_allocs);
		mt_allocs = next;
	}
}

static void mt_skip(mt_parser *ps)
{
	while (ps->p < ps->end && isspace((unsigned char) *ps->p)) {
		ps->p++;
	}
}

static int mt_hex(char c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	if (c >= 'A' && c <= 'F') return c - 'A' + 10;
	return -1;
}

/* A quoted string; also used for keys. */
static char *mt_string(mt_parser *ps, size_t *len)
{
	size_t cap = 16, n = 0;
	char *out = malloc(cap);
	if (out == NULL) abort();
	ps->p++; /* opening quote */
	while (ps->p < ps->end && *ps->p != '"') {
		char c = *ps->p++;
		if (c == '\\' && ps->p < ps->end) {
			char e = *ps->p++;
			if (e == '0') {
				c = '\0';
			} else if (e == 'x' && ps->end - ps->p >= 2 && mt_hex(ps->p[0]) >= 0 && mt_hex(ps->p[1]) >= 0) {
				c = (char) (mt_hex(ps->p[0]) * 16 + mt_hex(ps->p[1]));
				ps->p += 2;
			} else {
				c = e;
			}
		}
		if (n + 1 >= cap) {
			cap *= 2;
			out = realloc(out, cap);
			if (out == NULL) abort();
		}
		out[n++] = c;
	}
	if (ps->p >= ps->end) {
		ps->error = true;
	} else {
		ps->p++; /* closing quote */
	}
	out[n] = '\0';
	*len = n;
	return out;
}

static mt_node *mt_value(mt_parser *ps);

static mt_node *mt_array(mt_parser *ps, bool keyed)
{
	mt_node *arr = mt_new(MT_ARRAY), **tail = &arr->first;
	char close = keyed ? '}' : ']';

	ps->p++;
	if (++ps->depth > 32) {
		ps->error = true;
		return arr;
	}
	for (;;) {
		char *key = NULL;
		mt_skip(ps);
		if (ps->p >= ps->end) {
			ps->error = true;
			break;
		}
		if (*ps->p == close) {
			ps->p++;
			break;
		}
		if (keyed) {
			size_t klen;
			if (*ps->p == '"') {
				key = mt_string(ps, &klen);
			} else {
				const char *start = ps->p;
				while (ps->p < ps->end && (isalnum((unsigned char) *ps->p) || *ps->p == '_')) ps->p++;
				key = strndup(start, (size_t) (ps->p - start));
			}
			mt_skip(ps);
			if (ps->p >= ps->end || *ps->p != ':') {
				free(key);
				ps->error = true;
				break;
			}
			ps->p++;
		}
		mt_node *v = mt_value(ps);
		if (ps->error) {
			free(key);
			break;
		}
		/* Later duplicates replace earlier ones, as in PHP arrays. */
		if (key != NULL) {
			for (mt_node *c = arr->first; c != NULL; c = c->next) {
				if (c->key != NULL && strcmp(c->key, key) == 0) {
					c->key[0] = '\0'; /* hide it: an empty key nobody asks for */
				}
			}
		}
		v->key = key;
		*tail = v;
		tail = &v->next;
		arr->count++;
		mt_skip(ps);
		if (ps->p < ps->end && *ps->p == ',') {
			ps->p++;
		}
	}
	ps->depth--;
	return arr;
}

static mt_node *mt_value(mt_parser *ps)
{
	mt_skip(ps);
	if (ps->p >= ps->end) {
		ps->error = true;
		return mt_new(MT_NULL);
	}
	char c = *ps->p;
	if (c == '{' || c == '[') {
		return mt_array(ps, c == '{');
	}
	if (c == '"') {
		mt_node *s = mt_new(MT_STRING);
		s->bytes = mt_string(ps, &s->len);
		return s;
	}
	if (c == '-' || isdigit((unsigned char) c)) {
		mt_node *i = mt_new(MT_INT);
		char buf[32];
		size_t n = 0;
		while (ps->p < ps->end && n < sizeof(buf) - 1 && (isdigit((unsigned char) *ps->p) || (n == 0 && *ps->p == '-'))) {
			buf[n++] = *ps->p++;
		}
		buf[n] = '\0';
		i->integer = strtoll(buf, NULL, 10);
		return i;
	}
	ps->p++;
	switch (c) {
		case 'n': return mt_new(MT_NULL);
		case 'x': return mt_new(MT_THROWS);
		case '!': return mt_new(MT_HOOK);
		case '#': {
			if (ps->p < ps->end && (*ps->p == 'c' || *ps->p == 'r' || *ps->p == 'm')) {
				char k = *ps->p++;
				return mt_new(k == 'c' ? MT_CLOSED : k == 'r' ? MT_NOT_STREAM : MT_NO_FD);
			}
			mt_node *s = mt_new(MT_SOCKET);
			while (ps->p < ps->end && isdigit((unsigned char) *ps->p) && s->integer < 100000) {
				s->integer = s->integer * 10 + (*ps->p++ - '0');
			}
			return s;
		}
		default:
			ps->error = true;
			return mt_new(MT_NULL);
	}
}

/* Parses text into a tree; NULL when the text is not well formed. Free with mt_free_all(). */
static mt_node *mt_parse(const char *text, size_t len)
{
	mt_parser ps = {text, text + len, 0, false};
	mt_node *root = mt_value(&ps);
	mt_skip(&ps);
	if (ps.error || ps.p != ps.end) {
		return NULL;
	}
	return root;
}

/* ---- the reader over trees ---- */

#define MT(v) ((const mt_node *) (v))

static bool mt_is_array(void *ctx, const sk_msg_value *v)
{
	(void) ctx;
	return MT(v)->kind == MT_ARRAY;
}

static const sk_msg_value *mt_find(void *ctx, const sk_msg_value *array, const char *key)
{
	(void) ctx;
	for (const mt_node *c = MT(array)->first; c != NULL; c = c->next) {
		if (c->key != NULL && strcmp(c->key, key) == 0) {
			return (const sk_msg_value *) c;
		}
	}
	return NULL;
}

static uint32_t mt_count(void *ctx, const sk_msg_value *array)
{
	(void) ctx;
	return MT(array)->count;
}

static const sk_msg_value *mt_next(void *ctx, const sk_msg_value *array, uint32_t *pos)
{
	const mt_node *c = MT(array)->first;
	(void) ctx;
	for (uint32_t i = 0; c != NULL && i < *pos; i++) {
		c = c->next;
	}
	if (c != NULL) {
		(*pos)++;
	}
	return (const sk_msg_value *) c;
}

static bool mt_is_integer(void *ctx, const sk_msg_value *v)
{
	(void) ctx;
	return MT(v)->kind == MT_INT;
}

static bool mt_is_string(void *ctx, const sk_msg_value *v)
{
	(void) ctx;
	return MT(v)->kind == MT_STRING;
}

static sk_msg_int_status mt_to_integer(void *ctx, const sk_msg_value *v, int64_t *out, const char **text)
{
	const mt_node *n = MT(v);
	(void) ctx;
	switch (n->kind) {
		case MT_INT:
			*out = n->integer;
			return SK_MSG_INT_OK;
		case MT_STRING: {
			char *end;
			errno = 0;
			long long value = strtoll(n->bytes, &end, 10);
			if (n->len == 0 || *end != '\0' || errno != 0 || strlen(n->bytes) != n->len) {
				*text = n->bytes;
				return SK_MSG_INT_NOT_NUMERIC;
			}
			*out = value;
			return SK_MSG_INT_OK;
		}
		case MT_THROWS:
			return SK_MSG_INT_ABORTED;
		case MT_HOOK:
			if (mt_hook != NULL) {
				mt_hook();
			}
			*out = 1;
			return SK_MSG_INT_OK;
		default:
			return SK_MSG_INT_NOT_CONVERTIBLE;
	}
}

static bool mt_to_bytes(void *ctx, const sk_msg_value *v, const char **bytes, size_t *len)
{
	mt_node *n = (mt_node *) MT(v);
	(void) ctx;
	switch (n->kind) {
		case MT_STRING:
			*bytes = n->bytes;
			*len = n->len;
			return true;
		case MT_INT: {
			/* Made once and kept with the node, as the binding keeps its converted strings. */
			if (n->bytes == NULL) {
				char number[32];
				snprintf(number, sizeof(number), "%lld", (long long) n->integer);
				n->bytes = strdup(number);
				n->len = strlen(number);
			}
			*bytes = n->bytes;
			*len = n->len;
			return true;
		}
		case MT_THROWS:
			return false;
		case MT_HOOK:
			if (mt_hook != NULL) {
				mt_hook();
			}
			*bytes = "1";
			*len = 1;
			return true;
		default:
			*bytes = "";
			*len = 0;
			return true;
	}
}

static sk_msg_fd_status mt_to_fd(void *ctx, const sk_msg_value *v, int *fd)
{
	(void) ctx;
	switch (MT(v)->kind) {
		case MT_SOCKET:
			*fd = (int) MT(v)->integer;
			return SK_MSG_FD_OK;
		case MT_CLOSED: return SK_MSG_FD_CLOSED_SOCKET;
		case MT_NOT_STREAM: return SK_MSG_FD_NOT_STREAM;
		case MT_NO_FD: return SK_MSG_FD_CAST_FAILED;
		case MT_THROWS: return SK_MSG_FD_ABORTED;
		default: return SK_MSG_FD_WRONG_KIND;
	}
}

/* Literal addresses only: no resolver in unit tests or under the fuzzer. */
static bool mt_resolve(void *ctx, int family, const char *host, void *out)
{
	(void) ctx;
	return inet_pton(family, host, out) == 1;
}

static const sk_msg_reader mt_reader = {
	NULL, mt_is_array, mt_find, mt_count, mt_next, mt_is_integer, mt_is_string, mt_to_integer, mt_to_bytes, mt_to_fd, mt_resolve, false
};

#endif
