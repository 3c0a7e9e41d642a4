#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Runs the phpt suite, then the differential cases, against an ASan+UBSan build of sockets-ng
# (.build/asan/sockets.so; modules/sockets.so is not touched). Extra arguments: phpt tests to run
# (default: tests/ and then every diff case).
#
# How it works:
# - /usr/bin/php is not instrumented, so the ASan runtime is LD_PRELOADed. PHP dlopen()s
#   extensions with RTLD_DEEPBIND, which the sanitizer runtime refuses ("incompatible with
#   sanitizer runtime"); a tiny preloaded shim (nodeepbind.so, built here) strips that flag.
#   It has to come before libasan in LD_PRELOAD, hence verify_asan_link_order=0.
# - run-tests.php is given a wrapper (-p .build/asan/php-asan) that sets the environment
#   (USE_ZEND_ALLOC=0 so emalloc/efree go through malloc/free and are checked) and sends every
#   sanitizer report of the process and its children (they inherit the env) to a private log dir.
#   After PHP exits the wrapper prints to stderr (so the test's output differs and it fails):
#     * every ASan error and every UBSan "runtime error" (php itself is not instrumented with
#       UBSan, so those are ours; ASan errors are reported whoever's frame detected them);
#     * only the LeakSanitizer blocks whose allocation stack has a frame in our code
#       (sockets.so or a source under .build/asan/). PHP leaks a few objects at exit on its own
#       (e.g. `php -n -r '$o=new stdClass; $o->o=$o;'`); LSan suppressions cannot separate
#       them (a `leak:` pattern matches ANY frame, and every stack has php8.2 frames), hence
#       the post-filter. exitcode=0 keeps those PHP leaks from changing exit statuses that
#       tests check (LSan would exit 23).
#   Every report is also appended to .build/asan/reports.log with the command line.
# Last line: `N passed, M failed`; exit status non-zero on any failure.
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
asan=$top/.build/asan
"$top/scripts/install-deps.sh" asan >&2 || { echo "0 passed, 1 failed"; exit 1; }
php_bin=$(readlink -f "$(command -v php8.2 || command -v php)")
run_tests=$(php-config --extension-dir)/build/run-tests.php
libasan=$(gcc -print-file-name=libasan.so)
[ -f "$libasan" ] || { echo "libasan.so not found (gcc -print-file-name=libasan.so)" >&2; echo "0 passed, 1 failed"; exit 1; }

BUILD_DIR=$asan MODULE_OUT=$asan/sockets.so \
CFLAGS="-g -O1 -fsanitize=address,undefined -fno-omit-frame-pointer" \
LDFLAGS="-fsanitize=address,undefined" "$top/scripts/build.sh" >&2 \
    || { echo "0 passed, 1 failed"; exit 1; }

# dlopen() shim dropping RTLD_DEEPBIND.
cat > "$asan/nodeepbind.c" <<'EOF'
#define _GNU_SOURCE
#include <dlfcn.h>
void *dlopen(const char *file, int mode)
{
    static void *(*real)(const char *, int);
    if (!real)
        real = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
    return real(file, mode & ~RTLD_DEEPBIND);
}
EOF
if [ ! -f "$asan/nodeepbind.so" ] || [ "$asan/nodeepbind.c" -nt "$asan/nodeepbind.so" ]; then
    gcc -shared -fPIC -O2 -o "$asan/nodeepbind.so" "$asan/nodeepbind.c" -ldl \
        || { echo "0 passed, 1 failed"; exit 1; }
fi

# Sanitizer logs. Tests switch users (share_other_user_may_not_import runs a child as "nobody"),
# and that child's sanitizer log must be written and counted like anyone's: the log root lives
# under /tmp (every user can reach it, whatever the clone's path and its parents' modes; 0711: not
# listable), and each run's folder is 1733 (anyone creates files, nobody lists or deletes others').
# Root (this script) reads them all. Removed when this script ends.
logroot=$(mktemp -d /tmp/sockets-ng-asan-logs.XXXXXX) || { echo "0 passed, 1 failed"; exit 1; }
chmod 0711 "$logroot"
trap 'rm -rf "$logroot"' EXIT
: > "$asan/reports.log"

# Keeps the lines of sanitizer logs that are reports about us (used by php-asan for each run and
# by the sweep at the end for reports that came late).
cat > "$asan/report-filter" <<EOF
#!/usr/bin/env bash
# Usage: report-filter LOGFILE... ; prints what counts as a report (nothing if none).
awk -v ours="$asan/" '
    FNR == 1 { inleak = 0 }
    # LSan notice in a child forked from a process with a thread (the sharing agent, sk_share.c):
    # the thread exists only in the parent. A notice, not a report; leaks still come as ERRORs.
    /^==[0-9]+==Running thread [0-9]+ was not suspended\. False leaks are possible\.\$/ { next }
    /^==[0-9]+==ERROR: LeakSanitizer/ { inleak = 1; next }
    inleak && /^(Direct|Indirect) leak/ { blk = \$0 "\n"; inblk = 1; next }
    inleak && inblk && /^ *#[0-9]/ { blk = blk \$0 "\n"; next }
    inleak && inblk { if (index(blk, ours) || index(blk, "sockets.so")) printf "LEAK (ours): %s\n", blk; inblk = 0; next }
    inleak { next }
    { print }
' "\$@" | grep -v '^=*\$' | sed '/^\$/N;/^\n\$/D'
EOF
chmod +x "$asan/report-filter"

# The PHP wrapper given to run-tests.php as -p.
cat > "$asan/php-asan" <<EOF
#!/usr/bin/env bash
logdir=\$(mktemp -d "$logroot/run.XXXXXX") && chmod 1733 "\$logdir" || exit 125
# The sanitizer settings go to PHP (and so to its descendants) only, not to this script's own
# commands: the wait below finds descendants by this run's log path in their environment.
# Run PHP in the foreground (stdin stays attached); fd juggling keeps bash's own
# "Alarm clock"-style job messages out of the test output.
{ LD_PRELOAD="$asan/nodeepbind.so:$libasan\${LD_PRELOAD:+:\$LD_PRELOAD}" \\
  USE_ZEND_ALLOC=0 \\
  ASAN_OPTIONS="detect_leaks=1:verify_asan_link_order=0:exitcode=0:fast_unwind_on_malloc=0:malloc_context_size=20:log_path=\$logdir/asan" \\
  UBSAN_OPTIONS="print_stacktrace=1:log_path=\$logdir/ubsan" \\
  "$php_bin" "\$@" 2>&3 3>&-; } 3>&2 2>/dev/null
rc=\$?
# Descendants of PHP still running (a forked child, a killed worker on its way out) may still
# write a report: wait until no process carries this run's log path, rather than for a fixed time
# (bounded by ASAN_CHILD_WAIT seconds, default 20). A process still there after that leaves the
# folder in place; the sweep at the end of check-asan.sh counts what it writes.
waited=0
while grep -qsF "log_path=\$logdir/" /proc/[0-9]*/environ 2>/dev/null; do
    if [ "\$waited" -ge \$(( \${ASAN_CHILD_WAIT:-20} * 10 )) ]; then
        printf '=== %s\nstill running after %ss with log path %s: its reports are counted at the end\n' "\$*" "\${ASAN_CHILD_WAIT:-20}" "\$logdir" >> "$asan/late.log"
        break
    fi
    sleep 0.1
    waited=\$((waited + 1))
done
if compgen -G "\$logdir/*" >/dev/null; then
    rep=\$("$asan/report-filter" "\$logdir"/*)
    if [ -n "\$(printf '%s' "\$rep" | tr -d '[:space:]')" ]; then
        printf '\n[sanitizer report]\n%s\n' "\$rep" >&2
        { printf '=== %s\n' "\$*"; printf '%s\n' "\$rep"; } >> "$asan/reports.log"
    fi
fi
# Read: gone. A folder kept (a process outlived the wait) is swept at the end.
grep -qsF "log_path=\$logdir/" /proc/[0-9]*/environ 2>/dev/null || rm -rf "\$logdir"
# Died from a signal: die from the same one, so run-tests.php sees what it would without us.
if [ \$rc -gt 128 ] && [ \$rc -lt 160 ]; then trap - \$((rc - 128)); kill -\$((rc - 128)) \$\$; fi
exit \$rc
EOF
chmod +x "$asan/php-asan"
: > "$asan/late.log"

# Canary: a forked child that switches to "nobody" and then dies of SIGSEGV (ASan reports the
# signal) must show up as a sanitizer report in the output, as any test's would. Fails the run
# if the report is lost (it was: the child could not open its log file, reason 13).
canary_failed=0
if [ "$(id -u)" = 0 ] && getent passwd nobody >/dev/null; then
    cat > "$asan/canary.php" <<'EOF'
<?php
$nobody = posix_getpwnam('nobody');
$pid = pcntl_fork();
if ($pid === 0) {
    posix_setgid($nobody['gid']);
    posix_setuid($nobody['uid']);
    posix_kill(posix_getpid(), SIGSEGV);
    exit(0);
}
pcntl_waitpid($pid, $status);
echo "canary parent done\n";
EOF
    canary_out=$(cd /tmp && "$asan/php-asan" -n -d extension=posix -d "extension=$asan/sockets.so" "$asan/canary.php" 2>&1)
    if [[ $canary_out == *"canary parent done"*"[sanitizer report]"*"AddressSanitizer: SEGV"* ]]; then
        echo "canary: the report of a child running as nobody was seen"
    else
        canary_failed=1
        printf 'canary FAILED: a child running as nobody died of SIGSEGV and no report came back. Output:\n%s\n' "$canary_out"
    fi
    : > "$asan/reports.log"
fi

# run-tests.php writes X.php/X.out/X.diff... next to each test: work on a private copy of
# tests/ so that this can run alongside tests/run-phpt.sh or check-valgrind.sh.
# The copy lives in $asan/run/tests next to symlinks to the rest of the tree (examples/, bin/...),
# which tests reach through relative paths.
rm -rf "$asan/run"
mkdir -p "$asan/run"
for e in "$top"/* "$top"/.[!.]*; do
    case ${e##*/} in tests|.build|.git|.[!.]*\*) continue ;; esac
    ln -s "$e" "$asan/run/${e##*/}"
done
cp -r "$top/tests" "$asan/run/tests"
targets=()
for t in "$@"; do
    t=$(readlink -f "$t")
    if [ "$t" = "$top/tests" ]; then targets+=("$asan/run/tests"); else targets+=("$asan/run/tests/${t#"$top/tests/"}"); fi
done
[ "${#targets[@]}" -gt 0 ] || targets=("$asan/run/tests")
log=$asan/phpt.log
start=$(date +%s)
# Per-test limit: run-tests.php's default (60 s) is for an uninstrumented php on an idle machine;
# ASan is 2-3 times slower and CI machines are shared, so give each test ASAN_TEST_TIMEOUT (300 s,
# as run-tests.php gives valgrind). JOBS: parallel workers (default 2).
NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$asan/php-asan \
    php -n "$run_tests" -q -j"${JOBS:-2}" --set-timeout "${ASAN_TEST_TIMEOUT:-300}" --show-diff -p "$asan/php-asan" \
    -n -d extension=posix -d "extension=$asan/sockets.so" "${targets[@]}" > "$log" 2>&1
cat "$log"
echo "time: $(( $(date +%s) - start ))s"
passed=$(sed -nE 's/^Tests passed *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
failed=$(sed -nE 's/^Tests failed *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
borked=$(sed -nE 's/^Tests borked *: *([0-9]+).*/\1/p' "$log" | tail -n 1)
[ -n "$passed" ] || { passed=0; failed=1; }
. "$top/tests/phpt_retried.sh"
phpt_retried "$log"
failed=$((${failed:-0} + ${borked:-0} + retried))
echo "phpt under ASan+UBSan: $passed passed, $failed failed"

# The differential cases (tests/diff/cases, the bad-input battery among them) with ours on the
# sanitizer build: PHP_OURS runs bin/php-sockets with .build/asan/sockets.so as the module and
# php-asan as php, so a sanitizer report makes the output differ from the bundled one's: a failure.
# Skipped when tests were named on the command line.
if [ $# -eq 0 ]; then
    # bin/php-sockets with the sanitizer build as the module and php-asan as php; the system's
    # conf.d is the plain php's (php-asan -n would start an instrumented php just to ask).
    sys_scan=$("$php_bin" -n -r 'echo PHP_CONFIG_FILE_SCAN_DIR;')
    cat > "$asan/php-ours" <<EOF
#!/usr/bin/env bash
export PHP_SOCKETS_PHP="$asan/php-asan" PHP_SOCKETS_MODULE="$asan/sockets.so" PHP_SOCKETS_SYSTEM_SCAN_DIR="$sys_scan"
exec "$top/bin/php-sockets" "\$@"
EOF
    chmod +x "$asan/php-ours"
    # Left out: cases whose expected output is the Zend allocator refusing a PHP_INT_MAX-sized
    # string ("Hard memory limit ... exhausted"). With USE_ZEND_ALLOC=0 the request goes to
    # malloc, which ASan refuses with its own report instead; the normal diff run covers them.
    skip=" 021_read_len_php_int_max 022_recv_len_php_int_max "
    cases=()
    for c in "$top"/tests/diff/cases/*.php; do
        c=$(basename "$c" .php)
        [[ $skip == *" $c "* ]] || cases+=("$c")
    done
    dstart=$(date +%s)
    PHP_OURS=$asan/php-ours DIFF_TIMEOUT=${DIFF_TIMEOUT:-120} "$top/tests/diff/run.sh" "${cases[@]}" > "$asan/diff.log" 2>&1
    grep -vE '^PASS ' "$asan/diff.log" | tail -n 60
    dlast=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$asan/diff.log" | tail -n 1)
    [ -n "$dlast" ] || dlast="0 passed, 1 failed"
    echo "diff cases under ASan+UBSan: $dlast ($(( $(date +%s) - dstart ))s)"
    passed=$((passed + ${dlast%% passed*}))
    dfailed=${dlast#*, }
    failed=$((failed + ${dfailed%% failed*}))

    # The PHP-level fuzzer with ours on the sanitizer build (php-asan as php): a sanitizer report
    # comes after the rounds and makes that part differ from the bundled run's. Seeds:
    # FUZZ_PHP_ASAN_SEEDS (default 1-300, as the normal run; about 45 s).
    fstart=$(date +%s)
    FUZZ_PHP_OURS="$asan/php-asan -n -d extension=posix -d extension=$asan/sockets.so" \
        "$top/tests/fuzz-php/run.sh" "${FUZZ_PHP_ASAN_SEEDS:-1-300}" > "$asan/fuzz-php.log" 2>&1
    grep -vE '^PASS ' "$asan/fuzz-php.log" | tail -n 60
    flast=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$asan/fuzz-php.log" | tail -n 1)
    [ -n "$flast" ] || flast="0 passed, 1 failed"
    echo "fuzz-php under ASan+UBSan: $flast ($(( $(date +%s) - fstart ))s)"
    passed=$((passed + ${flast%% passed*}))
    ffailed=${flast#*, }
    failed=$((failed + ${ffailed%% failed*}))
fi
# The C interface test (tests/cabi/run.sh): its extension, built against the bundled
# php_sockets.h, with ours on the sanitizer build. Skipped when tests were named.
if [ $# -eq 0 ]; then
    CABI_ONLY=ours CABI_PHP_WRAPPER=$asan/php-asan CABI_MODULE=$asan/sockets.so \
        "$top/tests/cabi/run.sh" 8.2 > "$asan/cabi.log" 2>&1
    clast=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$asan/cabi.log" | tail -n 1)
    [ -n "$clast" ] || { tail -n 30 "$asan/cabi.log"; clast="0 passed, 1 failed"; }
    grep -E '^(FAIL|SKIP|BORK)' "$asan/cabi.log"
    echo "cabi under ASan+UBSan: $clast"
    passed=$((passed + ${clast%% passed*}))
    cfailed=${clast#*, }
    failed=$((failed + ${cfailed%% failed*}))
fi
# Sweep: folders left by runs whose descendants outlived php-asan's wait. A report there came too
# late to fail its own test: count it here, as one failure per folder.
late=0
for d in "$logroot"/run.*; do
    [ -d "$d" ] || continue
    compgen -G "$d/*" >/dev/null || continue
    rep=$("$asan/report-filter" "$d"/*)
    [ -n "$(printf '%s' "$rep" | tr -d '[:space:]')" ] || continue
    late=$((late + 1))
    { printf '=== (late, from a process that outlived its test; see %s)\n' "$asan/late.log"; printf '%s\n' "$rep"; } >> "$asan/reports.log"
    printf '\n[late sanitizer report]\n%s\n' "$rep"
done
if [ "$late" -gt 0 ]; then
    echo "late sanitizer reports: $late (counted as failures)"
    failed=$((failed + late))
fi
[ -s "$asan/late.log" ] && { echo "processes that outlived their test's wait:"; cat "$asan/late.log"; }
echo "sanitizer reports: $(grep -c '^=== ' "$asan/reports.log") (see $asan/reports.log)"
failed=$((failed + canary_failed))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
