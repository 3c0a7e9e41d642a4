/* SPDX-License-Identifier: BSD-3-Clause */
/* Address info: class AddressInfo, socket_addrinfo_lookup, socket_addrinfo_connect,
 * socket_addrinfo_bind, socket_addrinfo_explain. */
#include "php_sockets_ng.h"

#include <arpa/inet.h>
#include <limits.h>
#include <sys/socket.h>
#include <unistd.h>

#include "src/core/sk_addr.h"

typedef struct skng_addrinfo {
	struct addrinfo info;   /* a deep copy: ai_addr and ai_canonname are ours, ai_next is NULL */
	zend_object std;
} skng_addrinfo;

static zend_object_handlers addrinfo_handlers;

static skng_addrinfo *addrinfo_from_obj(zend_object *obj)
{
	return (skng_addrinfo *) ((char *) obj - offsetof(skng_addrinfo, std));
}

static zend_object *addrinfo_create_object(zend_class_entry *ce)
{
	skng_addrinfo *ai = zend_object_alloc(sizeof(skng_addrinfo), ce);
	zend_object_std_init(&ai->std, ce);
	object_properties_init(&ai->std, ce);
	ai->std.handlers = &addrinfo_handlers;
	return &ai->std;
}

static zend_function *addrinfo_get_constructor(zend_object *object)
{
	zend_throw_error(NULL, "Cannot directly construct AddressInfo, use socket_addrinfo_lookup() instead");
	return NULL;
}

static void addrinfo_free_object(zend_object *object)
{
	skng_addrinfo *ai = addrinfo_from_obj(object);
	if (ai->info.ai_canonname) {
		efree(ai->info.ai_canonname);
	}
	if (ai->info.ai_addr) {
		efree(ai->info.ai_addr);
	}
	zend_object_std_dtor(&ai->std);
}

void skng_addrinfo_set_handlers(zend_class_entry *ce)
{
	ce->create_object = addrinfo_create_object;
	memcpy(&addrinfo_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	addrinfo_handlers.offset = offsetof(skng_addrinfo, std);
	addrinfo_handlers.free_obj = addrinfo_free_object;
	addrinfo_handlers.get_constructor = addrinfo_get_constructor;
	addrinfo_handlers.clone_obj = NULL;
	addrinfo_handlers.compare = zend_objects_not_comparable;
}

void skng_addrinfo_wrap(zval *out, const struct addrinfo *info)
{
	object_init_ex(out, skng_addrinfo_ce);
	skng_addrinfo *ai = addrinfo_from_obj(Z_OBJ_P(out));
	ai->info = *info;
	ai->info.ai_next = NULL;
	ai->info.ai_addr = emalloc(info->ai_addrlen);
	memcpy(ai->info.ai_addr, info->ai_addr, info->ai_addrlen);
	ai->info.ai_canonname = info->ai_canonname ? estrdup(info->ai_canonname) : NULL;
}

#if PHP_VERSION_ID >= 80500
/* PHP 8.5 reads a hint as an int the way arithmetic does (null, bools and numeric strings pass),
 * and refuses negative values and a family other than AF_INET/AF_INET6 (8.6: or AF_UNSPEC). */
static bool hint_value(zend_string *key, zval *value, int *out)
{
	bool failed = false;
	zend_long number = zval_try_get_long(value, &failed);
	if (failed) {
		if (!EG(exception)) {
			zend_argument_type_error(3, "\"%s\" key must be of type int, %s given", ZSTR_VAL(key), zend_zval_value_name(value));
		}
		return false;
	}
	if (zend_string_equals_literal(key, "ai_family")) {
#if PHP_VERSION_ID >= 80600
		bool known = number == AF_INET || number == AF_INET6 || number == AF_UNSPEC;
#else
		bool known = number == AF_INET || number == AF_INET6;
#endif
		if (!known) {
			zend_argument_value_error(3, "\"ai_family\" key must be AF_INET or AF_INET6");
			return false;
		}
	} else if (number < 0 || number > INT_MAX) {
		zend_argument_value_error(3, "\"%s\" key must be between 0 and %d", ZSTR_VAL(key), INT_MAX);
		return false;
	}
	*out = (int) number;
	return true;
}
#else
/* Before PHP 8.5 a hint is any value made an int. */
static bool hint_value(zend_string *key, zval *value, int *out)
{
	(void) key;
	*out = (int) zval_get_long(value);
	return true;
}
#endif

/* Reads the hints array: only the four ai_* keys are allowed. Numeric keys are ignored before
 * PHP 8.5, as in the bundled extension; 8.5 refuses them too. */
static bool hints_from_array(HashTable *array, struct addrinfo *hints)
{
	zend_string *key;
	zval *value;

	ZEND_HASH_FOREACH_STR_KEY_VAL(array, key, value) {
		int *field = NULL;
		if (key == NULL) {
#if PHP_VERSION_ID < 80500
			continue;
#endif
		} else if (zend_string_equals_literal(key, "ai_flags")) {
			field = &hints->ai_flags;
		} else if (zend_string_equals_literal(key, "ai_socktype")) {
			field = &hints->ai_socktype;
		} else if (zend_string_equals_literal(key, "ai_protocol")) {
			field = &hints->ai_protocol;
		} else if (zend_string_equals_literal(key, "ai_family")) {
			field = &hints->ai_family;
		}
		if (field == NULL) {
			zend_argument_value_error(3, "must only contain array keys \"ai_flags\", \"ai_socktype\", \"ai_protocol\", or \"ai_family\"");
			return false;
		}
		ZVAL_DEREF(value);
		if (!hint_value(key, value, field)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

PHP_FUNCTION(socket_addrinfo_lookup)
{
	zend_string *host, *service = NULL;
	HashTable *hints_array = NULL;
	zval *error_code = NULL;

#if PHP_VERSION_ID >= 80600
	ZEND_PARSE_PARAMETERS_START(1, 4)
#else
	ZEND_PARSE_PARAMETERS_START(1, 3)
#endif
		Z_PARAM_STR(host)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(service)
		Z_PARAM_ARRAY_HT(hints_array)
#if PHP_VERSION_ID >= 80600
		Z_PARAM_ZVAL(error_code)
#endif
	ZEND_PARSE_PARAMETERS_END();

	struct addrinfo hints, *found = NULL;
	memset(&hints, 0, sizeof(hints));
	if (hints_array && !hints_from_array(hints_array, &hints)) {
		RETURN_THROWS();
	}

	int failed = getaddrinfo(ZSTR_VAL(host), service ? ZSTR_VAL(service) : NULL, &hints, &found);
	if (failed != 0) {
		/* PHP 8.6's $error_code: written on failure only. */
		if (error_code != NULL) {
			ZEND_TRY_ASSIGN_REF_LONG(error_code, failed);
		}
		RETURN_FALSE;
	}

	array_init(return_value);
	for (struct addrinfo *each = found; each != NULL; each = each->ai_next) {
		zval entry;
		skng_addrinfo_wrap(&entry, each);
		add_next_index_zval(return_value, &entry);
	}
	freeaddrinfo(found);
}

/* socket_addrinfo_bind and socket_addrinfo_connect differ only in the call and its words. */
static void socket_from_addrinfo(INTERNAL_FUNCTION_PARAMETERS, bool connecting)
{
	zval *zai;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zai, skng_addrinfo_ce)
	ZEND_PARSE_PARAMETERS_END();

	const struct addrinfo *info = &addrinfo_from_obj(Z_OBJ_P(zai))->info;

	int fd = socket(info->ai_family, info->ai_socktype, info->ai_protocol);
	if (fd < 0 && errno == EMFILE && skng_select_give_up_descriptor()) {
		fd = socket(info->ai_family, info->ai_socktype, info->ai_protocol);
	}
	if (fd < 0) {
		char buf[256];
		int err = errno;
		SOCKETS_G(last_error) = err;
		php_error_docref(NULL, E_WARNING, "Unable to create socket [%d]: %s", err, sk_strerror(err, buf, sizeof(buf)));
		RETURN_FALSE;
	}
	if (info->ai_family == AF_UNIX) {
		/* Unix addresses from a resolver are refused, as the bundled extension does. */
		close(fd);
		RETURN_FALSE;
	}
	if (info->ai_family != AF_INET && info->ai_family != AF_INET6) {
		close(fd);
		zend_argument_value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6");
		RETURN_THROWS();
	}

	skng_socket *sock = skng_socket_wrap(return_value, fd, info->ai_family, info->ai_socktype);
	int rc = connecting ? connect(fd, info->ai_addr, info->ai_addrlen) : bind(fd, info->ai_addr, info->ai_addrlen);
	if (rc != 0) {
		skng_socket_error(sock, connecting ? "Unable to connect address" : "Unable to bind address", errno);
		zval_ptr_dtor(return_value);
		RETURN_FALSE;
	}
}

PHP_FUNCTION(socket_addrinfo_bind)
{
	socket_from_addrinfo(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

PHP_FUNCTION(socket_addrinfo_connect)
{
	socket_from_addrinfo(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

PHP_FUNCTION(socket_addrinfo_explain)
{
	zval *zai;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zai, skng_addrinfo_ce)
	ZEND_PARSE_PARAMETERS_END();

	const struct addrinfo *info = &addrinfo_from_obj(Z_OBJ_P(zai))->info;

	array_init(return_value);
	add_assoc_long(return_value, "ai_flags", info->ai_flags);
	add_assoc_long(return_value, "ai_family", info->ai_family);
	add_assoc_long(return_value, "ai_socktype", info->ai_socktype);
	add_assoc_long(return_value, "ai_protocol", info->ai_protocol);
	if (info->ai_canonname != NULL) {
		add_assoc_string(return_value, "ai_canonname", info->ai_canonname);
	}

	if (info->ai_family != AF_INET && info->ai_family != AF_INET6) {
		return;
	}
	sk_sockaddr addr;
	memset(&addr, 0, sizeof(addr));
	memcpy(&addr, info->ai_addr, MIN((size_t) info->ai_addrlen, sizeof(addr)));
	char text[INET6_ADDRSTRLEN];
	int port = 0;
	if (sk_addr_inet_to_text(&addr, text, sizeof(text), &port) != 0) {
		text[0] = '\0';
	}
	zval sockaddr;
	array_init(&sockaddr);
	bool v4 = info->ai_family == AF_INET;
	add_assoc_long(&sockaddr, v4 ? "sin_port" : "sin6_port", port);
	add_assoc_string(&sockaddr, v4 ? "sin_addr" : "sin6_addr", text);
	add_assoc_zval(return_value, "ai_addr", &sockaddr);
}
