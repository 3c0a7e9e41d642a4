#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Runs the phpt suite under valgrind memcheck with the normal modules/sockets.so
# (run-tests.php -m: valgrind -q --tool=memcheck --trace-children=yes --log-file=X.mem,
# USE_ZEND_ALLOC=0; a test whose .mem file is not empty is reported as LEAK = failed).
# Extra valgrind options go through VALGRIND_OPTS (valgrind reads it): tests/valgrind.supp is
# added when present, plus --leak-check=full so that a definite leak shows its stack.
# SAMPLE=N runs only every N-th test (sorted by name). Extra arguments: tests (default: tests/).
# Works on a private copy of tests/ (.build/valgrind/tests): run-tests.php writes its files next
# to each test. Last line: `N passed, M failed`; exit status non-zero on any failure.
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
vg=$top/.build/valgrind
"$top/scripts/install-deps.sh" valgrind >&2 || { echo "0 passed, 1 failed"; exit 1; }
"$top/scripts/build.sh" >&2 || { echo "0 passed, 1 failed"; exit 1; }
php_bin=$(readlink -f "$(command -v php8.2 || command -v php)")
run_tests=$(php-config --extension-dir)/build/run-tests.php

rm -rf "$vg"
mkdir -p "$vg"
# The copy lives in $vg/run/tests next to symlinks to the rest of the tree (examples/, bin/...),
# which tests reach through relative paths.
rm -rf "$vg/run"
mkdir -p "$vg/run"
for e in "$top"/* "$top"/.[!.]*; do
    case ${e##*/} in tests|.build|.git|.[!.]*\*) continue ;; esac
    ln -s "$e" "$vg/run/${e##*/}"
done
cp -r "$top/tests" "$vg/run/tests"
targets=()
for t in "$@"; do
    t=$(readlink -f "$t")
    if [ "$t" = "$top/tests" ]; then targets+=("$vg/run/tests"); else targets+=("$vg/run/tests/${t#"$top/tests/"}"); fi
done
[ "${#targets[@]}" -gt 0 ] || targets=("$vg/run/tests")
# Left out under valgrind: the EMFILE tests (and the kernel-set ones that run descriptors out).
# Valgrind keeps descriptors of its own and virtualises RLIMIT_NOFILE, so running out of
# descriptors measures valgrind, not us (the test hung there); they run under ASan and in the
# normal phpt run.
mapfile -t all < <(find "${targets[@]}" -name '*.phpt' | sort)
targets=()
for t in "${all[@]}"; do
    case ${t##*/} in fault_emfile_*|select_kernel_set_given_up_when_descriptors_run_out.phpt|select_kernel_set_costs_no_descriptor_at_the_limit.phpt) ;; *) targets+=("$t") ;; esac
done
if [ -n "${SAMPLE:-}" ] && [ "${SAMPLE}" -gt 1 ]; then
    mapfile -t all < <(find "${targets[@]}" -name '*.phpt' | sort)
    targets=()
    for i in "${!all[@]}"; do
        [ $((i % SAMPLE)) -eq 0 ] && targets+=("${all[$i]}")
    done
fi

# Shells are not traced (bash's own leaks; bin/php-sockets is a bash script, so PHP started through
# it runs without valgrind). pcre.jit=0 below (and in children, see tests/include/child.inc):
# JIT-generated code has no symbols and memcheck flags its vectorised scans.
opts="--leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --num-callers=30"
opts="$opts --trace-children-skip=*/bash,*/sh,*/dash,*/env"
# No gdbserver pipes in /tmp: a test child that switches to another user (posix_setuid) cannot
# unlink root's pipes at exit, and valgrind's complaint about it would fail the test.
opts="$opts --vgdb=no"
[ -f "$top/tests/valgrind.supp" ] && opts="$opts --suppressions=$top/tests/valgrind.supp"

log=$vg/phpt.log
start=$(date +%s)
NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$php_bin VALGRIND_OPTS="${VALGRIND_OPTS:+$VALGRIND_OPTS }$opts" \
    php -n "$run_tests" -q -j"${JOBS:-2}" -m --show-diff --show-mem -p "$php_bin" \
    -n -d pcre.jit=0 -d extension=posix -d "extension=$top/modules/sockets.so" "${targets[@]}" > "$log" 2>&1
cat "$log"
# A traced process that outlived its test (a forked worker on its way out) may still be writing its
# .mem file: wait until no process names this run's folder on its command line (valgrind's
# --log-file=...) before reading them, rather than trust that they are done (bounded: 60 s).
for _ in $(seq 600); do
    grep -qsF "$vg/run/" /proc/[0-9]*/cmdline 2>/dev/null || break
    sleep 0.1
done
mems=$(find "$vg/run/tests" -name '*.mem' -size +0 | sort)
# Frames of ours show as sockets.so, or as our source file:line when debug info resolves them.
ours=$(for m in $mems; do grep -lE 'sockets\.so|/src/(core|php)/|\((sk|socket)_[a-z_0-9]+\.c:[0-9]|\(module\.c:[0-9]' "$m"; done)
echo "time: $(( $(date +%s) - start ))s; .mem files: $(printf '%s' "$mems" | grep -c .)," \
     "with frames in sockets.so: $(printf '%s' "$ours" | grep -c .)"
for m in $ours; do echo "== $m"; head -n 60 "$m"; done
passed=$(sed -nE 's/^Tests passed *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
failed=$(sed -nE 's/^Tests failed *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
borked=$(sed -nE 's/^Tests borked *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
leaked=$(sed -nE 's/^Tests leaked *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
if [ -z "$passed" ]; then
    echo "0 passed, 1 failed"
    exit 1
fi
. "$top/tests/phpt_retried.sh"
phpt_retried "$log"
failed=$((${failed:-0} + ${borked:-0} + ${leaked:-0} + retried))
# The C interface test (tests/cabi/run.sh) under memcheck too: its extension, built against the
# bundled php_sockets.h, with ours; a test with a non-empty .mem file counts as failed there.
# Skipped when tests were named.
if [ $# -eq 0 ]; then
    CABI_ONLY=ours CABI_RUN_TESTS_ARGS="-m --show-mem" CABI_PHP_ARGS="-d pcre.jit=0" VALGRIND_OPTS="${VALGRIND_OPTS:+$VALGRIND_OPTS }$opts" \
        "$top/tests/cabi/run.sh" 8.2 > "$vg/cabi.log" 2>&1
    clast=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$vg/cabi.log" | tail -n 1)
    [ -n "$clast" ] || { tail -n 30 "$vg/cabi.log"; clast="0 passed, 1 failed"; }
    grep -E '^(FAIL|SKIP|BORK|LEAK)' "$vg/cabi.log"
    echo "cabi under valgrind: $clast"
    passed=$((passed + ${clast%% passed*}))
    cfailed=${clast#*, }
    failed=$((failed + ${cfailed%% failed*}))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
