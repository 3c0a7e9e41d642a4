#!/usr/bin/env bash
# PHP_NORMAL_READ throughput, bundled ext/sockets vs sockets-ng, side by side in one run.
# For each line size, runs bench/normal_read.php alternately under the bundled php and under
# bin/php-sockets (bundled, ours, bundled, ours, ...) for ROUNDS rounds, then prints the median
# lines/s of each and the ratio ours/bundled. Alternating keeps the ratio meaningful when the
# machine's speed drifts (shared or noisy hosts). It asserts nothing; it prints.
#
# Environment:
#   ROUNDS=5            rounds per line size (each round = one bundled run + one ours run)
#   LINE_SIZES="100 1000"
#   MIN_SECONDS=0.5     timed part of each run (normal_read.php's 2nd argument)
#   MIN_LINES=200       and at least this many lines (3rd argument)
#   PHP=php             the bundled PHP 8.2 CLI (loads the bundled sockets extension)
#   VERBOSE=1           print every run's output line
#   RESULTS_DIR=bench/results  where a copy of the report is saved (git-ignored); "" = do not save
# Exit: 0 ok, 1 a run failed (wrong content, read error, wrong extension loaded), 2 not built.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
script="$here/normal_read.php"
php_bundled=${PHP:-php}
php_ours="$top/bin/php-sockets"
module="$top/modules/sockets.so"
rounds=${ROUNDS:-5}
sizes=${LINE_SIZES:-100 1000}
min_seconds=${MIN_SECONDS:-0.5}
min_lines=${MIN_LINES:-200}

if ! [[ "$rounds" =~ ^[1-9][0-9]*$ ]]; then
    echo "run.sh: ROUNDS must be a positive integer (got '$rounds')" >&2
    exit 2
fi
if ! command -v "$php_bundled" >/dev/null 2>&1; then
    echo "run.sh: '$php_bundled' not found: install php8.2-cli or set PHP=/path/to/php8.2" >&2
    exit 2
fi
if [ ! -f "$module" ]; then
    echo "run.sh: sockets-ng is NOT BUILT: $module does not exist." >&2
    echo "run.sh: build it first with: $top/scripts/build.sh" >&2
    exit 2
fi

# One run: prints lines_per_sec, or fails loudly. $1 = label, $2 = expected impl, $3.. = command.
run_one() {
    local label=$1 want=$2 out rc
    shift 2
    out=$("$@" "$script" "$size" "$min_seconds" "$min_lines" 2>&1)
    rc=$?
    [ "${VERBOSE:-0}" = 1 ] && echo "  $label: $out" >&2
    local lps impl
    lps=$(sed -n 's/^lines_per_sec=\([0-9.]*\) .*/\1/p' <<<"$out" | tail -n 1)
    impl=$(sed -n 's/.* impl=\([a-z-]*\).*/\1/p' <<<"$out" | tail -n 1)
    if [ "$rc" != 0 ] || [ -z "$lps" ]; then
        echo "run.sh: $label run failed (exit $rc), line_bytes=$size:" >&2
        echo "$out" | sed 's/^/    /' >&2
        return 1
    fi
    if [ "$impl" != "$want" ]; then
        echo "run.sh: $label run loaded the wrong sockets extension (impl=$impl, expected $want)" >&2
        return 1
    fi
    echo "$lps"
}

median() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "nan"; exit }
        if (NR % 2) printf "%.1f\n", v[(NR + 1) / 2];
        else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

results_dir=${RESULTS_DIR-$here/results}

header=$(
echo "PHP_NORMAL_READ throughput: socket_read(\$s, 8192, PHP_NORMAL_READ) on an AF_UNIX socketpair"
echo "rounds=$rounds (alternating bundled/ours), each run >= ${min_seconds}s and >= $min_lines lines; figures are lines/s, median of the rounds"
echo "bundled: $($php_bundled -r 'echo PHP_BINARY, " (PHP ", PHP_VERSION, ", sockets ", phpversion("sockets"), ")";')"
echo "ours:    $php_ours ($module, sockets $("$php_ours" -r 'echo phpversion("sockets");'))"
echo "host:    $(uname -srm), $(nproc) cpus, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
)
echo "$header"
echo

status=0
rounds_log=""
table=$(printf '%-10s  %14s  %14s  %10s\n' "line_bytes" "bundled_lps" "ours_lps" "ours/bund")
for size in $sizes; do
    bundled=()
    ours=()
    for ((r = 1; r <= rounds; r++)); do
        # Alternate which goes first, so neither always runs right after the other.
        if ((r % 2)); then
            b=$(run_one bundled bundled "$php_bundled") || { status=1; break; }
            o=$(run_one ours sockets-ng "$php_ours") || { status=1; break; }
        else
            o=$(run_one ours sockets-ng "$php_ours") || { status=1; break; }
            b=$(run_one bundled bundled "$php_bundled") || { status=1; break; }
        fi
        bundled+=("$b")
        ours+=("$o")
        line="line_bytes=$size round $r/$rounds: bundled=$b ours=$o"
        rounds_log+=$'\n'"$line"
        echo "$line" >&2
    done
    [ "$status" = 0 ] || break
    mb=$(printf '%s\n' "${bundled[@]}" | median)
    mo=$(printf '%s\n' "${ours[@]}" | median)
    ratio=$(awk -v o="$mo" -v b="$mb" 'BEGIN { if (b > 0) printf "%.1fx", o / b; else print "n/a" }')
    table+=$'\n'$(printf '%-10s  %14s  %14s  %10s' "$size" "$mb" "$mo" "$ratio")
done

echo
echo "$table"
if [ -n "$results_dir" ] && [ "$status" = 0 ]; then
    mkdir -p "$results_dir" &&
        saved="$results_dir/normal_read-$(date -u +%Y%m%dT%H%M%SZ).txt" &&
        printf '%s\n%s\n\n%s\n' "$header" "$rounds_log" "$table" > "$saved" &&
        echo "(saved to $saved)"
fi
if [ "$status" != 0 ]; then
    echo "run.sh: FAILED (see above); the table is incomplete" >&2
fi
exit "$status"
