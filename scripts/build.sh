#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds modules/sockets.so out of tree: phpize and configure write their files (a Makefile among
# them) into .build/ext, never into the source tree. Incremental: only changed sources are rebuilt.
# CFLAGS/LDFLAGS from the environment reach the compiler (the sanitizer build uses them);
# BUILD_DIR picks another build directory, MODULE_OUT another place for the .so.
#
# Which PHP to build for (PHP_TARGET, not PHP_VERSION: PHP's Docker images set that one):
#   PHP_TARGET=8.2 (default)  the machine's PHP 8.2: .build/ext -> modules/sockets.so
#   PHP_TARGET=8.4            PHP 8.4 of the Debian 13 root (scripts/debian-root.sh 13; the build
#                             runs inside it): .build/ext-8.4 -> modules/8.4/sockets.so
#   PHP_TARGET=8.5, 8.6       PHP 8.5 or 8.6 of the Debian sid root (scripts/debian-root.sh sid):
#                             .build/ext-8.5 -> modules/8.5/sockets.so, and the same for 8.6
#   PHP_TARGET=8.2-zts-debug  the thread-safe debug PHP 8.2 of scripts/build-php-zts-debug.sh:
#                             .build/ext-8.2-zts-debug -> modules/8.2-zts-debug/sockets.so
#   PHP_TARGET=8.2-musl       PHP 8.2 built against musl by scripts/build-php-musl.sh, with its
#                             phpize and CC=musl-gcc (and the kernel headers that script keeps):
#                             .build/ext-8.2-musl -> modules/8.2-musl/sockets.so
#   PHPIZE=... PHP_CONFIG=...  any other PHP; build folder and module are named after its version,
#                              thread safety and debug mode (e.g. modules/8.3-zts/sockets.so,
#                              modules/8.3/sockets.so for a non-thread-safe release build).
# scripts/build.sh --tag prints that name for the target PHP and builds nothing.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
case "${PHP_TARGET:-}" in
    ''|8.2) ;;
    8.4|8.5|8.6)
        # The Debian root that has this PHP; the build runs again inside it.
        if ! command -v "phpize$PHP_TARGET" >/dev/null; then
            root_name=13
            [ "$PHP_TARGET" = 8.4 ] || root_name=sid
            "$top/scripts/debian-root.sh" "$root_name" >/dev/null
            exec "$top/scripts/in-debian.sh" "$root_name" "$top/scripts/build.sh" "$@"
        fi
        PHPIZE=${PHPIZE:-phpize$PHP_TARGET}
        PHP_CONFIG=${PHP_CONFIG:-php-config$PHP_TARGET}
        ;;
    8.2-zts-debug)
        zts=$("$top/scripts/build-php-zts-debug.sh")
        PHPIZE=${PHPIZE:-$zts/bin/phpize}
        PHP_CONFIG=${PHP_CONFIG:-$zts/bin/php-config}
        ;;
    8.2-musl)
        musl=$("$top/scripts/build-php-musl.sh")
        PHPIZE=${PHPIZE:-$musl/bin/phpize}
        PHP_CONFIG=${PHP_CONFIG:-$musl/bin/php-config}
        export CC=${CC:-musl-gcc}
        export CFLAGS="${CFLAGS:-} -isystem $musl/kernel-headers"
        BUILD_DIR=${BUILD_DIR:-$top/.build/ext-8.2-musl}
        MODULE_OUT=${MODULE_OUT:-$top/modules/8.2-musl/sockets.so}
        ;;
    *) echo "build.sh: PHP_TARGET is 8.2, 8.4, 8.5, 8.6, 8.2-zts-debug or 8.2-musl, not '$PHP_TARGET'" >&2; exit 2 ;;
esac
phpize=${PHPIZE:-phpize}
php_config=${PHP_CONFIG:-php-config}
# Tag of the target PHP: "8.4", "8.2-zts-debug", ...; the machine's default PHP 8.2 keeps the
# historical places (.build/ext, modules/sockets.so) that the other scripts use.
# Thread safety and debug mode as the target PHP was configured: its main/php_config.h says (the
# extension folder's name can be anything, and "no-debug-non-zts-..." contains "-zts-" too); the
# folder's name only when that header is not there.
ext_dir=$("$php_config" --extension-dir)
tag=$("$php_config" --version | cut -d. -f1,2)
php_h="$("$php_config" --include-dir)/main/php_config.h"
zts=0 debug=0
if [ -f "$php_h" ]; then
    grep -Eq '^#define ZTS 1' "$php_h" && zts=1
    grep -Eq '^#define ZEND_DEBUG 1' "$php_h" && debug=1
else
    case "${ext_dir##*/}" in debug-*) debug=1 ;; esac
    case "${ext_dir##*/}" in *-non-zts-*) ;; *-zts-*) zts=1 ;; esac
fi
[ "$zts" = 0 ] || tag="$tag-zts"
[ "$debug" = 0 ] || tag="$tag-debug"
if [ "${1:-}" = --tag ]; then
    echo "$tag"
    exit 0
fi
if [ -z "${PHPIZE:-}${PHP_CONFIG:-}" ]; then
    build=${BUILD_DIR:-$top/.build/ext}
    out=${MODULE_OUT:-$top/modules/sockets.so}
else
    build=${BUILD_DIR:-$top/.build/ext-$tag}
    out=${MODULE_OUT:-$top/modules/$tag/sockets.so}
fi
mkdir -p "$build"

# The arginfo headers are generated from the stub by scripts/gen-arginfo.sh (8.4's and later ones
# need the Debian roots) and committed; a fresh clone's mtimes say nothing of which is newer, so the
# build does not regenerate them, it only says when the stub looks edited since.
arginfo_headers=$(cd "$top" && echo sockets_arginfo*.h)
for h in $arginfo_headers; do
    if [ "$top/sockets.stub.php" -nt "$top/$h" ] && ! git -C "$top" diff --quiet HEAD -- sockets.stub.php 2>/dev/null; then
        echo "build: sockets.stub.php changed since $h was made: run scripts/gen-arginfo.sh" >&2
    fi
done

# Copy the sources, keeping their mtimes so make rebuilds only what changed.
for f in config.m4 sockets.stub.php $arginfo_headers php_sockets_ng.h; do
    cp -p "$top/$f" "$build/$f"
done
mkdir -p "$build/src"
cp -rp "$top/src/." "$build/src/"

cd "$build"
flags="CFLAGS=${CFLAGS:-} LDFLAGS=${LDFLAGS:-} CC=${CC:-}"
target="$(command -v "$phpize") $(command -v "$php_config")"
if [ ! -f configure ] || [ config.m4 -nt configure ] || [ "$target" != "$(cat .target 2>/dev/null)" ]; then
    "$phpize" >/dev/null
    rm -f Makefile
    printf '%s' "$target" > .target
fi
if [ ! -f Makefile ] || [ "$flags" != "$(cat .flags 2>/dev/null)" ]; then
    ./configure --enable-sockets --with-php-config="$(command -v "$php_config")" >/dev/null
    make clean >/dev/null
    printf '%s' "$flags" > .flags
fi
make -j"$(nproc)" >make.log 2>&1 || { cat make.log >&2; exit 1; }
grep -E 'warning:' make.log >&2 || true
mkdir -p "$(dirname "$out")"
cp modules/sockets.so "$out.tmp.$$" && mv -f "$out.tmp.$$" "$out"
echo "built $out"
