#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# C unit tests of the core (src/core): builds each tests/unit/test_*.c with all core sources into
# tests/unit/build/ and runs it. Each test function runs in its own process (see harness.h).
#   SANITIZE=1        build with -fsanitize=address,undefined
#   CC=...            compiler (default cc)
#   UNIT_TIMEOUT=sec  limit per test binary (default 300)
#   tests/unit/run.sh [test_line ...]   only those files
# Last line: "N passed, M failed", counting test functions; exits non-zero if any failed.
set -uo pipefail

unit=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$unit/../.." && pwd)
core="$top/src/core"
build="$unit/build"
# The sanitizer build in a folder of its own: test.sh runs part unit-asan beside part unit.
[ "${SANITIZE:-0}" != 1 ] || build="$unit/build-asan"
mkdir -p "$build"

cc=${CC:-cc}
cflags=(-std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -g -I"$core" -I"$unit")
if [ "${SANITIZE:-0}" = 1 ]; then
    cflags+=(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
fi
timeout_s=${UNIT_TIMEOUT:-300}

if [ $# -gt 0 ]; then
    files=()
    for name in "$@"; do files+=("$unit/${name%.c}.c"); done
else
    files=("$unit"/test_*.c)
fi

core_sources=("$core"/*.c)
passed=0
failed=0

# Test functions a file registers (TH_TEST lines), for when its binary cannot tell.
registered() {
    local n
    n=$(grep -cE '^[[:space:]]*TH_TEST\(' "$1" 2>/dev/null)
    [ "${n:-0}" -gt 0 ] && echo "$n" || echo 1
}

for src in "${files[@]}"; do
    name=$(basename "$src" .c)
    bin="$build/$name"
    if [ ! -f "$src" ]; then
        echo "FAIL $name: no such test file"
        failed=$((failed + 1))
        continue
    fi
    echo "== $name"
    if ! "$cc" "${cflags[@]}" -o "$bin" "$src" "${core_sources[@]}" 2>"$build/$name.build.log"; then
        cat "$build/$name.build.log"
        n=$(registered "$src")
        echo "FAIL $name: does not build ($n tests counted as failed)"
        failed=$((failed + n))
        continue
    fi

    listed=$("$bin" --list 2>/dev/null | grep -c .)
    [ "${listed:-0}" -gt 0 ] || listed=$(registered "$src")

    out="$build/$name.out"
    timeout -k 5 "$timeout_s" "$bin" >"$out" 2>&1
    rc=$?
    cat "$out"
    ok=$(grep -cE '^ok ' "$out")
    bad=$((listed - ok))
    if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
        # The binary failed after its tests passed (or before reporting): count one failure.
        bad=1
    fi
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        echo "FAIL $name: timed out after ${timeout_s}s"
    fi
    passed=$((passed + ok))
    failed=$((failed + bad))
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
