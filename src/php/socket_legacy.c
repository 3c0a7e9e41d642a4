/* SPDX-License-Identifier: BSD-3-Clause */
/* The legacy APIs of issue 14, opt-in: INI settings read at MINIT decide whether PHP 4.1's iovec
 * set (sockets.legacy_iovec) and PHP 4.0's names without the socket_ prefix
 * (sockets.legacy_names) exist. Off (the default), nothing here is visible but the two settings.
 *
 * The functions are described in sockets.stub.php like all others, inside
 * "#ifdef SKNG_ARGINFO_LEGACY". module.c includes the generated arginfo without that macro, so its
 * ext_functions (what PHP registers when it loads the module) never lists them. This file defines
 * the macro and includes the same header again: its copy of ext_functions lists every function of
 * the stub, and the entries module.c's list does not have are the legacy ones, registered one by
 * one at MINIT with zend_register_functions() and unregistered at MSHUTDOWN. Why not register
 * everything at load and delete the unwanted ones later: a name another extension defines (read(),
 * write(), ...) would then make PHP refuse to load the whole module; registered here, a taken name
 * is skipped with a start-up warning and the rest still work. */
#include "php_sockets_ng.h"
#include "php_ini.h"

/* What the constants in the generated header need, as in module.c. */
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <linux/filter.h>
#include <sys/socket.h>

#define SKNG_ARGINFO_LEGACY 1
/* The second copy of the header also brings the module's class and constant registration, which
 * only module.c calls. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-variable"
#if PHP_VERSION_ID >= 80600
#include "sockets_arginfo_86.h"
#elif PHP_VERSION_ID >= 80400
#include "sockets_arginfo_84.h"
#else
#include "sockets_arginfo.h"
#endif
#pragma GCC diagnostic pop

PHP_INI_BEGIN()
	PHP_INI_ENTRY("sockets.legacy_iovec", "0", PHP_INI_SYSTEM, NULL)
	PHP_INI_ENTRY("sockets.legacy_names", "0", PHP_INI_SYSTEM, NULL)
PHP_INI_END()

/* Process-wide, as the function table is: MINIT runs once per process, in every PHP. */
static zend_function_entry *registered;   /* what this module added, ending with ZEND_FE_END */
static int registered_count;

static bool in_module_list(const zend_function_entry *entry)
{
	for (const zend_function_entry *own = skng_module_functions; own->fname != NULL; own++) {
		if (own->handler == entry->handler) {
			return true;
		}
	}
	return false;
}

/* PHP 4.1's set is named socket_*, PHP 4.0's names are the ones without the prefix. */
static bool is_iovec_set(const zend_function_entry *entry)
{
	return strncmp(entry->fname, "socket_", sizeof("socket_") - 1) == 0;
}

/* Registers one function unless its name is taken (by PHP, another extension, or an earlier
 * extension of this list), warning at start-up in that case. */
static void register_one(const zend_function_entry *entry)
{
	/* The function table is keyed by lower-case names; the stub's names are short. */
	char lc[64];
	size_t len = strlen(entry->fname);
	if (len >= sizeof(lc)) {
		return;
	}
	zend_str_tolower_copy(lc, entry->fname, len);
	zend_function *taken = zend_hash_str_find_ptr(CG(function_table), lc, len);
	if (taken != NULL) {
		const char *owner = taken->type == ZEND_INTERNAL_FUNCTION && taken->internal_function.module
			? taken->internal_function.module->name : "PHP";
		php_error(E_CORE_WARNING, "sockets: %s(), one of the legacy functions that %s turns on, is "
			"already defined by the extension %s: it is left as it is, and the PHP 4 %s() is not available",
			entry->fname, is_iovec_set(entry) ? "sockets.legacy_iovec" : "sockets.legacy_names",
			owner, entry->fname);
		return;
	}
	zend_function_entry one[2] = { *entry, { 0 } };
	if (zend_register_functions(NULL, one, NULL, MODULE_PERSISTENT) == SUCCESS) {
		registered[registered_count++] = *entry;
	}
}

/* Whether php.ini or -d turned a setting on, read before anything is registered: with both off the
 * module registers not even the settings, so its INI entries (ini_get_all('sockets'), reflection)
 * are the bundled extension's (none), as the differential harness checks. */
static bool configured_on(const char *name)
{
	zval *value = cfg_get_entry(name, strlen(name));
	if (value == NULL) {
		return false;
	}
	zend_string *text = zval_get_string(value);
	bool on = zend_ini_parse_bool(text);
	zend_string_release(text);
	return on;
}

static bool ini_registered;

zend_result skng_legacy_minit(int type, int module_number)
{
	if (!configured_on("sockets.legacy_iovec") && !configured_on("sockets.legacy_names")) {
		return SUCCESS;
	}
	/* Registered, they show in ini_get() and phpinfo(), and ini_set() refuses them (PHP_INI_SYSTEM). */
	REGISTER_INI_ENTRIES();
	ini_registered = true;
	/* What INI_BOOL() was up to 8.5 (8.6 removed it): the entry's value read as an integer. */
	bool want_iovec = zend_ini_long(ZEND_STRL("sockets.legacy_iovec"), false) != 0;
	bool want_names = zend_ini_long(ZEND_STRL("sockets.legacy_names"), false) != 0;

	if (want_iovec) {
		skng_iovec_set_handlers(register_class_SocketIovec());
	}

	size_t n = 0;
	for (const zend_function_entry *e = ext_functions; e->fname != NULL; e++) {
		n++;
	}
	registered = pecalloc(n + 1, sizeof(*registered), 1);
	registered_count = 0;
	for (const zend_function_entry *e = ext_functions; e->fname != NULL; e++) {
		if (in_module_list(e)) {
			continue;
		}
		if (is_iovec_set(e) ? want_iovec : want_names) {
			register_one(e);
		}
	}
	return SUCCESS;
}

void skng_legacy_mshutdown(int type, int module_number)
{
	if (registered != NULL) {
		zend_unregister_functions(registered, registered_count, NULL);
		pefree(registered, 1);
		registered = NULL;
		registered_count = 0;
	}
	if (ini_registered) {
		UNREGISTER_INI_ENTRIES();
		ini_registered = false;
	}
}

void skng_legacy_rshutdown(void)
{
	skng_php40_close_all();
}
