#!/usr/bin/env bash
# Runs the phpt suite with run-tests.php under sockets-ng (or, with BUNDLED=1, under the bundled
# extension, to check that expectations are the bundled one's). Extra arguments: tests to run.
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
run_tests=$(php-config --extension-dir)/build/run-tests.php
if [ "${BUNDLED:-0}" = 1 ]; then
    sockets=sockets
else
    sockets="$top/modules/sockets.so"
fi
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=("$top/tests")
log="$top/.build/phpt.log"
mkdir -p "$top/.build"
NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$(command -v php8.2 || command -v php) \
    php -n "$run_tests" -q -j2 --show-diff -p "$(command -v php8.2 || command -v php)" \
    -n -d extension=posix -d "extension=$sockets" "${targets[@]}" > "$log" 2>&1
cat "$log"
passed=$(sed -nE 's/^Tests passed *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
failed=$(sed -nE 's/^Tests failed *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
borked=$(sed -nE 's/^Tests borked *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
if [ -z "$passed" ]; then
    echo "0 passed, 1 failed"
    exit 1
fi
failed=$((${failed:-0} + ${borked:-0}))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
