#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds a thread-safe (ZTS) debug PHP 8.2 from Debian's source package, once per machine, into a
# cache folder outside the clone, and prints that folder (its bin/ has php, phpize, php-config).
# The folder's name carries a hash of the configure line and of this script's commands (its
# comments left out), so a change to either builds a new one and an unchanged one is reused.
#
# Debug builds check what release builds do not: they report every leaked allocation at
# shutdown ("Freeing ... bytes", "Leaked ..."), verify that an internal function returns the type
# its arginfo declares, and turn ZEND_ASSERT into real assertions. Only the extensions the tests
# use are built (--disable-all plus posix, pcntl, filter for examples/http_client.php); the bundled
# ext/sockets is built as a shared module to serve as the reference, and zend_test (shared,
# loaded only on demand) gives a function that leaks on purpose, to show that leaks are caught.
# The embed SAPI (libphp.so) lets tests/zts/threads.c run PHP requests in several threads at once.
# Debian's patches are left out (scripts/php-source.sh): the result is upstream PHP 8.2.32
# as those who build their own thread-safe PHP run it, with upstream's phpize (Debian's expects
# the libtool and shtool packages at fixed places) and upstream's generated configure.
#
# Env: PHP_ZTS_DEBUG_CACHE (default $SOCKETS_NG_CACHE, default /var/cache/sockets-ng),
#      PHP_ZTS_DEBUG_JOBS (default: the number of CPUs, nproc).
# Progress goes to stderr and to <folder>.log; stdout gets only the folder.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
version=8.2.32
debian_version=$("$here/php-source.sh" --version)
cache=${PHP_ZTS_DEBUG_CACHE:-${SOCKETS_NG_CACHE:-/var/cache/sockets-ng}}
export PHP_SOURCE_CACHE=${PHP_SOURCE_CACHE:-$cache}
jobs=${PHP_ZTS_DEBUG_JOBS:-$(nproc)}

configure_args=(
    --disable-all --enable-zts --enable-debug
    --enable-cli --enable-embed=shared --disable-cgi --disable-phpdbg --without-pear
    --enable-posix --enable-pcntl --enable-filter
    --enable-sockets=shared --enable-zend-test=shared
)
key=$(printf '%s\n' "$debian_version" "${configure_args[*]}" \
      | cat - <(grep -v '^[[:space:]]*#' "$here/build-php-zts-debug.sh") | sha256sum | cut -c1-12)
dir="$cache/php-$version-zts-debug-$key"

if [ -f "$dir/.complete" ]; then
    echo "$dir"
    exit 0
fi

mkdir -p "$cache"
# One build at a time per folder: a second caller waits for the first one and reuses its result.
exec 9>"$dir.lock"
flock 9
if [ -f "$dir/.complete" ]; then
    echo "$dir"
    exit 0
fi

log="$dir.log"
: >"$log"
say() { echo "build-php-zts-debug: $*" | tee -a "$log" >&2; }
run() { "$@" >>"$log" 2>&1 || { say "failed: $* (last lines of $log:)"; tail -n 30 "$log" >&2; exit 1; }; }
started=$(date +%s)
say "building PHP $debian_version (ZTS, debug) into $dir; log: $log"

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
# Build tools: a C compiler, make, and pkg-config (configure asks it for nothing here but looks
# for it); autoconf for phpize when building extensions against the result.
need=()
command -v cc >/dev/null || need+=(gcc)
command -v make >/dev/null || need+=(make)
command -v pkg-config >/dev/null || need+=(pkg-config)
command -v autoconf >/dev/null || need+=(autoconf)
if [ "${#need[@]}" -gt 0 ]; then
    say "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive run "${sudo_cmd[@]}" apt-get install -y -q "${need[@]}"
fi

rm -rf "$dir"
mkdir -p "$dir/src"
run "$here/php-source.sh" "$dir/src/upstream"
cd "$dir/src/upstream"
say "configure ${configure_args[*]}"
run ./configure --prefix="$dir" "${configure_args[@]}"
say "make -j$jobs (the long part)"
run make -j"$jobs"
run make install
# run-tests.php goes beside the binaries so the suite can be run without the source tree.
cp run-tests.php "$dir/lib/php/run-tests.php"
# The source tree is 10x the installation: drop it, keep the log.
cd "$dir"
rm -rf "$dir/src"
"$dir/bin/php" -n -v >>"$log"
touch "$dir/.complete"
say "done in $(( $(date +%s) - started )) s"
echo "$dir"
