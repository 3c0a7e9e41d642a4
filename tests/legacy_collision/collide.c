/* A throw-away extension for tests/legacy_name_taken_by_another_extension.phpt: it defines read(),
 * one of the PHP 4.0 names sockets.legacy_names turns on, as another extension might. */
#include "php.h"

ZEND_BEGIN_ARG_INFO_EX(arginfo_collide_read, 0, 0, 0)
ZEND_END_ARG_INFO()

static PHP_FUNCTION(read)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STRING("the collide extension's read()");
}

static const zend_function_entry collide_functions[] = {
	ZEND_FE(read, arginfo_collide_read)
	ZEND_FE_END
};

zend_module_entry collide_module_entry = {
	STANDARD_MODULE_HEADER,
	"collide",
	collide_functions,
	NULL, NULL, NULL, NULL, NULL,
	"1.0",
	STANDARD_MODULE_PROPERTIES
};

ZEND_GET_MODULE(collide)
