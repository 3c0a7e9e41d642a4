#!/usr/bin/env bash
# One command from a fresh clone: installs what is missing, builds, and runs every test:
# the C unit tests of the core, the arginfo check, the phpt suite under sockets-ng, the
# differential harness (each script under the bundled extension and ours), and the reliability
# checks (sanitizers, valgrind, fuzzing). Last line:
# "N passed, M failed".
#
# The tests run in a private network namespace with only loopback (scripts/hermetic.sh: no name
# lookup or packet of a test leaves the machine; unknown names get "not found" from a DNS server
# on 127.0.0.1 there). Everything that needs the network (apt-get, via install-deps.sh) and the
# build run first, outside it; then this script runs itself again inside it.
# TESTS_SHARE_NETWORK=1 skips the namespace (not hermetic; for machines where unshare is not
# allowed). TEST_PARTS="phpt diff" runs only those parts.
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
PATH=$PATH:/usr/sbin:/sbin
if [ "${SOCKETS_NG_TEST_NETNS:-}" != inside ] && [ "${SOCKETS_NG_TEST_NETNS:-}" != shared ]; then
    extras=()
    [ "${SKIP_RELIABILITY:-0}" = 1 ] || extras=(asan valgrind fuzz)
    "$top/scripts/install-deps.sh" "${extras[@]+"${extras[@]}"}" || { echo "0 passed, 1 failed"; exit 1; }
    "$top/scripts/build.sh" || { echo "0 passed, 1 failed"; exit 1; }
    if [ "${TESTS_SHARE_NETWORK:-0}" = 1 ]; then
        echo "test.sh: TESTS_SHARE_NETWORK=1: tests run in the machine's network namespace (not hermetic)"
        export SOCKETS_NG_TEST_NETNS=shared
    else
        SOCKETS_NG_TEST_NETNS=inside "$top/scripts/hermetic.sh" "$top/scripts/test.sh" "$@"
        rc=$?
        [ "$rc" -ne 125 ] || echo "0 passed, 1 failed"
        exit "$rc"
    fi
fi

total_passed=0
total_failed=0
summary=()

# Runs one part; its last line is "N passed, M failed". TEST_PARTS="name ..." runs only those parts.
run_part() {
    local name=$1; shift
    if [ -n "${TEST_PARTS:-}" ] && [[ " $TEST_PARTS " != *" $name "* ]]; then return; fi
    local log="$top/.build/test-$name.log"
    echo "== $name"
    "$@" 2>&1 | tee "$log"
    local last
    last=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
    if [ -z "$last" ]; then
        last="0 passed, 1 failed"
        echo "$name: no result line" >&2
    fi
    local p f
    p=$(echo "$last" | sed -E 's/^([0-9]+) passed.*/\1/')
    f=$(echo "$last" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
    total_passed=$((total_passed + p))
    total_failed=$((total_failed + f))
    summary+=("$name: $last")
}

# The namespace holds only loopback and nothing routes off the box: no interface but lo, a UDP
# send to a public address fails at once (ENETUNREACH), and the only name server is the local one.
hermetic_check() {
    if [ "$SOCKETS_NG_TEST_NETNS" = shared ]; then echo "hermetic: skipped (TESTS_SHARE_NETWORK=1)"; echo "0 passed, 0 failed"; return; fi
    local links out servers
    links=$(ip -o link show | awk -F': ' '{print $2}' | tr '\n' ' ')
    out=$(php -n -r '$s = @stream_socket_client("udp://192.0.2.53:53", $no, $str, 1); echo $s === false ? "unreachable $no" : (@fwrite($s, "x") === false ? "unreachable (send)" : "SENT");' 2>&1)
    servers=$(awk '$1 == "nameserver" { printf "%s ", $2 }' /etc/resolv.conf)
    echo "interfaces: $links; UDP to 192.0.2.53:53: $out; name servers: $servers"
    if [ "$links" = "lo " ] && [[ $out == unreachable* ]] && [ "$servers" = "127.0.0.1 " ]; then
        echo "1 passed, 0 failed"
    else
        echo "0 passed, 1 failed"
    fi
}
run_part hermetic hermetic_check
run_part unit tests/unit/run.sh
run_part arginfo sh -c 'if scripts/gen-arginfo.sh --check; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi'
run_part phpt tests/run-phpt.sh
run_part diff tests/diff/run.sh
# Random calls of every function under both extensions (tests/fuzz-php/run.sh; under ASan in check-asan.sh).
run_part fuzz-php tests/fuzz-php/run.sh
# Reliability (issue 5; README "Reliability"): the phpt suite and the differential cases against an
# ASan+UBSan build; the phpt suite under valgrind memcheck (VALGRIND_SAMPLE=N: every N-th test,
# see below); libFuzzer runs of the core's parsers (FUZZ_SECONDS each, default 60).
# SKIP_RELIABILITY=1 leaves all three out (a quick local run).
if [ "${SKIP_RELIABILITY:-0}" != 1 ]; then
    run_part unit-asan env SANITIZE=1 tests/unit/run.sh
    run_part asan scripts/check-asan.sh
    run_part valgrind env SAMPLE="${VALGRIND_SAMPLE:-1}" scripts/check-valgrind.sh
    run_part fuzz tests/fuzz/run.sh
fi

echo
printf '%s\n' "${summary[@]}"
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
