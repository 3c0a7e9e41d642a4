#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The fuzzer's output must not depend on its pid (issue 19 item 6: in seed 233 a random flags value,
# 8456, equal to the reference run's pid was printed as PID in that output only, and the round
# failed by chance; in seed 16 SO_PEERCRED's int, the round's own pid, must print as PID). Runs each
# round under the same extension in fresh PID namespaces where the round's process gets a pid we
# choose: first one that no line of the round prints, then each of up to three numbers that run
# printed (arguments or results), or just another pid when it printed none. The outputs must be
# the same byte for byte. Needs root (unshare --pid); skipped otherwise. Last line: "N passed, M
# failed".
# Usage: tests/fuzz-php/pid_coincidence.sh [SEED...]   (default: 16 233)
# Env: FUZZ_PHP_BUNDLED (the PHP command, as in run.sh), FUZZ_PHP_CALLS (default 40)
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
seeds=("$@")
[ "${#seeds[@]}" -gt 0 ] || seeds=(16 233)
calls=${FUZZ_PHP_CALLS:-40}
php_bin=$(command -v php8.2 || command -v php)
read -r -a php <<< "${FUZZ_PHP_BUNDLED:-$php_bin -n -d extension=posix -d extension=sockets}"
PATH=$PATH:/usr/sbin:/sbin
if [ "$(id -u)" -ne 0 ] || ! unshare --pid --fork --mount-proc true 2>/dev/null; then
    echo "pid_coincidence: skipped (needs root for a PID namespace)"
    echo "0 passed, 0 failed"
    exit 0
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/fuzz-pid.XXXXXX")
trap 'rm -rf "$work"' EXIT

# round_with_pid PID OUT SEED: fuzz.php's first fork (the round) gets PID: ns_last_pid is the last pid
# given out in the namespace.
round_with_pid() {
    (cd "$work" && unshare --pid --fork --mount-proc sh -c 'echo "$1" > /proc/sys/kernel/ns_last_pid && shift && exec "$@"' \
        sh "$(($1 - 1))" "${php[@]}" "$here/fuzz.php" "--seeds=$3-$3" "--calls=$calls" --tag=skfzP > "$2" 2>&1)
}

pid_max=$(cat /proc/sys/kernel/pid_max)
# A pid the rounds do not print (they print no number of their own: TAG, EPH, PID stand for them).
quiet_pid=$((pid_max - 2))
passed=0 failed=0
for seed in "${seeds[@]}"; do
    round_with_pid "$quiet_pid" "$work/a" "$seed"
    if grep -qE "(^|[^0-9])$quiet_pid([^0-9]|$)" "$work/a"; then
        echo "FAIL: seed $seed prints $quiet_pid: choose another seed"
        failed=$((failed + 1))
        continue
    fi
    # Integers the calls print as values (an argument, a result, an array element), not in strings.
    mapfile -t pids < <(grep -E '^[0-9]+ socket_' "$work/a" | sed -E 's/^[0-9]+ //; s/"([^"\\]|\\.)*"//g' \
        | grep -oE '(\(|, |= |=>)[0-9]+([],) ]|$)' | grep -oE '[0-9]+' \
        | awk -v max="$pid_max" -v q="$quiet_pid" '$1 >= 300 && $1 < max - 2 && $1 != q && !seen[$1]++' | head -n 3)
    [ "${#pids[@]}" -gt 0 ] || pids=($((quiet_pid - 1)))
    for pid in "${pids[@]}"; do
        round_with_pid "$pid" "$work/b" "$seed"
        if cmp -s "$work/a" "$work/b"; then
            echo "ok: seed $seed prints the same with pid $quiet_pid and with pid $pid"
            passed=$((passed + 1))
        else
            echo "FAIL: seed $seed prints differently with pid $quiet_pid and with pid $pid:"
            diff -u --label "pid $quiet_pid" --label "pid $pid" "$work/a" "$work/b" | head -n 20
            failed=$((failed + 1))
        fi
    done
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
