#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Differential harness: run every tests/diff/cases/*.php under the bundled
# ext/sockets (php) and under ours (bin/php-sockets); any byte of difference in
# stdout+stderr or the exit code is a failure.
# Usage: tests/diff/run.sh [-v] [case-name-or-glob ...]
#   e.g. tests/diff/run.sh 012_select '03*' cases/040_read_normal.php
# Env: DIFF_TIMEOUT (seconds per run, default 20), DIFF_LINES (diff lines shown, default 40),
#      PHP_BUNDLED (default: php), PHP_OURS (default: <repo>/bin/php-sockets),
#      DIFF_FAIL_PATTERN (extended regex: a case whose output under ours has a matching line
#      fails even when both outputs agree; e.g. a debug build's leak and assertion reports),
#      DIFF_NORMALIZE (sed -E script applied to both outputs before they are compared; e.g. a
#      debug build names the source line of an allocation in "Allowed memory size" errors)
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cases_dir="$here/cases"
bundled=${PHP_BUNDLED:-php}
ours=${PHP_OURS:-$root/bin/php-sockets}
tmo=${DIFF_TIMEOUT:-20}
maxlines=${DIFF_LINES:-40}
phpargs=(-d display_errors=1 -d error_reporting=-1 -d html_errors=0)

verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi

# ---- select cases ----------------------------------------------------------
cases=()
if [ $# -eq 0 ]; then
    for f in "$cases_dir"/*.php; do [ -e "$f" ] && cases+=("$f"); done
else
    for pat in "$@"; do
        pat=${pat##*/}          # accept "cases/x.php" or a bare name
        pat=${pat%.php}
        matched=0
        for f in "$cases_dir"/$pat.php "$cases_dir"/$pat*.php; do
            [ -e "$f" ] || continue
            dup=0
            for c in "${cases[@]+"${cases[@]}"}"; do [ "$c" = "$f" ] && dup=1; done
            [ $dup -eq 0 ] && cases+=("$f")
            matched=1
        done
        if [ $matched -eq 0 ]; then
            echo "no case matches '$pat'" >&2
            echo "0 passed, 1 failed"
            exit 1
        fi
    done
fi
total=${#cases[@]}
if [ "$total" -eq 0 ]; then
    echo "no cases found in $cases_dir" >&2
    echo "0 passed, 0 failed"
    exit 1
fi

# ---- check that our build is usable -----------------------------------------
probe_out=$("$ours" "${phpargs[@]}" -r 'echo extension_loaded("sockets") ? "sockets-loaded" : "sockets-missing";' 2>&1)
probe_rc=$?
if [ $probe_rc -ne 0 ] || [ "$probe_out" != "sockets-loaded" ]; then
    echo "ERROR: our build is not usable: '$ours' (exit $probe_rc) said:" >&2
    printf '%s\n' "$probe_out" | head -n 10 | sed 's/^/    /' >&2
    echo "(is modules/sockets.so built? try scripts/build.sh)" >&2
    echo "0 passed, $total failed"
    exit 1
fi
if [ "$("$ours" -r 'echo phpversion("sockets") === PHP_VERSION ? "same" : "other";' 2>/dev/null)" = "same" ]; then
    echo "note: '$ours' reports the bundled version string; is it really loading ours?" >&2
fi

# ---- run ----------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/sockets-diff.XXXXXX")
trap 'rm -rf "$work"' EXIT

# run_one BIN CASE OUTFILE: stdout+stderr then a final "[exit code: N]" line.
run_one() {
    local bin=$1 file=$2 out=$3 rc
    (cd "$cases_dir" && timeout -k 5 "$tmo" "$bin" "${phpargs[@]}" "$file" </dev/null >"$out" 2>&1)
    rc=$?
    [ $rc -eq 124 ] && echo "[TIMEOUT after ${tmo}s]" >>"$out"
    echo "[exit code: $rc]" >>"$out"
}

passed=0
failed=0
failed_names=()
for f in "${cases[@]}"; do
    name=$(basename "$f" .php)
    # the two runs of one case go in parallel (2 cores); cases run one after another. A case that
    # binds fixed ports (ports given out of range wrap to 65535, 80, ...) or fixed abstract names
    # says so with a line "// diff: one side at a time": run together, the two sides would take the
    # port or name from each other and which one got EADDRINUSE would depend on timing.
    if grep -qx '// diff: one side at a time' "$f"; then
        run_one "$bundled" "$f" "$work/$name.bundled"
        run_one "$ours" "$f" "$work/$name.ours"
    else
        run_one "$bundled" "$f" "$work/$name.bundled" &
        pid_b=$!
        run_one "$ours" "$f" "$work/$name.ours" &
        pid_o=$!
        wait "$pid_b" "$pid_o"
    fi
    if [ -n "${DIFF_NORMALIZE:-}" ]; then
        sed -i -E "$DIFF_NORMALIZE" "$work/$name.bundled" "$work/$name.ours"
    fi
    flagged=""
    if [ -n "${DIFF_FAIL_PATTERN:-}" ]; then
        flagged=$(grep -E "$DIFF_FAIL_PATTERN" "$work/$name.ours" | head -n 5)
    fi
    if [ -z "$flagged" ] && cmp -s "$work/$name.bundled" "$work/$name.ours"; then
        passed=$((passed + 1))
        [ $verbose -eq 1 ] && echo "PASS $name"
    else
        failed=$((failed + 1))
        failed_names+=("$name")
        echo "FAIL $name"
        [ -n "$flagged" ] && printf 'ours printed (DIFF_FAIL_PATTERN):\n%s\n' "$flagged"
        diff -u --label "bundled/$name" --label "ours/$name" \
            "$work/$name.bundled" "$work/$name.ours" | head -n "$maxlines"
        n=$(diff -u "$work/$name.bundled" "$work/$name.ours" | wc -l)
        [ "$n" -gt "$maxlines" ] && echo "... ($((n - maxlines)) more diff lines)"
        echo
    fi
done

if [ $failed -gt 0 ]; then
    echo "failed: ${failed_names[*]}"
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
