#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds PHP 8.2.32 against musl libc (as Alpine-based images run it) and prints its folder: its
# bin/ has php, phpize and php-config; the bundled ext/sockets is built shared
# (lib/php/extensions/*/sockets.so), the reference for ours there. Ours is built against it with
# that phpize and CC=musl-gcc (scripts/build.sh with PHP_TARGET=8.2-musl).
#
# The compiler is Debian's musl-gcc (musl-tools): gcc with musl's headers and libraries in place of
# glibc's (-nostdinc, -nostdlib: nothing of /usr/include or glibc's libraries can leak in). The
# only other headers are the kernel's (linux/, asm/, asm-generic/), as Alpine's linux-headers
# package gives them: a folder of links to those three, nothing else of /usr/include (valgrind's
# headers there, which configure would find, are refused with --without-valgrind). A minimal
# PHP: --disable-all plus the CLI, posix, pcntl, filter (what the tests use), so nothing needs a
# library musl-tools does not have (libxml2, sqlite, ...).
# Cached in a folder named after a hash of its recipe (source version, configure line, RECIPE).
#
# Env: PHP_MUSL_CACHE (default $SOCKETS_NG_CACHE, else /var/cache/sockets-ng), PHP_MUSL_JOBS (default 2).
# Progress goes to stderr and to <folder>.log; stdout gets only the folder.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
version=8.2.32
debian_version=$("$here/php-source.sh" --version)
cache=${PHP_MUSL_CACHE:-${SOCKETS_NG_CACHE:-/var/cache/sockets-ng}}
export PHP_SOURCE_CACHE=${PHP_SOURCE_CACHE:-$cache}
jobs=${PHP_MUSL_JOBS:-2}
# Bump when a step below changes what is built (not for comments).
RECIPE=1

configure_args=(
    --disable-all --enable-cli --disable-cgi --disable-phpdbg --without-pear
    --enable-posix --enable-pcntl --enable-filter --enable-sockets=shared
    --without-valgrind
)
# -O1: the tests need no faster PHP, and it compiles in about 60% of -O2's time (zend_execute.c:
# 12.6 s against 20.0 s of CPU); ours is built for it by scripts/build.sh with its own flags.
cflags=-O1
key=$(printf '%s\n' "$debian_version" "${configure_args[*]}" "$cflags" "$RECIPE" | sha256sum | cut -c1-12)
dir="$cache/php-$version-musl-$key"

if [ -f "$dir/.complete" ]; then
    echo "$dir"
    exit 0
fi
mkdir -p "$cache"
exec 9>"$dir.lock"
flock 9
if [ -f "$dir/.complete" ]; then
    echo "$dir"
    exit 0
fi

log="$dir.log"
: >"$log"
say() { echo "build-php-musl: $*" | tee -a "$log" >&2; }
run() { "$@" >>"$log" 2>&1 || { say "failed: $* (last lines of $log:)"; tail -n 30 "$log" >&2; exit 1; }; }
started=$(date +%s)
say "building PHP $debian_version against musl into $dir; log: $log"

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
need=()
command -v musl-gcc >/dev/null || need+=(musl-tools)
command -v make >/dev/null || need+=(make)
command -v autoconf >/dev/null || need+=(autoconf)
[ -d /usr/include/linux ] || need+=(linux-libc-dev)
if [ "${#need[@]}" -gt 0 ]; then
    say "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive run "${sudo_cmd[@]}" apt-get install -y -q "${need[@]}"
fi

rm -rf "$dir"
mkdir -p "$dir/src" "$dir/kernel-headers"
# The kernel's headers only (Alpine's linux-headers): linux/, asm/ (this machine's), asm-generic/.
multiarch=$(gcc -print-multiarch)
ln -s /usr/include/linux "$dir/kernel-headers/linux"
ln -s "/usr/include/$multiarch/asm" "$dir/kernel-headers/asm"
ln -s /usr/include/asm-generic "$dir/kernel-headers/asm-generic"
run "$here/php-source.sh" "$dir/src/upstream"
cd "$dir/src/upstream"
say "configure ${configure_args[*]} CC=musl-gcc CFLAGS=$cflags"
# php-config records CC and CFLAGS: phpize builds against this PHP get musl-gcc and the kernel
# headers too.
run ./configure --prefix="$dir" "${configure_args[@]}" CC=musl-gcc \
    CFLAGS="$cflags -isystem $dir/kernel-headers"
say "make -j$jobs (the long part)"
run make -j"$jobs"
run make install
cp run-tests.php "$dir/lib/php/run-tests.php"
cd "$dir"
rm -rf "$dir/src"

# What was built runs on musl: its loader is musl's, and no glibc library is needed.
interp=$(readelf -l "$dir/bin/php" | sed -nE 's/.*Requesting program interpreter: ([^]]+)].*/\1/p')
if [ "$interp" != /lib/ld-musl-x86_64.so.1 ] && [ "$interp" != "/lib/ld-musl-$(uname -m).so.1" ]; then
    say "bin/php's loader is '$interp', not musl's"; exit 1
fi
if readelf -d "$dir/bin/php" | grep -E 'NEEDED.*(libc\.so\.6|libm\.so\.6|libpthread|libresolv\.so\.2)'; then
    say "bin/php needs a glibc library"; exit 1
fi
"$dir/bin/php" -n -d extension=sockets -r 'exit(function_exists("socket_create") ? 0 : 1);' \
    || { say "the bundled sockets module does not load"; exit 1; }
"$dir/bin/php" -n -v >>"$log"
touch "$dir/.complete"
say "done in $(( $(date +%s) - started )) s"
echo "$dir"
