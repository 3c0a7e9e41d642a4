#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The benchmark suite: every benchmark under the bundled ext/sockets (plain `php`) and under
# sockets-ng (bin/php-sockets), for some also under sockets-ng as it was before a change (REF, a
# commit built by bench/build-ref.sh: the socket_select rows compare with the poll-only select),
# and where it makes sense a small C program doing the same system calls (the physical limit),
# run in turn (bundled, ref, ours, C; the order rotates each round) for ROUNDS rounds. Prints per benchmark the median of each and the speed ratios ours/bundled and
# ours/C (above 1 = ours faster; for "us/call" figures the ratio is inverted so it still reads as
# speed). Alternating keeps the ratios meaningful when the machine's speed drifts. It asserts
# nothing; it prints. See BENCHMARKS.md for what each benchmark measures.
#
# Environment:
#   ROUNDS=5          rounds per benchmark (the whole suite: about 2 minutes on 2 cores)
#   SECONDS_PER_RUN=0.5  timed part of each run (the echo server runs: twice that)
#   PIN=0             run everything on this CPU (taskset -c); "" = let the scheduler place the
#                     processes. On this 2-core gVisor VM, two processes woken across CPUs made the
#                     two-process figures bimodal (20k or 240k round trips/s from run to run);
#                     on one CPU they are stable to a few percent.
#   ONLY="regex"      run only the benchmarks whose name matches (grep -E)
#   PHP=php           the bundled PHP 8.2 CLI (loads the bundled sockets extension)
#   REF=<commit>      the reference build of sockets-ng (default: bench/build-ref.sh's, the last
#                     commit before socket_select's kernel set)
#   VERBOSE=1         print every run's output line
#   RESULTS_DIR=bench/results  where a copy of the report is saved (git-ignored); "" = do not save
# Exit: 0 ok, 1 a run failed (wrong content, timeout, wrong extension loaded), 2 not built / bad setup.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
php_bundled=${PHP:-php}
php_ours="$top/bin/php-sockets"
module="$top/modules/sockets.so"
cbin="$top/.build/bench"
rounds=${ROUNDS:-5}
secs=${SECONDS_PER_RUN:-0.5}
only=${ONLY:-.}
pin=()
if [ -n "${PIN-0}" ]; then
    command -v taskset >/dev/null 2>&1 || { echo "run.sh: PIN needs taskset (util-linux); PIN= to run unpinned" >&2; exit 2; }
    pin=(taskset -c "${PIN-0}")
fi
# Every run is bounded; a run that takes longer is killed and counts as failed.
run_timeout=120

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
# select at 10,000 sockets needs more descriptors than the usual soft limit of 1024.
ulimit -n 20000 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

# The reference build, when a benchmark asks for it (built once per commit).
ref_module=""
need_ref() {
    [ -n "$ref_module" ] && return 0
    ref_module=$("$here/build-ref.sh" ${REF:+"$REF"}) || { echo "run.sh: the reference build failed" >&2; exit 2; }
}

# The C programs, rebuilt when their source is newer.
mkdir -p "$cbin"
for src in "$here"/c/*.c; do
    exe="$cbin/$(basename "$src" .c)"
    if [ ! -x "$exe" ] || [ "$src" -nt "$exe" ] || [ "$here/c/bench_c.h" -nt "$exe" ]; then
        cc -O2 -Wall -o "$exe" "$src" -lm || { echo "run.sh: cc failed for $src" >&2; exit 2; }
    fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/skng-bench.XXXXXX")
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill -KILL "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# Benchmarks: name | PHP script and arguments ("" = none) | C program and arguments ("-" = none) |
# bundled too (1/0) | what is measured | ref too (1/0, default 0) | the output field read (default
# result). Rows with the same command in the same round share one run (an echo run gives both the
# accept storm time and the requests/s).
benchmarks=(
    "normal_read_100|normal_read.php 100 $secs|-|1|lines/s"
    "normal_read_1000|normal_read.php 1000 $secs|-|1|lines/s"
    "normal_read_inherited_100|normal_read.php 100 $secs 200 inherited|-|1|lines/s"
    "binary_rw_64k|binary_rw.php $secs|binary_rw $secs|1|MiB/s"
    "udp_loop|udp_loop.php $secs|udp_loop $secs|1|datagrams/s"
    "round_trip|round_trip.php $secs|round_trip $secs|1|round_trips/s"
    "select_10|select.php 10 $secs|select_poll 10 $secs|1|us/call|1"
    "select_100|select.php 100 $secs|select_poll 100 $secs|1|us/call|1"
    "select_1000|select.php 1000 $secs|select_poll 1000 $secs|1|us/call|1"
    "select_10000|select.php 10000 $secs|select_poll 10000 $secs|0|us/call|1"
    "select_1000_1pct|select.php 1000 $secs 1|select_epoll 1000 $secs 1|1|us/call|1"
    "select_1000_10pct|select.php 1000 $secs 10|select_epoll 1000 $secs 10|1|us/call|1"
    "select_1000_100pct|select.php 1000 $secs 100|select_epoll 1000 $secs 100|1|us/call|1"
    "select_10000_1pct|select.php 10000 $secs 1|select_epoll 10000 $secs 1|0|us/call|1"
    "select_10000_10pct|select.php 10000 $secs 10|select_epoll 10000 $secs 10|0|us/call|1"
    "select_10000_100pct|select.php 10000 $secs 100|select_epoll 10000 $secs 100|0|us/call|1"
    "select_1000_1pct_churn|select.php 1000 $secs 1 1|-|1|us/call|1"
    "select_10000_1pct_churn|select.php 10000 $secs 1 1|-|0|us/call|1"
    "echo_server_10|echo echo_server.php 10|-|1|requests/s|1"
    "echo_server_1000|echo echo_server.php 1000|-|1|requests/s|1"
    "seeds_1000_storm|echo echo_server.php 1000 10|-|1|s|1|storm_seconds"
    "seeds_1000_10pct|echo echo_server.php 1000 10|-|1|requests/s|1"
    "seeds_10000_storm|echo echo_server.php 10000 10|-|0|s|1|storm_seconds"
    "seeds_10000_10pct|echo echo_server.php 10000 10|-|0|requests/s|1"
    "walk_1000_storm|echo walk_server.php 1000 10|-|1|s|1|storm_seconds"
    "walk_1000_10pct|echo walk_server.php 1000 10|-|1|requests/s|1"
    "walk_10000_storm|echo walk_server.php 10000 10|-|0|s|1|storm_seconds"
    "walk_10000_10pct|echo walk_server.php 10000 10|-|0|requests/s|1"
)

# Starts a select server (echo_server.php: the seeds' one; walk_server.php) under $1 (a PHP command)
# for $3 clients, runs the load generator against it ($4: the share of active clients, default all),
# stops the server. Prints the generator's output (its impl= is replaced by the server's).
run_echo() {
    local php=$1 script=$2 clients=$3 active=${4:-100} port="" impl="" i
    # Emptied here, not only by the redirection below: that happens in the child, and the wait
    # loop could otherwise read the previous server's port first.
    : > "$tmp/server.err"
    # shellcheck disable=SC2086
    "${pin[@]}" $php "$here/$script" "$clients" >/dev/null 2>"$tmp/server.err" &
    server_pid=$!
    for ((i = 0; i < 100; i++)); do
        port=$(sed -n 's/^Listening on .*:\([0-9][0-9]*\) impl=.*/\1/p' "$tmp/server.err")
        [ -n "$port" ] && break
        sleep 0.05
    done
    impl=$(sed -n 's/^Listening on .* impl=\([a-z-]*\).*/\1/p' "$tmp/server.err")
    if [ -z "$port" ]; then
        echo "the server did not start:"; cat "$tmp/server.err"
        kill -KILL "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; server_pid=""
        return 1
    fi
    local out rc
    out=$(timeout -s KILL "$run_timeout" "${pin[@]}" "$cbin/echo_load" "$port" "$clients" "$(awk -v s="$secs" 'BEGIN { print 2 * s }')" "$active" 2>&1)
    rc=$?
    kill -TERM "$server_pid" 2>/dev/null
    sleep 0.05
    kill -KILL "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
    server_pid=""
    echo "${out/impl=c/impl=$impl}"
    if [ -s "$tmp/server.err" ] && grep -qv '^Listening on' "$tmp/server.err"; then
        echo "server said:"; grep -v '^Listening on' "$tmp/server.err"
        return 1
    fi
    return "$rc"
}

# One run. $1 = which (bundled|ref|ours|c), $2 = benchmark spec, $3 = round. Prints the figure
# (the spec's field) or fails loudly. Outputs are kept per (which, command, round) in $tmp/outputs.
run_one() {
    local which=$1 name phpcmd ccmd unit field want out rc memo
    IFS='|' read -r name phpcmd ccmd _ unit _ field <<<"$2"
    field=${field:-result}
    case "$which" in
        bundled) want=bundled ;;
        ours|ref) want=sockets-ng ;;
        c) want=c ;;
    esac
    memo="$tmp/outputs/$(printf '%s' "$which|$phpcmd|$ccmd|$3" | md5sum | cut -c1-16)"
    if [ -f "$memo" ]; then
        out=$(cat "$memo")
        rc=0
    elif [ "$which" = c ]; then
        # shellcheck disable=SC2086
        out=$(timeout -s KILL "$run_timeout" "${pin[@]}" "$cbin"/$ccmd 2>&1)
        rc=$?
    else
        local php=$php_bundled
        [ "$which" = ours ] && php=$php_ours
        [ "$which" = ref ] && php="env PHP_SOCKETS_MODULE=$ref_module $php_ours"
        if [ "${phpcmd%% *}" = echo ]; then
            # shellcheck disable=SC2086
            out=$(run_echo "$php" ${phpcmd#echo } 2>&1)
        else
            # shellcheck disable=SC2086
            out=$(cd "$here" && timeout -s KILL "$run_timeout" "${pin[@]}" $php $phpcmd 2>&1)
        fi
        rc=$?
    fi
    [ "${VERBOSE:-0}" = 1 ] && echo "  $name $which: $out" >&2
    local value impl
    # normal_read.php prints lines_per_sec=, the others result=; echo runs also storm_seconds=.
    if [ "$field" = result ]; then
        value=$(sed -n 's/^\(result\|lines_per_sec\)=\([0-9.]*\) .*/\2/p' <<<"$out" | tail -n 1)
    else
        value=$(sed -n "s/.* $field=\\([0-9.]*\\).*/\\1/p" <<<"$out" | tail -n 1)
    fi
    impl=$(sed -n 's/.* impl=\([a-z-]*\).*/\1/p' <<<"$out" | tail -n 1)
    if [ "$rc" != 0 ] || [ -z "$value" ]; then
        echo "run.sh: $name: the $which run failed (exit $rc):" >&2
        echo "$out" | sed 's/^/    /' >&2
        return 1
    fi
    if [ "$impl" != "$want" ]; then
        echo "run.sh: $name: the $which run reported impl=$impl, expected $want" >&2
        return 1
    fi
    printf '%s' "$out" > "$memo"
    echo "$value"
}

median() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "-"; exit }
        if (NR % 2) printf "%.2f\n", v[(NR + 1) / 2];
        else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Speed ratio of a over b: a/b, or b/a for figures where lower is better.
ratio() {
    awk -v a="$1" -v b="$2" -v unit="$3" 'BEGIN {
        if (a == "-" || b == "-" || a <= 0 || b <= 0) { print "-"; exit }
        printf "%.2fx\n", (unit == "us/call" || unit == "s") ? b / a : a / b }'
}

header=$(
echo "sockets-ng benchmarks: bundled ext/sockets vs sockets-ng vs C, rounds=$rounds (order rotates), ${secs}s timed per run; medians"
echo "bundled: $($php_bundled -r 'echo PHP_BINARY, " (PHP ", PHP_VERSION, ", sockets ", phpversion("sockets"), ")";')"
echo "ours:    $php_ours (sockets $("$php_ours" -r 'echo phpversion("sockets");'), $(git -C "$top" describe --always --dirty 2>/dev/null))"
echo "ref:     sockets-ng at ${REF:-$(sed -n 's/^rev=.*REF:-\([0-9a-f]*\).*/\1/p' "$here/build-ref.sh")} (bench/build-ref.sh), for the rows that have it"
echo "C:       $cbin (cc -O2, $(cc --version | head -n 1))"
echo "host:    $(uname -srm), $(nproc) cpus, fd limit $(ulimit -n), pinned: ${pin[*]:-no}, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
)
echo "$header"
echo

status=0
rounds_log=""
mkdir -p "$tmp/outputs"
fmt='%-20s %-12s %12s %12s %12s %12s %10s %9s %8s\n'
table=$(printf "$fmt" benchmark unit bundled ref ours C ours/bund ours/ref ours/C)
for spec in "${benchmarks[@]}"; do
    IFS='|' read -r name phpcmd ccmd with_bundled unit with_ref _ <<<"$spec"
    grep -qE "$only" <<<"$name" || continue
    kinds=(ours)
    [ "${with_ref:-0}" = 1 ] && { need_ref; kinds=(ref "${kinds[@]}"); }
    [ "$with_bundled" = 1 ] && kinds=(bundled "${kinds[@]}")
    [ "$ccmd" != - ] && kinds+=(c)
    declare -A vals=([bundled]="" [ref]="" [ours]="" [c]="")
    for ((r = 0; r < rounds; r++)); do
        line="$name round $((r + 1))/$rounds:"
        n=${#kinds[@]}
        for ((k = 0; k < n; k++)); do
            which=${kinds[$(((k + r) % n))]}
            v=$(run_one "$which" "$spec" "$r") || { status=1; break 3; }
            vals[$which]+="$v "
            line+=" $which=$v"
        done
        rounds_log+=$'\n'"$line"
        echo "$line" >&2
    done
    mb=$(tr ' ' '\n' <<<"${vals[bundled]}" | grep . | median)
    mr=$(tr ' ' '\n' <<<"${vals[ref]}" | grep . | median)
    mo=$(tr ' ' '\n' <<<"${vals[ours]}" | grep . | median)
    mc=$(tr ' ' '\n' <<<"${vals[c]}" | grep . | median)
    table+=$'\n'$(printf "$fmt" "$name" "$unit" "$mb" "$mr" "$mo" "$mc" "$(ratio "$mo" "$mb" "$unit")" "$(ratio "$mo" "$mr" "$unit")" "$(ratio "$mo" "$mc" "$unit")")
done

echo
echo "$table"
if [ -n "${RESULTS_DIR-$here/results}" ] && [ "$status" = 0 ]; then
    results_dir=${RESULTS_DIR-$here/results}
    mkdir -p "$results_dir" &&
        saved="$results_dir/bench-$(date -u +%Y%m%dT%H%M%SZ).txt" &&
        printf '%s\n%s\n\n%s\n' "$header" "$rounds_log" "$table" > "$saved" &&
        echo "(saved to $saved)"
fi
if [ "$status" != 0 ]; then
    echo "run.sh: FAILED (see above); the table is incomplete" >&2
fi
exit "$status"
