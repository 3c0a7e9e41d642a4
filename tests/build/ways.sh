#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Issue 20: every way ours is built from its own folder, as the PHP builds of
# scripts/build-php-static.sh and scripts/build-php-musl.sh made them (test.sh part "in-tree"):
#   - in PHP's tree as ext/sockets, compiled into php (./buildconf; ./configure --enable-sockets)
#     and shared (--enable-sockets=shared), without a compiler warning from our files;
#   - the flow of docker-php-ext-install: in a copy of the folder, phpize; ./configure
#     --enable-sockets (php-config found on PATH); make; make install; on glibc (the PHP built
#     from the tree above, without sockets) and on musl (CC=musl-gcc), each module loading there.
# A canary shows why the in-tree build is the only way into a php with sockets compiled in: a
# module of the same name is refused there.
# Env: STATIC_OURS, STATIC_REF, MUSL_PHP (the three folders). Last line "N passed, M failed".
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$top/tests/install/lib.sh"
ours=$(sed -nE 's/^#define PHP_SOCKETS_NG_VERSION "(.*)"/\1/p' "$top/php_sockets_ng.h")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version() { "$@" -r 'echo extension_loaded("sockets") ? phpversion("sockets") : "none", "|", PHP_VERSION;' 2>&1; }

out=$(version "$STATIC_OURS/bin/php" -n)
check "in PHP's tree, compiled in: php reports sockets-ng $ours ($out)" [ "$out" = "$ours|8.2.32" ]
out=$(version "$STATIC_REF/bin/php" -n)
check "the reference, the same PHP with its own ext/sockets: the bundled version ($out)" [ "$out" = "8.2.32|8.2.32" ]
warnings=$(grep -E '(^|/)ext/sockets/[^ :]*:[0-9]+:[0-9]+: warning:' "$STATIC_OURS.log" | sort -u)
check "in PHP's tree: no compiler warning from our files${warnings:+: $warnings}" [ -z "$warnings" ]
out=$(version "$STATIC_OURS/shared/bin/php" -n)
check "in PHP's tree, --enable-sockets=shared: php without sockets ($out)" [ "$out" = "none|8.2.32" ]
out=$(version "$STATIC_OURS/shared/bin/php" -n -d extension=sockets)
check "in PHP's tree, --enable-sockets=shared: extension=sockets loads sockets-ng $ours ($out)" [ "$out" = "$ours|8.2.32" ]
so=$(ls "$STATIC_OURS"/shared/lib/php/extensions/*/sockets.so)
out=$("$STATIC_OURS/bin/php" -n -d "extension=$so" -r 'echo phpversion("sockets");' 2>&1)
check "canary: a sockets module is refused by a php with sockets compiled in" \
    bash -c '[[ $1 == *"Module \"sockets\" is already loaded"* ]]' _ "$out"

# docker_flow NAME PHP_PREFIX [VAR=VALUE...]: docker-php-ext-install's steps in a copy of the folder.
docker_flow() {
    local name=$1 prefix=$2; shift 2
    local dir="$work/$name/sockets" t0=$SECONDS rc
    mkdir -p "$dir"
    (cd "$top" && git ls-files --cached --others --exclude-standard | while IFS= read -r f; do
        [ -f "$f" ] && printf '%s\n' "$f"; done | tar -cf - -T -) | tar -xf - -C "$dir"
    (cd "$dir" && export PATH="$prefix/bin:$PATH" "$@" \
        && phpize && ./configure --enable-sockets && make -j2 \
        && make install INSTALL_ROOT="$work/$name/root") >"$work/$name.log" 2>&1
    rc=$?
    [ "$rc" -eq 0 ] || tail -n 20 "$work/$name.log"
    check "$name: phpize; ./configure --enable-sockets; make; make install ($((SECONDS - t0)) s)" [ "$rc" -eq 0 ]
    installed="$work/$name/root$("$prefix/bin/php-config" --extension-dir)/sockets.so"
    out=$(version "$prefix/bin/php" -n -d "extension=$installed")
    check "$name: the installed module loads and reports sockets-ng $ours ($out)" [ "$out" = "$ours|8.2.32" ]
}
docker_flow glibc "$STATIC_OURS/shared"
docker_flow musl "$MUSL_PHP" CC=musl-gcc CFLAGS="-O2 -isystem $MUSL_PHP/kernel-headers"
needed=$(readelf -d "$installed" 2>/dev/null | sed -nE 's/.*\(NEEDED\).*\[(.*)\]/\1/p' | tr '\n' ' ')
check "musl: the module needs no glibc library (NEEDED: $needed)" \
    bash -c '! [[ $1 =~ libc\.so\.6|libm\.so\.6|libpthread|libresolv\.so\.2 ]]' _ "$needed"
finish
