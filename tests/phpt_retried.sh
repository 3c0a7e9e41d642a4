# SPDX-License-Identifier: BSD-3-Clause
# Sourced by the scripts that read a run-tests.php log (tests/run-phpt.sh, scripts/check-asan.sh,
# scripts/check-valgrind.sh, tests/cabi/run.sh, part phpt-musl of scripts/test.sh).
# run-tests.php runs a failed test again when its output looks like a flaky one's ("timed out",
# "connection refused"...) or its code calls sleep(), usleep(), microtime() or hrtime(), and counts
# a pass the second time apart ("warned"), in neither "passed" nor "failed". Such a test did fail
# once: phpt_retried LOG names them and sets retried to how many, for the caller to count as failed,
# so that no flaky test passes unseen.
# They are read from the log's summary of warned tests, where each is listed once.
phpt_retried() {
    local names
    names=$(sed -n '/^WARNED TEST SUMMARY/,/^=====/p' "$1" | grep 'passed on retry attempt' || true)
    retried=0
    [ -z "$names" ] || retried=$(wc -l <<<"$names")
    if [ "$retried" -gt 0 ]; then
        echo "$retried test(s) failed, then passed when run-tests.php ran them again; counted as failed:"
        sed 's/^/    /' <<<"$names"
    fi
}
