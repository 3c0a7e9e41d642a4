#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds PHP 8.2.32 from source with ext/sockets compiled into the php binary, as static PHP
# distributions and `./configure --enable-sockets` do, and prints the folder of the result.
#   build-php-static.sh ours     our sources, unchanged, dropped into PHP's tree as ext/sockets
#                                (the bundled folder removed): ./buildconf --force, ./configure
#                                --enable-sockets, make, make install -> FOLDER/bin/php has ours
#                                built in. The same tree is then configured again with
#                                --enable-sockets=shared and built and installed into
#                                FOLDER/shared (a php without sockets, ours as
#                                FOLDER/shared/lib/php/extensions/*/sockets.so): both ways of
#                                building an extension in PHP's tree are built and kept.
#   build-php-static.sh bundled  the same PHP with its own ext/sockets built in: the reference.
# Both run buildconf and the same configure line, so the two php binaries differ only in ext/sockets
# (and the optimiser level of ours, below).
#
# A minimal PHP (--disable-all plus what the tests use: the CLI, posix, pcntl, filter for
# examples/http_client.php). PHP's own files at -O0, which compiles in a third of -O2's time
# (zend_execute.c: 6.8 s against 20.0 s of CPU); our files in the build with ours built in are
# compiled again at -O2 (our_cflags), as distributions build them: the compiler's warnings about
# them, which the in-tree part checks, need the optimiser. Cached in a folder whose name carries
# a hash of its recipe: the PHP source version, the configure line, RECIPE below, and for "ours"
# the sources that go into the build (config.m4, the C sources and headers, the stub): a change
# to any of them builds a new folder, an unchanged one is reused. Compiles go through ccache
# (cache in the same place), so a new folder after a change to our sources recompiles only those.
#
# Env: PHP_STATIC_CACHE (default $SOCKETS_NG_CACHE, else /var/cache/sockets-ng), PHP_STATIC_JOBS (default 2).
# Progress goes to stderr and to <folder>.log; stdout gets only the folder.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
variant=${1:-ours}
case "$variant" in ours|bundled) ;; *) echo "usage: build-php-static.sh [ours|bundled]" >&2; exit 2 ;; esac
version=8.2.32
debian_version=$("$here/php-source.sh" --version)
cache=${PHP_STATIC_CACHE:-${SOCKETS_NG_CACHE:-/var/cache/sockets-ng}}
export PHP_SOURCE_CACHE=${PHP_SOURCE_CACHE:-$cache}
jobs=${PHP_STATIC_JOBS:-2}
# Bump when a step below changes what is built (not for comments).
RECIPE=2

configure_args=(
    --disable-all --enable-cli --disable-cgi --disable-phpdbg --without-pear
    --enable-posix --enable-pcntl --enable-filter
)
cflags=-O0
our_cflags=
[ "$variant" = bundled ] || our_cflags=-O2

# The files of ours that go into a build: what the key hashes. The tree gets the whole project
# (its tracked files), as someone who drops a clone or a release into ext/sockets has it.
our_build_inputs() {
    (cd "$top" && { ls config*.m4 ./*.h ./*.stub.php; find src -type f \( -name '*.c' -o -name '*.h' \); } | LC_ALL=C sort)
}
our_project_files() {
    if git -C "$top" rev-parse --git-dir >/dev/null 2>&1; then
        # Tracked and new (not ignored) files of the working tree, as they are now.
        git -C "$top" ls-files --cached --others --exclude-standard | while IFS= read -r f; do
            [ -f "$top/$f" ] && printf '%s\n' "$f"
        done
    else
        (cd "$top" && find . -path ./.build -prune -o -path ./modules -prune -o -type f -print | sed 's|^\./||')
    fi
}

sources_hash=none
if [ "$variant" = ours ]; then
    sources_hash=$(cd "$top" && our_build_inputs | xargs sha256sum | sha256sum | cut -c1-16)
fi
key=$(printf '%s\n' "$debian_version" "${configure_args[*]}" "$cflags" $our_cflags "$RECIPE" "$variant" "$sources_hash" \
      | sha256sum | cut -c1-12)
dir="$cache/php-$version-static-$variant-$key"

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
say() { echo "build-php-static: $*" | tee -a "$log" >&2; }
run() { "$@" >>"$log" 2>&1 || { say "failed: $* (last lines of $log:)"; tail -n 30 "$log" >&2; exit 1; }; }
started=$(date +%s)
say "building PHP $debian_version with $variant ext/sockets built in, into $dir; log: $log"

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
need=()
command -v cc >/dev/null || need+=(gcc)
command -v make >/dev/null || need+=(make)
command -v pkg-config >/dev/null || need+=(pkg-config)
command -v autoconf >/dev/null || need+=(autoconf)
command -v ccache >/dev/null || need+=(ccache)
if [ "${#need[@]}" -gt 0 ]; then
    say "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive run "${sudo_cmd[@]}" apt-get install -y -q "${need[@]}"
fi

# ccache: one cache for every folder; paths under the cache folder are made relative, so the
# same file compiled in another folder (another key) is a hit.
export CCACHE_DIR="$cache/ccache" CCACHE_BASEDIR="$cache" CCACHE_NOHASHDIR=1 CCACHE_MAXSIZE=2G

rm -rf "$dir"
mkdir -p "$dir/src"
run "$here/php-source.sh" "$dir/src/upstream"
tree="$dir/src/upstream"
if [ "$variant" = ours ]; then
    rm -rf "$tree/ext/sockets"
    mkdir -p "$tree/ext/sockets"
    (cd "$top" && our_project_files | tar -cf - -T -) | tar -xf - -C "$tree/ext/sockets"
    our_build_inputs >"$dir/our-build-inputs.txt"
fi
cd "$tree"

# build_into PREFIX SOCKETS_ARG CFLAGS [OUR_CFLAGS]: configure (from a clean tree state) and build
# one PHP; with OUR_CFLAGS, ext/sockets' objects are compiled again with them (they come after
# CFLAGS on each compile line of PHP's Makefile, as EXTRA_CFLAGS) and the php binary linked again.
build_into() {
    local prefix=$1 sockets_arg=$2 cflags=$3 our_cflags=${4:-}
    say "configure ${configure_args[*]} $sockets_arg CFLAGS=$cflags"
    run ./configure --prefix="$prefix" "${configure_args[@]}" "$sockets_arg" CC="ccache cc" CFLAGS="$cflags"
    say "make -j$jobs (the long part)"
    run make -j"$jobs"
    if [ -n "$our_cflags" ]; then
        say "ext/sockets again with $our_cflags"
        find ext/sockets \( -name '*.lo' -o -name '*.o' \) -delete
        run make -j"$jobs" EXTRA_CFLAGS="$our_cflags"
    fi
    run make install
}

# buildconf regenerates configure with the ext/sockets in place (ours has its own config.m4).
say "buildconf --force"
run ./buildconf --force
build_into "$dir" --enable-sockets "$cflags" "$our_cflags"
# run-tests.php goes beside the binaries so the suite can be run without the source tree.
cp run-tests.php "$dir/lib/php/run-tests.php"
"$dir/bin/php" -n -r 'exit(extension_loaded("sockets") ? 0 : 1);' \
    || { say "the php built has no sockets extension in it"; exit 1; }

if [ "$variant" = ours ]; then
    # The same tree with ext/sockets built shared: a php without sockets, and ours as a module.
    # Everything is compiled again (main/php_config.h and main/build-defs.h, which nearly every
    # object includes, change), mostly ccache hits once made.
    run make clean
    # Our files at -O0 too: their compiler warnings at -O2 were looked for in the build above.
    build_into "$dir/shared" --enable-sockets=shared "$cflags"
    if "$dir/shared/bin/php" -n -r 'exit(extension_loaded("sockets") ? 0 : 1);'; then
        say "the shared build has sockets built in"; exit 1
    fi
    "$dir/shared/bin/php" -n -d extension=sockets -r 'exit(function_exists("socket_select") ? 0 : 1);' \
        || { say "ours, built shared in PHP's tree, does not load"; exit 1; }
fi

# The source tree is 10x the installation: drop it, keep the log.
cd "$dir"
rm -rf "$dir/src"
"$dir/bin/php" -n -v >>"$log"
touch "$dir/.complete"
say "done in $(( $(date +%s) - started )) s"
echo "$dir"
