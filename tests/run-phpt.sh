#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Runs the phpt suite with run-tests.php under sockets-ng (or, with BUNDLED=1, under the bundled
# extension, to check that expectations are the bundled one's). Extra arguments: tests to run.
# Another PHP: PHPT_PHP (the PHP under test; default php8.2, else php), PHPT_MODULE (our module
# for it; default modules/sockets.so), PHPT_RUN_TESTS (run-tests.php; default the one Debian's
# phpX.Y-dev ships for the PHP under test, else the one of php-config's PHP), PHPT_LOG (default
# .build/phpt.log), PHPT_TIMEOUT (seconds per test, default 300: run-tests.php's 60 s is for an
# idle machine; the tests bound their own waits, so this only ends a hang). posix is loaded unless
# built in.
# PHPT_MODULE=builtin: sockets is compiled into PHPT_PHP (scripts/build-php-static.sh): none loaded.
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
php_test=$(command -v "${PHPT_PHP:-php8.2}" || command -v php)
run_tests=${PHPT_RUN_TESTS:-$("$php_test" -n -r 'echo PHP_EXTENSION_DIR;' 2>/dev/null)/build/run-tests.php}
[ -f "$run_tests" ] || run_tests=$(php-config --extension-dir)/build/run-tests.php
if [ "${BUNDLED:-0}" = 1 ]; then
    sockets=sockets
else
    sockets=${PHPT_MODULE:-$top/modules/sockets.so}
fi
load_sockets=(-d "extension=$sockets")
[ "$sockets" = builtin ] && load_sockets=()
posix=(-d extension=posix)
"$php_test" -n -r 'exit(extension_loaded("posix") ? 0 : 1);' 2>/dev/null && posix=()
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=("$top/tests")
log=${PHPT_LOG:-$top/.build/phpt.log}
mkdir -p "$top/.build"
NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$php_test \
    php -n "$run_tests" -q -j2 --set-timeout "${PHPT_TIMEOUT:-300}" --show-diff -p "$php_test" \
    -n "${posix[@]}" "${load_sockets[@]}" "${targets[@]}" > "$log" 2>&1
cat "$log"
passed=$(sed -nE 's/^Tests passed *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
failed=$(sed -nE 's/^Tests failed *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
borked=$(sed -nE 's/^Tests borked *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
if [ -z "$passed" ]; then
    echo "0 passed, 1 failed"
    exit 1
fi
. "$top/tests/phpt_retried.sh"
phpt_retried "$log"
failed=$((${failed:-0} + ${borked:-0} + retried))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
