#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The C interface test (README "C interface"): builds tests/cabi/cabi_test.c, a small extension,
# with a PHP's php-config against that PHP's BUNDLED ext/sockets/php_sockets.h, then runs
# tests/cabi/*.phpt twice, with the bundled extension and with ours: the expected output is one,
# so both must pass. Last line: "N passed, M failed".
#
# Usage: tests/cabi/run.sh [TARGET] [PHPT...]
#   TARGET: a row of the table below (default 8.2). Adding a PHP is one row; "other" takes any PHP
#           reachable here from CABI_PHP, CABI_PHP_CONFIG and CABI_MODULE.
# Env: CABI_PHP_WRAPPER  a command run-tests.php starts instead of the PHP (-p), for the ASan run
#                        (scripts/check-asan.sh); it is given the PHP's arguments
#      CABI_MODULE       our module (default: the row's)
#      CABI_ONLY=ours    skip the bundled run (the sanitizer runs)
#      CABI_RUN_TESTS_ARGS  more run-tests.php options (-m for valgrind: scripts/check-valgrind.sh)
#      CABI_PHP_ARGS     more options for the PHP under test (-d pcre.jit=0 under valgrind)
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$top/tests/phpt_retried.sh"
target=${1:-8.2}
[ $# -gt 0 ] && shift

# One row per PHP: its binary, php-config and our module built for it (scripts/build.sh), and for
# a PHP of another Debian root the scripts that make that root and run a command inside it.
enter= make_root=
case $target in
    8.2)           php=php8.2  config=php-config8.2  ours=modules/sockets.so ;;
    8.4)           php=php8.4  config=php-config8.4  ours=modules/8.4/sockets.so  make_root="scripts/debian-root.sh 13" enter="scripts/in-debian.sh 13" ;;
    8.5)           php=php8.5  config=php-config8.5  ours=modules/8.5/sockets.so  make_root="scripts/debian-root.sh sid" enter="scripts/in-debian.sh sid" ;;
    8.6)           php=php8.6  config=php-config8.6  ours=modules/8.6/sockets.so  make_root="scripts/debian-root.sh sid" enter="scripts/in-debian.sh sid" ;;
    8.2-zts-debug) zts=$("$top/scripts/build-php-zts-debug.sh") || exit 1
                   php=$zts/bin/php  config=$zts/bin/php-config  ours=modules/8.2-zts-debug/sockets.so ;;
    other)         php=${CABI_PHP:?}  config=${CABI_PHP_CONFIG:?}  ours=${CABI_MODULE:?} ;;  # any PHP reachable here
    *) echo "cabi: TARGET is 8.2, 8.4, 8.2-zts-debug or other, not '$target'" >&2; echo "0 passed, 1 failed"; exit 2 ;;
esac
if [ -n "$enter" ] && ! command -v "$php" >/dev/null; then
    # shellcheck disable=SC2086  # make_root and enter are a script and its arguments
    "$top"/$make_root >/dev/null || { echo "cabi: $make_root failed"; echo "0 passed, 1 failed"; exit 1; }
    # shellcheck disable=SC2086
    exec "$top"/$enter "$top/tests/cabi/run.sh" "$target" "$@"
fi
# One run at a time, whatever the PHP (scripts/test.sh runs the ASan and valgrind parts, which run
# this too, beside the others): run-tests.php writes its files next to the tests in tests/cabi.
# The commands below do not inherit the lock (8>&-): a process a test leaves behind cannot hold it.
mkdir -p "$top/.build"
exec 8>"$top/.build/cabi.lock"
flock 8
ours=${CABI_MODULE:-$top/$ours}
php=$(command -v "$php") || { echo "cabi: no $php"; echo "0 passed, 1 failed"; exit 1; }
[ -f "$ours" ] || { echo "cabi: $ours is not built (PHP_TARGET=$target scripts/build.sh)"; echo "0 passed, 1 failed"; exit 1; }

# Build the test extension out of tree (.build/cabi-TARGET-VERSION), again only when its sources changed.
build=$top/.build/cabi-$target-$("$config" --version)
so=$build/modules/sockets_cabi_test.so
if [ ! -f "$so" ] || [ "$top/tests/cabi/cabi_test.c" -nt "$so" ] || [ "$top/tests/cabi/config.m4" -nt "$so" ]; then
    rm -rf "$build" && mkdir -p "$build"
    cp "$top/tests/cabi/config.m4" "$top/tests/cabi/cabi_test.c" "$build/"
    phpize=$(dirname "$(readlink -f "$(command -v "$config")")")/phpize${config##*php-config}
    [ -x "$phpize" ] || phpize=$(dirname "$config")/phpize
    if ! (cd "$build" && "$phpize" && ./configure --with-php-config="$config" && make) >"$build.log" 2>&1 8>&-; then
        tail -n 30 "$build.log"; echo "cabi: the test extension did not build (log: $build.log)"
        echo "0 passed, 1 failed"; exit 1
    fi
fi

targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=("$top"/tests/cabi/*.phpt)
run_tests=$("$config" --extension-dir)/build/run-tests.php
[ -f "$run_tests" ] || run_tests=$(dirname "$("$config" --extension-dir)")/build/run-tests.php
[ -f "$run_tests" ] || run_tests=$(find "$(dirname "$(dirname "$config")")" -name run-tests.php -path '*build*' 2>/dev/null | head -n 1)
posix=(-d extension=posix)
"$php" -n -r 'exit(extension_loaded("posix") ? 0 : 1);' 2>/dev/null && posix=()
runner=${CABI_PHP_WRAPPER:-$php}

total_passed=0 total_failed=0
for which in bundled ours; do
    [ "${CABI_ONLY:-}" = ours ] && [ "$which" = bundled ] && continue
    if [ "$which" = bundled ]; then sockets=sockets; else sockets=$ours; fi
    log=$top/.build/cabi-$target-$which.log
    # The tests run from a copy of their own (bin/ a link, for the wrapper): run-tests.php writes
    # each test's files (.php, .out, .mem...) beside it, and any other run-tests.php that visits
    # tests/ (part phpt-static while the valgrind part runs this) deletes them as it starts the
    # same test: a valgrind log deleted before this run read it ended the run ("filesize(): stat
    # failed").
    work=$top/.build/cabi-run-$target-$which
    rm -rf "$work" && mkdir -p "$work/tests/cabi" && ln -s "$top/bin" "$work/bin"
    copies=()
    for t in "${targets[@]}"; do cp "$t" "$work/tests/cabi/" && copies+=("$work/tests/cabi/$(basename "$t")"); done
    # shellcheck disable=SC2086  # CABI_RUN_TESTS_ARGS and CABI_PHP_ARGS are lists of options
    NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$runner PHP_SOCKETS_PHP=$php PHP_SOCKETS_MODULE=$ours \
        "$php" -n "$run_tests" -q -j2 --show-diff ${CABI_RUN_TESTS_ARGS:-} -p "$runner" \
        -n ${CABI_PHP_ARGS:-} "${posix[@]}" -d "extension=$sockets" -d "extension=$so" "${copies[@]}" >"$log" 2>&1 8>&-
    passed=$(sed -nE 's/^Tests passed *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
    failed=$(sed -nE 's/^Tests failed *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
    borked=$(sed -nE 's/^Tests borked *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
    skipped=$(sed -nE 's/^Tests skipped *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
    leaked=$(sed -nE 's/^Tests leaked *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
    # A skip here means the extension or the module did not load: a failure. Leaked: valgrind's
    # .mem file was not empty (run-tests.php -m).
    phpt_retried "$log"
    failed=$(( ${failed:-0} + ${borked:-0} + ${skipped:-0} + ${leaked:-0} + retried ))
    [ -n "$passed" ] || { passed=0; failed=$((failed + 1)); }
    grep -E '^(FAIL|SKIP|BORK|LEAK)' "$log"
    [ "$failed" -gt 0 ] && grep -vE '^(PASS|SKIP|FAIL|BORK|LEAK)' "$log" | head -n 80
    echo "$target $which: $passed passed, $failed failed (log: $log)"
    total_passed=$((total_passed + passed)) total_failed=$((total_failed + failed))
done
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
