#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# PHP-level random-argument fuzzer (tests/fuzz-php/fuzz.php) under the bundled extension and ours:
# every seed is one round of calls with fresh fixtures; a round whose output differs in any byte
# fails (the diff is printed). Last line: "N passed, M failed" (one per seed, plus one for what
# comes after the rounds, e.g. a sanitizer report).
# Usage: tests/fuzz-php/run.sh [FIRST-LAST]   (default FUZZ_PHP_SEEDS, else 1-300)
# Env: FUZZ_PHP_CALLS      calls per round (default 40)
#      FUZZ_PHP_BUNDLED    command running PHP with the bundled extension (default below)
#      FUZZ_PHP_OURS       command running PHP with ours (default: modules/sockets.so); check-asan.sh
#                          sets it to its sanitizer build
#      FUZZ_PHP_ONLY       regex: print only calls of matching functions (the calls are made anyway)
#      FUZZ_PHP_DIFF_LINES diff lines shown per failing seed (default 30)
# Each run goes in a network namespace of its own (scripts/hermetic.sh) when we may make one
# (root), so that fixed ports the fuzzer binds (1, 65535...) cannot collide between the two runs
# and no packet or name lookup leaves the machine.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/../.." && pwd)
seeds=${1:-${FUZZ_PHP_SEEDS:-1-300}}
calls=${FUZZ_PHP_CALLS:-40}
php_bin=$(command -v php8.2 || command -v php)
read -r -a bundled <<< "${FUZZ_PHP_BUNDLED:-$php_bin -n -d extension=posix -d extension=sockets}"
read -r -a ours <<< "${FUZZ_PHP_OURS:-$php_bin -n -d extension=posix -d extension=$top/modules/sockets.so}"
maxlines=${FUZZ_PHP_DIFF_LINES:-30}
PATH=$PATH:/usr/sbin:/sbin

work=$(mktemp -d "${TMPDIR:-/tmp}/fuzz-php.XXXXXX")
trap 'rm -rf "$work"' EXIT

netns=()
if [ "$(id -u)" -eq 0 ] && unshare -n true 2>/dev/null; then
    netns=("$top/scripts/hermetic.sh")
fi

start=$(date +%s)
# Tags name the runs' Unix paths and abstract names; fuzz.php prints them as TAG.
args=("$here/fuzz.php" "--seeds=$seeds" "--calls=$calls")
[ -n "${FUZZ_PHP_ONLY:-}" ] && args+=("--only=$FUZZ_PHP_ONLY")
run_bundled() { (cd "$work" && "${netns[@]}" "${bundled[@]}" -d display_errors=1 -d error_reporting=-1 "${args[@]}" --tag="skfzB$$" > "$work/bundled.out" 2>&1); }
run_ours() { (cd "$work" && "${netns[@]}" "${ours[@]}" -d display_errors=1 -d error_reporting=-1 "${args[@]}" --tag="skfzO$$" > "$work/ours.out" 2>&1); }
if [ "${#netns[@]}" -gt 0 ]; then
    run_bundled & pb=$!
    run_ours & po=$!
    wait $pb $po
else
    # One network namespace for both: one after the other, or their fixed ports would collide.
    echo "fuzz-php: no private network namespace (not root): the runs go one after the other" >&2
    run_bundled
    run_ours
fi

# Split each output into its rounds ("=== seed N" ... up to the next) and what follows "=== end".
for w in bundled ours; do
    mkdir -p "$work/$w"
    awk -v d="$work/$w" '
        /^=== seed [0-9]+$/ { f = d "/seed-" $3; next }
        /^=== end$/ { f = d "/end"; next }
        NR == 1 { next }                      # "sockets bundled|sockets-ng; N functions"
        { if (f == "") f = d "/start"; print > f }
    ' "$work/$w.out"
    touch "$work/$w/end"
done

passed=0
failed=0
failed_names=()
mapfile -t parts < <(cd "$work/bundled" && ls | sort -t- -k2,2n)
for p in $(cd "$work/ours" && ls); do
    [ -e "$work/bundled/$p" ] || parts+=("$p")
done
for p in "${parts[@]}"; do
    touch "$work/bundled/$p" "$work/ours/$p"
    if cmp -s "$work/bundled/$p" "$work/ours/$p"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        failed_names+=("$p")
        echo "FAIL $p"
        diff -u --label "bundled/$p" --label "ours/$p" "$work/bundled/$p" "$work/ours/$p" | tail -n +3 \
            | grep -E '^[-+]' | head -n "$maxlines"
        echo
    fi
done
# Which function each failing round first differs in (the first bundled line ours does not have).
if [ "$failed" -gt 0 ]; then
    echo "first difference of each failing round, by function:"
    for p in "${failed_names[@]}"; do
        diff "$work/bundled/$p" "$work/ours/$p" | grep -m1 -oE '^[<>] [0-9]+ socket_[a-z_]+' | sed -E 's/^[<>] [0-9]+ //'
    done | sort | uniq -c | sort -rn
fi
calls_made=$(grep -cE '^[0-9]+ socket_' "$work/bundled.out")
# The bundled run must complete every round it was given: otherwise the fuzzer itself is broken
# (or the bundled extension crashed), and comparing would prove nothing.
first=${seeds%-*}; last=${seeds#*-}
rounds=$(grep -c '^round done$' "$work/bundled.out")
if [ "$rounds" -ne $((last - first + 1)) ]; then
    echo "FAIL the bundled run completed $rounds of $((last - first + 1)) rounds:"
    grep -B3 -E '^(--- seed|Fatal error)' "$work/bundled.out" | head -n 40
    failed=$((failed + 1))
    failed_names+=("bundled-rounds")
fi
echo "fuzz-php: seeds $seeds, $calls calls each ($calls_made calls printed by the bundled run), $(( $(date +%s) - start ))s"
[ "$failed" -gt 0 ] && echo "failed: ${failed_names[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
