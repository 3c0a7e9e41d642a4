#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Runs a folder of php-src's own ext/sockets tests (run-tests.php format) twice with the same PHP:
# under its bundled ext/sockets and under ours, and sorts the tests into: passing under both,
# failing under both, passing under the bundled one but failing under ours (the ones that count),
# and the rest (failing under the bundled one only; skipped). The test files are not part of this
# repository: tests/php-src/fetch-8.2.sh unpacks 8.2's from Debian's source package.
#
# Usage: tests/php-src/run.sh DIR
# Env: PHPSRC_PHP (the PHP; default php8.2, else php), PHPSRC_MODULE (our module for it; default
# modules/sockets.so), PHPSRC_RUN_TESTS (run-tests.php; default the one of php-config's PHP),
# PHPSRC_OUT (folder for the two runs' logs and the failed tests' .diff files; default
# .build/php-src-<PHP version>). Tests named in tests/php-src/expected-differences (with the
# reason) are listed but not counted. Last line: "N passed, M failed" where N counts the tests
# passing under both and M those passing under the bundled one and failing under ours.
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: tests/php-src/run.sh DIR (a folder of php-src ext/sockets/tests)" >&2
    exit 2
fi
src=$(cd "$1" && pwd)
php_test=$(command -v "${PHPSRC_PHP:-php8.2}" || command -v php)
module=${PHPSRC_MODULE:-$top/modules/sockets.so}
run_tests=${PHPSRC_RUN_TESTS:-$(php-config --extension-dir)/build/run-tests.php}
version=$("$php_test" -n -r 'echo PHP_VERSION;')
out=${PHPSRC_OUT:-$top/.build/php-src-$version}
[ -f "$module" ] || { echo "no module at $module (scripts/build.sh)"; echo "0 passed, 1 failed"; exit 1; }
[ -f "$run_tests" ] || { echo "no run-tests.php at $run_tests"; echo "0 passed, 1 failed"; exit 1; }
posix=(-d extension=posix)
"$php_test" -n -r 'exit(extension_loaded("posix") ? 0 : 1);' 2>/dev/null && posix=()

rm -rf "$out"
mkdir -p "$out"
# run_suite NAME EXTENSION: a fresh copy of the tests for each run (run-tests.php writes its
# .out/.diff files beside them); leaves NAME.results with "STATUS file" lines.
run_suite() {
    local name=$1 extension=$2 work="$out/$1"
    cp -a "$src" "$work"
    (cd "$work" && NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$php_test \
        php -n "$run_tests" -q -j2 --no-color -W "$out/$name.status" -p "$php_test" \
        -n "${posix[@]}" -d "extension=$extension" "$work" >"$out/$name.log" 2>&1)
    # -W writes "STATUS<tab>path": keep the file name only.
    sed -E 's#^([A-Z]+)[[:space:]]+.*/([^/]+\.phpt)$#\1 \2#' "$out/$name.status" 2>/dev/null | sort -k2 >"$out/$name.results"
}
run_suite bundled sockets
run_suite ours "$module"
# A run that wrote no results (run-tests.php failed to start) must not read as "nothing failed".
for side in bundled ours; do
    if [ ! -s "$out/$side.results" ]; then
        tail -n 20 "$out/$side.log"
        echo "run-tests.php gave no results under the $side extension ($out/$side.log)"
        echo "0 passed, 1 failed"
        exit 1
    fi
done

expected=$(grep -v '^#' "$top/tests/php-src/expected-differences" 2>/dev/null | awk '{ print $1 }')
# One line per test: "file bundled-status ours-status".
join -1 2 -2 2 -a 1 -a 2 -e MISSING -o 0,1.1,2.1 "$out/bundled.results" "$out/ours.results" >"$out/both"

list() { # list TITLE AWK-CONDITION
    local rows
    rows=$(awk "$2 { print \$1 \" (bundled \" \$2 \", ours \" \$3 \")\" }" "$out/both")
    echo "== $1: $(printf '%s' "$rows" | grep -c .)"
    [ -z "$rows" ] || printf '%s\n' "$rows" | sed 's/^/   /'
}
echo "php-src tests from $src, PHP $version ($php_test)"
for side in bundled ours; do
    echo "$side: $(awk '{ n[$1]++ } END { printf "%d passed, %d failed, %d skipped", n["PASSED"], NR - n["PASSED"] - n["SKIPPED"], n["SKIPPED"] }' "$out/$side.results")"
done
# shellcheck disable=SC2016  # awk conditions: $2 and $3 are awk's fields
list "pass under both" '$2 == "PASSED" && $3 == "PASSED"'
# shellcheck disable=SC2016
list "fail under both" '$2 != "PASSED" && $2 != "SKIPPED" && $3 != "PASSED" && $3 != "SKIPPED"'
# shellcheck disable=SC2016
list "fail under the bundled one only" '$2 != "PASSED" && $2 != "SKIPPED" && $3 == "PASSED"'
# shellcheck disable=SC2016
list "skipped under either" '$2 == "SKIPPED" || $3 == "SKIPPED"'
# shellcheck disable=SC2016
list "PASS UNDER THE BUNDLED ONE, FAIL UNDER OURS" '$2 == "PASSED" && $3 != "PASSED" && $3 != "SKIPPED"'

passed=0 failed=0
while read -r file bundled ours; do
    [ "$bundled" = PASSED ] || continue
    if [ "$ours" = PASSED ]; then
        passed=$((passed + 1))
    elif [ "$ours" != SKIPPED ]; then
        if printf '%s\n' "$expected" | grep -qx "$file"; then
            echo "expected difference (tests/php-src/expected-differences): $file"
        else
            failed=$((failed + 1))
            echo "--- $file: diff under ours ($out/ours/${file%.phpt}.diff)"
            sed -n 1,40p "$out/ours/${file%.phpt}.diff" 2>/dev/null; echo
        fi
    fi
done <"$out/both"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
