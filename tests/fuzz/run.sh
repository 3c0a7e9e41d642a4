#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# libFuzzer runs of the C core's parsers of user input (clang -fsanitize=fuzzer,address,undefined).
# Each harness tests/fuzz/fuzz_<name>.c is built with every source of src/core into
# .build/fuzz/fuzz_<name>, then:
#   1. replays its seed corpus tests/fuzz/corpus/<name>/ (every seed must pass), then
#   2. fuzzes for FUZZ_SECONDS (default 60) seconds, starting from the seeds plus what earlier runs
#      found (.build/fuzz/corpus/<name>/; the seeds in the repository are never written to).
# A crash, leak, sanitizer report or timeout fails the harness; the input that did it is saved in
# .build/fuzz/artifacts/<name>/ (reproduce: .build/fuzz/fuzz_<name> FILE). A crash found becomes
# a unit test in tests/unit (and its input a seed).
# Usage: tests/fuzz/run.sh [name ...]   (default: every harness listed below)
# Env: FUZZ_SECONDS (per harness; 0 = only replay the seeds), CC (default clang). Last line: "N passed, M failed", one count per harness.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/../.." && pwd)
core=$top/src/core
out=$top/.build/fuzz
seconds=${FUZZ_SECONDS:-60}
cc=${CC:-clang}
mkdir -p "$out"
[ -n "${CC:-}" ] || "$top/scripts/install-deps.sh" fuzz >&2 || { echo "0 passed, 1 failed"; exit 1; }

# --- the harnesses ------------------------------------------------------------------------------
# name -> extra compiler flags for the core sources.
declare -A extra_flags
# addr: address strings of every family (sk_addr.c), resolver replaced by stubs in the harness
# (no network, deterministic): see the comment at the top of fuzz_addr.c.
extra_flags[addr]="-Dgethostbyname_r=fz_gethostbyname_r -Dgetaddrinfo=fz_getaddrinfo -Dfreeaddrinfo=fz_freeaddrinfo -Dif_nametoindex=fz_if_nametoindex"
# line: PHP_NORMAL_READ's line reader (sk_line.c) on what a peer sends.
extra_flags[line]=""
# msg: socket_sendmsg's message arrays and socket_recvmsg's control data (sk_msg.c), through the
# reader over tests/unit/msg_tree.h's value trees; interface names by a stub (no system call).
extra_flags[msg]="-Dif_nametoindex=fz_if_nametoindex"
harnesses=(addr line msg)

if [ $# -gt 0 ]; then harnesses=("$@"); fi

passed=0
failed=0
for name in "${harnesses[@]}"; do
    src=$here/fuzz_$name.c
    bin=$out/fuzz_$name
    echo "== fuzz $name"
    if [ ! -f "$src" ]; then
        echo "FAIL $name: no $src"; failed=$((failed + 1)); continue
    fi
    if ! "$cc" -g -O1 -std=c11 -D_GNU_SOURCE -fno-omit-frame-pointer \
            -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
            ${extra_flags[$name]:-} -I"$core" -o "$bin" "$src" "$core"/*.c > "$out/build-$name.log" 2>&1; then
        cat "$out/build-$name.log"
        echo "FAIL $name: does not build"; failed=$((failed + 1)); continue
    fi
    seeds=$here/corpus/$name
    work=$out/corpus/$name
    arts=$out/artifacts/$name
    mkdir -p "$work" "$arts"
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    # 1. every seed, once (-runs=0 executes the given inputs only)
    if ! "$bin" -runs=0 "$seeds" > "$out/replay-$name.log" 2>&1; then
        tail -n 40 "$out/replay-$name.log"
        echo "FAIL $name: a seed fails"; failed=$((failed + 1)); continue
    fi
    echo "seeds replayed: $(find "$seeds" -type f | wc -l)"
    if [ "$seconds" -le 0 ]; then
        passed=$((passed + 1)); continue
    fi
    # 2. the bounded run; -timeout: one input may take at most 10 s
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$arts/" "$work" "$seeds" > "$out/fuzz-$name.log" 2>&1
    rc=$?
    execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$out/fuzz-$name.log" | tail -n 1)
    cov=$(grep -E '^#[0-9]+' "$out/fuzz-$name.log" | tail -n 1 | sed -nE 's/.*cov: ([0-9]+).*corp: ([0-9]+\/[0-9]+[a-zA-Z]*).*/cov \1, corpus \2/p')
    echo "fuzzed ${seconds}s: ${execs:-?} executions, ${cov:-no stats}, corpus files: $(find "$work" -type f | wc -l) (+$(find "$seeds" -type f | wc -l) seeds)"
    if [ "$rc" -ne 0 ] || compgen -G "$arts/*" > /dev/null; then
        grep -E 'ERROR|SUMMARY|runtime error|deadly signal|Test unit written' "$out/fuzz-$name.log" | head -n 20
        tail -n 40 "$out/fuzz-$name.log"
        echo "FAIL $name: exit $rc; inputs in $arts/"
        failed=$((failed + 1))
    else
        passed=$((passed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
