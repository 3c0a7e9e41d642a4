#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# One command from a fresh clone: installs what is missing, builds, and runs every test:
# the C unit tests of the core, the arginfo check, the phpt suite under sockets-ng, the
# differential harness (each script under the bundled extension and ours), both again on PHP 8.4
# (a Debian 13 root), on PHP 8.5 and 8.6 (a Debian sid root with experimental), on a
# thread-safe debug PHP 8.2 built from source, on PHP 8.2 built with ours in its tree (compiled
# in) and on PHP 8.2 built against musl, and the reliability
# checks (sanitizers, valgrind, fuzzing). Last line:
# "N passed, M failed".
#
# The tests run in a private network namespace with only loopback (scripts/hermetic.sh: no name
# lookup or packet of a test leaves the machine; unknown names get "not found" from a DNS server
# on 127.0.0.1 there). Everything that needs the network (apt-get, via install-deps.sh) and the
# build run first, outside it; then this script runs itself again inside it.
# The other PHPs, the Debian roots and php-src's tests are prepared there too, as jobs that run at
# the same time (see "Preparing" below); TEST_PREPARE_ONLY=1 stops after preparing.
# SOCKETS_NG_CACHE (default /var/cache/sockets-ng) is where every maker keeps what it made.
# TESTS_SHARE_NETWORK=1 skips the namespace (not hermetic; for machines where unshare is not
# allowed). TEST_PARTS="phpt diff" runs only those parts.
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$top/tests/phpt_retried.sh"
cd "$top"
PATH=$PATH:/usr/sbin:/sbin
# ---- Preparing ----------------------------------------------------------------------------------
# What the other PHPs' parts need (Debian roots, PHPs built from source, ours built for each) is
# made once per machine into SOCKETS_NG_CACHE, with the network, before the tests enter their
# namespace. The makers run as jobs at the same time, and beside the tests: a root waits on the
# network and the disk (debootstrap, apt), a PHP build on the CPU, so together they take about as
# long as the longest one, not the sum (one after the other, a cold run on 2 loaded cores spent
# 42 min on the Debian 13 root and the ZTS PHP alone), and the parts that need none of them (the
# suites on this machine's PHP and the reliability checks) run meanwhile. A part that needs a job
# waits for it to end (needs NAME). Each job has its log, .build/prepare/NAME.log; a job that fails
# fails only the parts that need it, never the run.
prep_dir="$top/.build/prepare"
# wants_part PART...: TEST_PARTS (if set) names one of them.
wants_part() {
    [ -z "${TEST_PARTS:-}" ] && return 0
    local p
    for p in "$@"; do [[ " $TEST_PARTS " == *" $p "* ]] && return 0; done
    return 1
}
# prepare_job NAME FUNCTION PART...: starts FUNCTION in the background as job NAME, unless
# TEST_PARTS names none of the PARTs that need it. FUNCTION runs in a subshell: it hands values to
# the parts with prepare_set VAR VALUE (loaded by needs NAME once it succeeded). NAME.job says the
# job was started; NAME.status ("EXIT-CODE SECONDS", moved into place whole) that it ended.
prepare_job() {
    local name=$1 fn=$2
    shift 2
    wants_part "$@" || return 0
    echo "== prepare $name (log: .build/prepare/$name.log)"
    : >"$prep_dir/$name.job"
    (
        t0=$SECONDS
        PREP_VARS="$prep_dir/$name.vars" "$fn" >"$prep_dir/$name.log" 2>&1 </dev/null
        echo "$? $((SECONDS - t0))" >"$prep_dir/$name.status.new"
        mv "$prep_dir/$name.status.new" "$prep_dir/$name.status"
    ) &
}
prepare_set() { printf '%s=%q\n' "$1" "$2" >>"$PREP_VARS"; }
# prepare_report [NAME...]: how each job went (default: every job started in this run).
prepare_report() {
    local name rc secs
    [ $# -gt 0 ] || set -- $(cd "$prep_dir" 2>/dev/null && ls -- *.job 2>/dev/null | sed 's/\.job$//')
    for name in "$@"; do
        if ! read -r rc secs <"$prep_dir/$name.status" 2>/dev/null; then
            echo "job $name: not ended"
        elif [ "$rc" = 0 ]; then
            echo "prepared $name in $secs s"
        else
            echo "FAILED to prepare $name ($secs s; the parts that need it fail): last lines of .build/prepare/$name.log:"
            tail -n 30 "$prep_dir/$name.log" | sed 's/^/    /'
        fi
    done
}
# needs NAME...: waits for each job to end (it runs beside the parts before this one), then loads
# what it handed over; a job that was not started or failed gives the part a failed result. Also
# inside the namespace, where this script runs again and prepares nothing: the outer run's jobs
# write into the same folder.
needs() {
    local name rc t0=$SECONDS
    for name in "$@"; do
        if [ ! -e "$prep_dir/$name.job" ]; then
            echo "$name was not prepared in this run"
            echo "0 passed, 1 failed"
            return 1
        fi
        while [ ! -e "$prep_dir/$name.status" ]; do sleep 2; done
        read -r rc _ <"$prep_dir/$name.status"
        if [ "$rc" != 0 ]; then
            prepare_report "$name"
            echo "0 passed, 1 failed"
            return 1
        fi
        # shellcheck disable=SC1090  # written by prepare_set
        [ ! -f "$prep_dir/$name.vars" ] || . "$prep_dir/$name.vars"
    done
    [ $((SECONDS - t0)) -lt 2 ] || echo "(waited $((SECONDS - t0)) s for the job(s) $*)"
}

# The jobs. Debian 13: PHP 8.4 and ours for it (issue 11).
prepare_debian13() { "$top/scripts/debian-root.sh" 13 && PHP_TARGET=8.4 "$top/scripts/build.sh"; }
# The thread-safe debug PHP 8.2 built from source and ours for it (issue 11).
zts_debug_php=
prepare_zts_debug() {
    local php
    php=$("$top/scripts/build-php-zts-debug.sh") && prepare_set zts_debug_php "$php" \
        && PHP_TARGET=8.2-zts-debug "$top/scripts/build.sh"
}
# Debian sid whose apt also sees experimental: PHP 8.5 and 8.6 and ours for both (issue 18).
prepare_sid() {
    "$top/scripts/debian-root.sh" sid && PHP_TARGET=8.5 "$top/scripts/build.sh" \
        && PHP_TARGET=8.6 "$top/scripts/build.sh"
}
# Debian 12 with every SAPI: the install tests' root (issue 12).
prepare_debian12() { "$top/scripts/debian-root.sh" 12; }
# php-src's ext/sockets tests of 8.2.32 (issue 18).
php_src_82=
prepare_php_src() { local dir; dir=$("$top/tests/php-src/fetch-8.2.sh") && prepare_set php_src_82 "$dir"; }

# The phpt suite and the differential cases on a Debian PHP inside its root (phpt_in_root ROOT
# VERSION [TESTS...], diff_in_root ROOT VERSION [CASES...]); the reference is that version's
# bundled ext/sockets (Debian's phpX.Y with its conf.d), ours is modules/X.Y/sockets.so.
phpt_in_root() {
    local root=$1 v=$2
    shift 2
    # PHP_SOCKETS_*: bin/php-sockets, which some tests run, runs the same PHP and module.
    "$top/scripts/in-debian.sh" "$root" env PHPT_PHP="php$v" PHPT_MODULE="$top/modules/$v/sockets.so" \
        PHP_SOCKETS_PHP="php$v" PHP_SOCKETS_MODULE="$top/modules/$v/sockets.so" \
        PHPT_LOG="$top/.build/phpt-$v.log" "$top/tests/run-phpt.sh" "$@"
}
diff_in_root() {
    local root=$1 v=$2
    shift 2
    "$top/scripts/in-debian.sh" "$root" env PHP_BUNDLED="php$v" PHP_OURS="$top/bin/php-sockets" \
        PHP_SOCKETS_PHP="php$v" PHP_SOCKETS_MODULE="$top/modules/$v/sockets.so" \
        "$top/tests/diff/run.sh" "$@"
}
phpt_84() { needs debian13 || return 1; phpt_in_root 13 8.4 "$@"; }
diff_84() { needs debian13 || return 1; diff_in_root 13 8.4 "$@"; }

# PHP 8.5 and 8.6 in the sid root.
phpt_sid() { needs sid || return 1; phpt_in_root sid "$@"; }
diff_sid() { needs sid || return 1; diff_in_root sid "$@"; }

# retry_canary: run-tests.php's second attempt at a failed test must not hide the failure: a test
# that fails the first time only (and calls usleep(), which makes run-tests.php try it again) counts
# as failed under run-phpt.sh (tests/phpt_retried.sh), and is named.
retry_canary() {
    local dir="$top/.build/retry-canary" out
    rm -rf "$dir" && mkdir -p "$dir"
    printf '%s\n' '--TEST--' 'retry canary: fails the first time only' '--FILE--' \
        '<?php usleep(1); $seen = __DIR__ . "/seen"; echo file_exists($seen) ? "ok" : "first", "\n"; touch($seen);' \
        '--EXPECT--' 'ok' >"$dir/retry_canary.phpt"
    out=$(PHPT_LOG="$dir/log" "$top/tests/run-phpt.sh" "$dir/retry_canary.phpt" 2>&1)
    grep -q 'passed on retry attempt' "$dir/log" && grep -q 'retry_canary' <<<"$out" \
        && [ "$(tail -n 1 <<<"$out")" = "0 passed, 1 failed" ]
}
phpt_part() {
    if ! retry_canary; then
        echo "a test that passed only when run-tests.php ran it again was not counted as failed: see .build/retry-canary/log"
        echo "0 passed, 1 failed"
        return 1
    fi
    tests/run-phpt.sh "$@"
}

# What a debug build prints when something is wrong that the test's own output may not show:
# leaked allocations at shutdown, a failed ZEND_ASSERT, a function returning another type than its
# arginfo says (debug builds check internal functions' returns), an arginfo/zpp disagreement.
zts_debug_alarms='Freeing 0x[0-9a-f]+ \([0-9]+ bytes\)|memory leaks? detected|Leaked [0-9]+ |Assertion .* failed|Return value must be of type|Arginfo / zpp mismatch'

# zts_debug_canary: shows that a leak is caught where the suite runs: a test that leaks on purpose
# (zend_test's zend_leak_bytes) must fail under run-phpt.sh with the leak report in its diff.
zts_debug_canary() {
    local dir="$top/.build/zts-debug-canary"
    rm -rf "$dir" && mkdir -p "$dir"
    printf '%s\n' '--TEST--' 'leak canary' '--FILE--' '<?php zend_leak_bytes(16); echo "ok\n";' \
        '--EXPECT--' 'ok' >"$dir/leak_canary.phpt"
    PHPT_PHP="$zts_debug_php/bin/php" PHPT_MODULE=zend_test PHPT_LOG="$dir/log" \
        "$top/tests/run-phpt.sh" "$dir/leak_canary.phpt" >/dev/null 2>&1
    grep -q '^Tests failed *: *1' "$dir/log" && grep -qE "$zts_debug_alarms" "$dir/log"
}

# The phpt suite and the differential cases on the ZTS debug PHP 8.2 with ours
# (modules/8.2-zts-debug/sockets.so); the reference is its bundled ext/sockets, built shared.
phpt_zts_debug() {
    needs zts-debug || return 1
    if ! zts_debug_canary; then
        echo "a test that leaks on purpose was not caught: see .build/zts-debug-canary/log"
        echo "0 passed, 1 failed"
        return 1
    fi
    PHPT_PHP="$zts_debug_php/bin/php" PHPT_MODULE="$top/modules/8.2-zts-debug/sockets.so" \
        PHP_SOCKETS_PHP="$zts_debug_php/bin/php" PHP_SOCKETS_MODULE="$top/modules/8.2-zts-debug/sockets.so" \
        PHPT_LOG="$top/.build/phpt-zts-debug.log" "$top/tests/run-phpt.sh" "$@"
}
diff_zts_debug() {
    needs zts-debug || return 1
    # The bundled module is a shared one there: a conf.d of one ini loads it, in the children too.
    local dir="$top/.build/zts-debug-bundled"
    mkdir -p "$dir/conf.d"
    echo 'extension=sockets' >"$dir/conf.d/20-sockets.ini"
    printf '#!/bin/sh\nPHP_INI_SCAN_DIR=%s exec %s "$@"\n' "$dir/conf.d" "$zts_debug_php/bin/php" >"$dir/php"
    chmod +x "$dir/php"
    # Both run with Debian's CLI php.ini, as the cases do on 8.2 (memory_limit=-1 among others;
    # PHPRC reaches the children too); a debug build's "exhausted at FILE:LINE" names where the
    # allocation was compiled, which differs between a module built in PHP's tree and one built
    # with phpize: that part of the message is left out of the comparison.
    PHPRC=/etc/php/8.2/cli PHP_BUNDLED="$dir/php" PHP_OURS="$top/bin/php-sockets" \
        PHP_SOCKETS_PHP="$zts_debug_php/bin/php" PHP_SOCKETS_MODULE="$top/modules/8.2-zts-debug/sockets.so" \
        DIFF_FAIL_PATTERN="$zts_debug_alarms" \
        DIFF_NORMALIZE='s/(exhausted|Out of memory \(allocated [0-9]+ bytes\)) at [^ ]+:[0-9]+ \(tried/\1 (tried/' \
        "$top/tests/diff/run.sh" "$@"
}
# Several threads of one process in the module at once (the CLI has one thread only): PHP's embed
# SAPI of the ZTS debug build runs tests/zts/threads.inc in ZTS_THREADS threads (default 8), each
# in its own request. The harness must first pass with the bundled module (4 threads), so a failure
# is ours, not the harness's; a leak, assertion or return-type report on stderr fails the part.
zts_threads() {
    needs zts-debug || return 1
    local dir="$top/.build/zts-threads" n=${ZTS_THREADS:-8}
    mkdir -p "$dir/ours" "$dir/bundled"
    # shellcheck disable=SC2046  # php-config --includes is a list of -I options
    if ! cc -O1 -g -Wall -Wextra -Wno-unused-parameter $("$zts_debug_php/bin/php-config" --includes) \
            "$top/tests/zts/threads.c" -o "$dir/threads" -L"$zts_debug_php/lib" -lphp \
            -Wl,-rpath,"$zts_debug_php/lib" -lpthread; then
        echo "tests/zts/threads.c did not build"; echo "0 passed, 1 failed"; return 1
    fi
    echo 'extension=sockets' >"$dir/bundled/sockets.ini"
    echo "extension=$top/modules/8.2-zts-debug/sockets.so" >"$dir/ours/sockets.ini"
    if ! PHP_INI_SCAN_DIR="$dir/bundled" timeout -k 5 120 "$dir/threads" "$top/tests/zts/threads.inc" 4 \
            >"$dir/bundled.log" 2>&1 || grep -qE "$zts_debug_alarms" "$dir/bundled.log"; then
        cat "$dir/bundled.log"
        echo "the harness fails with the bundled module: not counting ours"; echo "0 passed, 1 failed"; return 1
    fi
    PHP_INI_SCAN_DIR="$dir/ours" timeout -k 5 120 "$dir/threads" "$top/tests/zts/threads.inc" "$n" >"$dir/ours.log" 2>&1
    local rc=$?
    grep -v 'rounds ok$' "$dir/ours.log" | grep -vE '^[0-9]+ passed, [0-9]+ failed$' | head -n 40
    local last passed
    last=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$dir/ours.log" | tail -n 1)
    passed=${last%% passed*}
    [ -n "$last" ] || passed=0
    if grep -qE "$zts_debug_alarms" "$dir/ours.log"; then
        echo "a debug report (leak, assertion, return type) above: the threads count as failed"
        passed=0
    fi
    [ "$rc" -eq 124 ] && echo "timed out after 120 s"
    echo "$passed passed, $((n - passed)) failed"
    [ "$passed" -eq "$n" ]
}
# ---- php-src's own ext/sockets tests (issue 18) --------------------------------------------------
# PHP 8.2.32's tests, unpacked once from Debian's source package (tests/php-src/fetch-8.2.sh, needs
# the network the first time, so it is prepared before the namespace), each run under the bundled
# extension and ours with the machine's php8.2; only a test passing under the bundled one and
# failing under ours counts as failed (tests/php-src/expected-differences excepted).
php_src_82_part() {
    needs php-src || return 1
    PHPSRC_OUT="$top/.build/php-src-8.2" "$top/tests/php-src/run.sh" "$php_src_82"
}
# The same tests on the ZTS debug 8.2.32 (its bundled module is a shared one; zend_test lets the two
# leaked-handle tests run; a leak report or failed assertion changes a test's output, so it fails).
php_src_zts_debug() {
    needs zts-debug php-src || return 1
    PHPSRC_PHP="$zts_debug_php/bin/php" PHPSRC_MODULE="$top/modules/8.2-zts-debug/sockets.so" \
        PHPSRC_RUN_TESTS="$zts_debug_php/lib/php/run-tests.php" PHPSRC_OUT="$top/.build/php-src-zts-debug" \
        "$top/tests/php-src/run.sh" "$php_src_82"
}
# ---- PHP built with ext/sockets in its tree, and PHP on musl libc (issue 20) ----------------------
# The jobs: our sources as PHP's ext/sockets compiled into php (and, from the same tree, built
# shared) with the same PHP built with its own ext/sockets as the reference; PHP on musl with its
# ext/sockets shared (the reference there) and ours built with that PHP's phpize.
static_ours_php=
static_ref_php=
musl_php=
# Two jobs: each build's configure runs on one core, so the two side by side keep both busy.
prepare_static_ref() {
    local ref
    ref=$("$top/scripts/build-php-static.sh" bundled) && prepare_set static_ref_php "$ref"
}
prepare_static() {
    local ours
    ours=$("$top/scripts/build-php-static.sh" ours) && prepare_set static_ours_php "$ours"
}
prepare_musl() {
    local php
    php=$("$top/scripts/build-php-musl.sh") && prepare_set musl_php "$php" \
        && PHP_TARGET=8.2-musl "$top/scripts/build.sh"
}
# wants_other_php_part PART...: as wants_part, but with no TEST_PARTS, SKIP_OTHER_PHPS=1 says no.
wants_other_php_part() {
    if [ -z "${TEST_PARTS:-}" ]; then
        [ "${SKIP_OTHER_PHPS:-0}" != 1 ]
        return
    fi
    wants_part "$@"
}

# The phpt suite on the php with ours compiled in (nothing to load).
phpt_static() {
    needs static || return 1
    PHPT_PHP="$static_ours_php/bin/php" PHPT_MODULE=builtin \
        PHPT_RUN_TESTS="$static_ours_php/lib/php/run-tests.php" \
        PHPT_LOG="$top/.build/phpt-static.log" "$top/tests/run-phpt.sh" "$@"
}
# The differential cases: the reference php (bundled compiled in) against ours compiled in; both
# with Debian's CLI php.ini, as the cases run on 8.2 (memory_limit=-1 among others).
diff_static() {
    needs static static-ref || return 1
    PHPRC=/etc/php/8.2/cli PHP_BUNDLED="$static_ref_php/bin/php" PHP_OURS="$static_ours_php/bin/php" \
        "$top/tests/diff/run.sh" "$@"
}
# The phpt suite and the differential cases on musl: ours is modules/8.2-musl/sockets.so; the
# reference is that PHP's bundled module, loaded by a conf.d of one ini (in the children too).
# The expectations are the bundled extension's output on glibc; musl's texts differ for some errors
# (strerror, hstrerror: "Address in use", not "Address already in use"). A test that fails under
# ours is run again under musl's bundled module: when that prints exactly what ours printed, the
# difference is the libc's, not ours, and the test counts as passed (listed); else it fails.
phpt_musl() {
    needs musl || return 1
    local dir="$top/.build/phpt-musl" t
    rm -rf "$dir" && mkdir -p "$dir/ours" "$dir/bundled"
    musl_run_phpt() {
        PHPT_PHP="$musl_php/bin/php" PHPT_RUN_TESTS="$musl_php/lib/php/run-tests.php" \
            PHP_SOCKETS_PHP="$musl_php/bin/php" PHP_SOCKETS_MODULE="$top/modules/8.2-musl/sockets.so" \
            "$top/tests/run-phpt.sh" "$@" >/dev/null 2>&1
    }
    # failed_tests LOG: the tests run-tests.php lists as failed, one per line.
    failed_tests() { sed -n '/^FAILED TEST SUMMARY/,/^=====/p' "$1" | sed -nE 's/.*\[([^]]+\.phpt)\]$/\1/p'; }
    PHPT_MODULE="$top/modules/8.2-musl/sockets.so" PHPT_LOG="$dir/ours.log" musl_run_phpt "$@"
    cat "$dir/ours.log"
    local failed=() passed libc_only=() ours_only=()
    mapfile -t failed < <(failed_tests "$dir/ours.log")
    passed=$(sed -nE 's/^Tests passed *: *([0-9]+).*/\1/p' "$dir/ours.log" | tail -n 1)
    [ -n "$passed" ] || { echo "0 passed, 1 failed"; return 1; }
    if [ "${#failed[@]}" -gt 0 ]; then
        for t in "${failed[@]}"; do cp "${t%.phpt}.out" "$dir/ours/$(basename "${t%.phpt}").out" 2>/dev/null; done
        BUNDLED=1 PHPT_LOG="$dir/bundled.log" musl_run_phpt "${failed[@]}"
        for t in "${failed[@]}"; do
            local name out
            name=$(basename "${t%.phpt}")
            out="${t%.phpt}.out"
            # Passed under the bundled module: then ours differs from it.
            if [ -f "$out" ] && cmp -s "$out" "$dir/ours/$name.out"; then
                libc_only+=("$name")
            else
                ours_only+=("$name")
            fi
            rm -f "${t%.phpt}".{diff,out,exp,php,sh,log}
        done
    fi
    if [ "${#libc_only[@]}" -gt 0 ]; then
        echo "failing under musl's bundled module too, with the same output (the libc's texts): ${libc_only[*]}"
    fi
    # Tests the bundled module skips (what only ours does) have no reference there: they run again
    # with their expectations in musl's error texts (tests/libc/translate.php; each code's text
    # from socket_strerror() under the bundled module of each libc).
    if [ "${#ours_only[@]}" -gt 0 ]; then
        local copies=() still=() texts_only=()
        php8.2 -n -d extension=sockets "$top/tests/libc/texts.php" >"$dir/glibc.json"
        "$musl_php/bin/php" -n -d extension=sockets "$top/tests/libc/texts.php" >"$dir/musl.json"
        for t in "${ours_only[@]}"; do
            php8.2 -n "$top/tests/libc/translate.php" "$dir/glibc.json" "$dir/musl.json" \
                "$top/tests/$t.phpt" "$top/tests/$t.musl-texts.phpt" && copies+=("$top/tests/$t.musl-texts.phpt")
        done
        PHPT_MODULE="$top/modules/8.2-musl/sockets.so" PHPT_LOG="$dir/texts.log" musl_run_phpt "${copies[@]}"
        mapfile -t failed < <(failed_tests "$dir/texts.log")
        for t in "${ours_only[@]}"; do
            if [[ " ${failed[*]} " == *"/$t.musl-texts.phpt "* ]]; then still+=("$t"); else texts_only+=("$t"); fi
            rm -f "$top/tests/$t.musl-texts".{phpt,diff,out,exp,php,sh,log}
        done
        [ "${#texts_only[@]}" -eq 0 ] || echo "passing with musl's error texts in their expectations: ${texts_only[*]}"
        libc_only+=("${texts_only[@]}")
        ours_only=("${still[@]}")
    fi
    if [ "${#ours_only[@]}" -gt 0 ]; then
        echo "failing under ours only: ${ours_only[*]} (outputs in $dir/ours)"
    fi
    local retried
    phpt_retried "$dir/ours.log"
    echo "$((passed + ${#libc_only[@]})) passed, $((${#ours_only[@]} + retried)) failed"
    [ "${#ours_only[@]}" -eq 0 ] && [ "$retried" -eq 0 ]
}
diff_musl() {
    needs musl || return 1
    local dir="$top/.build/musl-bundled"
    mkdir -p "$dir/conf.d"
    echo 'extension=sockets' >"$dir/conf.d/20-sockets.ini"
    printf '#!/bin/sh\nPHP_INI_SCAN_DIR=%s exec %s "$@"\n' "$dir/conf.d" "$musl_php/bin/php" >"$dir/php"
    chmod +x "$dir/php"
    PHPRC=/etc/php/8.2/cli PHP_BUNDLED="$dir/php" PHP_OURS="$top/bin/php-sockets" \
        PHP_SOCKETS_PHP="$musl_php/bin/php" PHP_SOCKETS_MODULE="$top/modules/8.2-musl/sockets.so" \
        "$top/tests/diff/run.sh" "$@"
}
# Every way of building ours from its folder: in PHP's tree (static and shared), and phpize in the
# folder itself as docker-php-ext-install does it (glibc and musl); tests/build/ways.sh.
in_tree() {
    needs static static-ref musl || return 1
    STATIC_OURS="$static_ours_php" STATIC_REF="$static_ref_php" MUSL_PHP="$musl_php" "$top/tests/build/ways.sh"
}
# ---- System-wide install, Debian package, PIE metadata, PHP-FPM behind nginx (issue 12) -----------
# They change a system's PHP configuration, so they run as root in a throwaway copy (an overlay,
# scripts/in-root-copy.sh) of a Debian 12 root made once by scripts/debian-root.sh 12 (PHP 8.2 with
# cli, fpm and apache2, nginx, curl, the packaging tools, composer); the machine's own PHP is never
# touched, and the cached root stays as it was made. SKIP_INSTALL_TESTS=1 leaves them out.
# in_install_root CMD...: CMD as root in a throwaway copy of the Debian 12 root.
in_install_root() {
    needs debian12 || return 1
    "$top/scripts/in-root-copy.sh" "$@"
}
# The install lifecycle (issue 19): each sequence of script/package/SAPI steps in a fresh copy of its
# own (the test makes the copies itself).
lifecycle() {
    needs debian12 || return 1
    "$top/tests/install/lifecycle.sh"
}
# PHP 8.4: the same install test in a throwaway copy of the Debian 13 root (which stays as made).
install_84() {
    needs debian13 || return 1
    SOCKETS_NG_MODULE="$top/modules/8.4/sockets.so" \
        "$top/scripts/in-root-copy.sh" --root 13 \
        "$top/tests/install/install.sh" 8.4
}
if [ "${SOCKETS_NG_TEST_NETNS:-}" != inside ] && [ "${SOCKETS_NG_TEST_NETNS:-}" != shared ]; then
    extras=()
    [ "${SKIP_RELIABILITY:-0}" = 1 ] || extras=(asan valgrind fuzz)
    # The makers' own tools up front: the machine's apt is not called by jobs running together.
    { [ "${SKIP_OTHER_PHPS:-0}" = 1 ] && [ "${SKIP_INSTALL_TESTS:-0}" = 1 ]; } || extras+=(makers)
    "$top/scripts/install-deps.sh" "${extras[@]+"${extras[@]}"}" || { echo "0 passed, 1 failed"; exit 1; }
    "$top/scripts/build.sh" || { echo "0 passed, 1 failed"; exit 1; }
    prep_t0=$SECONDS
    rm -rf "$prep_dir" && mkdir -p "$prep_dir"
    # php-src's tests first and alone: the download is small, and its private apt list is the one
    # the ZTS build reads (two apt-get update on one list at once: one fails on apt's lock).
    prepare_job php-src prepare_php_src php-src-8.2 php-src-zts-debug
    wait
    # One line per job, beside the parts that need it (TEST_PARTS names none of them: not made).
    if [ "${SKIP_OTHER_PHPS:-0}" != 1 ]; then
        prepare_job debian13 prepare_debian13 phpt-8.4 diff-8.4 cabi-8.4 install-8.4 arginfo
        prepare_job zts-debug prepare_zts_debug phpt-zts-debug diff-zts-debug zts-threads php-src-zts-debug cabi-zts-debug
        prepare_job sid prepare_sid phpt-8.5 diff-8.5 phpt-8.6 diff-8.6 cabi-8.5 cabi-8.6 arginfo
    fi
    # PHP 8.2.32 from source with ours in its tree and with its own ext/sockets, and on musl (issue
    # 20): left out by SKIP_OTHER_PHPS=1 unless TEST_PARTS names their parts.
    if wants_other_php_part in-tree phpt-static diff-static; then
        prepare_job static-ref prepare_static_ref in-tree diff-static
        prepare_job static prepare_static in-tree phpt-static diff-static
    fi
    if wants_other_php_part in-tree phpt-musl diff-musl; then
        prepare_job musl prepare_musl in-tree phpt-musl diff-musl
    fi
    [ "${SKIP_INSTALL_TESTS:-0}" = 1 ] || prepare_job debian12 prepare_debian12 install deb pie fpm lifecycle
    if [ "${TEST_PREPARE_ONLY:-0}" = 1 ]; then
        wait
        prepare_report
        echo "(prepared in $((SECONDS - prep_t0)) s)"
        failed=$(grep -Lx '0 [0-9]*' "$prep_dir"/*.status 2>/dev/null | wc -l)
        echo "test.sh: TEST_PREPARE_ONLY=1: $failed job(s) failed, no test run"
        [ "$failed" -eq 0 ]
        exit
    fi
    if [ "${TESTS_SHARE_NETWORK:-0}" = 1 ]; then
        echo "test.sh: TESTS_SHARE_NETWORK=1: tests run in the machine's network namespace (not hermetic)"
        export SOCKETS_NG_TEST_NETNS=shared
    else
        # The jobs go on outside the namespace (they need the network) while the tests run in it.
        SOCKETS_NG_TEST_NETNS=inside "$top/scripts/hermetic.sh" "$top/scripts/test.sh" "$@"
        rc=$?
        # Every job started is needed by a part, so they have ended unless the run was cut short:
        # then they finish making their caches.
        wait
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
    local log="$top/.build/test-$name.log" t0=$SECONDS
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
    summary+=("$name: $last ($((SECONDS - t0)) s)")
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
arginfo_check() {
    local job
    for job in debian13 sid; do
        [ ! -e "$prep_dir/$job.job" ] || needs "$job" || return 1
    done
    if scripts/gen-arginfo.sh --check; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
}
# tests/cabi/run.sh on PHP 8.4 (it enters the Debian 13 root itself) or the ZTS debug PHP.
cabi_sid_php() { needs sid || return 1; "$top/tests/cabi/run.sh" "$@"; }
cabi_84() { needs debian13 || return 1; "$top/tests/cabi/run.sh" 8.4; }
cabi_zts_debug() { needs zts-debug || return 1; "$top/tests/cabi/run.sh" 8.2-zts-debug; }
# The reliability checks (ASan, valgrind, fuzzing: about half of the run's CPU) go beside the other
# parts, as a run of this script of their own (TEST_PARTS) in a network namespace of its own, so
# that no port or abstract socket name of one can meet the other's (with TESTS_SHARE_NETWORK=1 they
# run in turn, below). Their output and results come at the end.
reliability_parts=()
for p in unit-asan asan valgrind fuzz; do wants_part "$p" && reliability_parts+=("$p"); done
reliability_pid=
if [ "${SKIP_RELIABILITY:-0}" != 1 ] && [ -z "${TEST_SUMMARY_FILE:-}" ] && [ "$SOCKETS_NG_TEST_NETNS" = inside ] \
        && [ "${#reliability_parts[@]}" -gt 0 ]; then
    reliability_out=$top/.build/reliability.out
    reliability_summary=$top/.build/reliability.summary
    rm -f "$reliability_out" "$reliability_summary"
    echo "== ${reliability_parts[*]}: started beside the other parts (output at the end)"
    TEST_PARTS="${reliability_parts[*]}" TEST_SUMMARY_FILE=$reliability_summary \
        "$top/scripts/hermetic.sh" "$top/scripts/test.sh" >"$reliability_out" 2>&1 &
    reliability_pid=$!
fi
run_part hermetic hermetic_check
run_part unit tests/unit/run.sh
run_part build-tag tests/build/module_folder_follows_php_config.sh
run_part docs tests/docs/check-links.sh
run_part phpt phpt_part
run_part diff tests/diff/run.sh
# Random calls of every function under both extensions (tests/fuzz-php/run.sh; under ASan in check-asan.sh).
run_part fuzz-php tests/fuzz-php/run.sh
# The C interface (issue 21): a test extension built against the bundled php_sockets.h, its phpt
# files under the bundled extension and ours (tests/cabi/run.sh; parts cabi-8.4, cabi-zts-debug below).
run_part cabi tests/cabi/run.sh 8.2
# Its output must not depend on its pid: a round run with the pid made equal to a value it prints.
run_part fuzz-php-pid tests/fuzz-php/pid_coincidence.sh
# socket_select's two ways of waiting (issue 13): the default run lets it choose; these force each
# way for every select test, example program, fault test and select differential case, so that
# both give the bundled extension's results whatever the choice (SOCKETS_NG_SELECT=epoll|poll).
select_tests=(tests/*select*.phpt tests/examples_*.phpt tests/fault_*.phpt)
select_cases=(034 035 036 834)
run_part select-epoll env SOCKETS_NG_SELECT=epoll PHPT_LOG="$top/.build/phpt-select-epoll.log" tests/run-phpt.sh "${select_tests[@]}"
run_part diff-select-epoll env SOCKETS_NG_SELECT=epoll tests/diff/run.sh "${select_cases[@]}"
run_part select-poll env SOCKETS_NG_SELECT=poll PHPT_LOG="$top/.build/phpt-select-poll.log" tests/run-phpt.sh tests/*select*.phpt
run_part php-src-8.2 php_src_82_part
# Reliability (issue 5; README "Reliability"): the phpt suite and the differential cases against an
# ASan+UBSan build; the phpt suite under valgrind memcheck (VALGRIND_SAMPLE=N: every N-th test,
# see below); libFuzzer runs of the core's parsers (FUZZ_SECONDS each, default 60).
# SKIP_RELIABILITY=1 leaves all three out (a quick local run). Here only when they did not start
# beside the other parts (TESTS_SHARE_NETWORK=1): before the parts on other PHPs, whose jobs
# (roots, PHPs built from source) go on meanwhile.
if [ "${SKIP_RELIABILITY:-0}" != 1 ] && [ -z "$reliability_pid" ]; then
    run_part unit-asan env SANITIZE=1 tests/unit/run.sh
    run_part asan scripts/check-asan.sh
    run_part valgrind env SAMPLE="${VALGRIND_SAMPLE:-1}" scripts/check-valgrind.sh
    run_part fuzz tests/fuzz/run.sh
fi
# The arginfo headers of 8.4 and later are checked with the gen_stub.php of the Debian 13 and sid
# roots: after their jobs (when they were started; without them the check says what is missing).
run_part arginfo arginfo_check
if [ "${SKIP_OTHER_PHPS:-0}" != 1 ]; then
    run_part phpt-8.4 phpt_84
    run_part diff-8.4 diff_84
    run_part phpt-8.5 phpt_sid 8.5
    run_part diff-8.5 diff_sid 8.5
    run_part phpt-8.6 phpt_sid 8.6
    run_part diff-8.6 diff_sid 8.6
    run_part cabi-8.5 cabi_sid_php 8.5
    run_part cabi-8.6 cabi_sid_php 8.6
    run_part phpt-zts-debug phpt_zts_debug
    run_part diff-zts-debug diff_zts_debug
    run_part zts-threads zts_threads
    run_part php-src-zts-debug php_src_zts_debug
    run_part cabi-8.4 cabi_84
    run_part cabi-zts-debug cabi_zts_debug
    [ "${SKIP_INSTALL_TESTS:-0}" = 1 ] || run_part install-8.4 install_84
fi
if [ "${SKIP_INSTALL_TESTS:-0}" != 1 ]; then
    run_part install in_install_root tests/install/install.sh 8.2
    run_part deb in_install_root tests/install/deb.sh
    run_part pie in_install_root tests/install/pie.sh
    run_part fpm in_install_root tests/install/fpm.sh
    run_part lifecycle lifecycle
fi
# The slowest jobs last: PHP on musl, then PHP built with ours in its tree (three builds of PHP).
if wants_other_php_part in-tree phpt-static diff-static phpt-musl diff-musl; then
    run_part phpt-musl phpt_musl
    run_part diff-musl diff_musl
    run_part in-tree in_tree
    run_part phpt-static phpt_static
    run_part diff-static diff_static
fi
if [ -n "$reliability_pid" ]; then
    wait "$reliability_pid"
    echo "== ${reliability_parts[*]} (run beside the other parts)"
    cat "$reliability_out"
    if [ -s "$reliability_summary" ]; then
        while IFS= read -r line; do
            summary+=("$line")
            total_passed=$((total_passed + $(echo "$line" | sed -E 's/^[^:]+: ([0-9]+) passed.*/\1/')))
            total_failed=$((total_failed + $(echo "$line" | sed -E 's/^[^:]+: [0-9]+ passed, ([0-9]+) failed.*/\1/')))
        done <"$reliability_summary"
    else
        summary+=("${reliability_parts[*]}: no result (see above)")
        total_failed=$((total_failed + 1))
    fi
fi
if [ -n "${TEST_SUMMARY_FILE:-}" ]; then
    # A run for another one (the reliability parts beside the others): it reports the totals.
    printf '%s\n' "${summary[@]}" >"$TEST_SUMMARY_FILE"
else
    echo
    prepare_report
fi
printf '%s\n' "${summary[@]}"
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
