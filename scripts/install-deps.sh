#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Installs what building and testing sockets-ng needs on Debian 12, only if something is missing.
# Extra arguments add the tools of the reliability checks:
#   asan      gcc's ASan/UBSan runtimes (scripts/check-asan.sh)
#   valgrind  valgrind (scripts/check-valgrind.sh)
#   fuzz      clang with libFuzzer and the sanitizer runtimes (tests/fuzz/run.sh)
#   makers    what the makers of the other PHPs install otherwise (debootstrap for the Debian roots;
#             dpkg-source, xz and pkg-config for the PHPs built from source), and apt's package
#             lists: scripts/test.sh runs the makers in parallel, so they must find all of it there
#             and not call the machine's apt at the same time.
set -euo pipefail
need=()
lists_missing=0
for extra in "$@"; do
    case $extra in
        asan)
            command -v gcc >/dev/null || need+=(gcc)
            [ -f "$(gcc -print-file-name=libasan.so 2>/dev/null)" ] || need+=(libgcc-12-dev)
            [ -f "$(gcc -print-file-name=libubsan.so 2>/dev/null)" ] || need+=(libgcc-12-dev)
            ;;
        valgrind)
            command -v valgrind >/dev/null || need+=(valgrind)
            ;;
        fuzz)
            # libFuzzer's runtime is in libclang-rt-14-dev (only recommended by clang): try a link.
            probe=$(mktemp -d)
            printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void) d; (void) n; return 0; }\n' > "$probe/p.c"
            clang -fsanitize=fuzzer,address,undefined -o "$probe/p" "$probe/p.c" >/dev/null 2>&1 \
                || need+=(clang libclang-rt-14-dev)
            rm -rf "$probe"
            ;;
        makers)
            command -v debootstrap >/dev/null || need+=(debootstrap)
            command -v dpkg-source >/dev/null || need+=(dpkg-dev)
            command -v xz >/dev/null || need+=(xz-utils)
            command -v pkg-config >/dev/null || need+=(pkg-config)
            # the static and musl PHP builds (scripts/build-php-static.sh, build-php-musl.sh)
            command -v ccache >/dev/null || need+=(ccache)
            command -v musl-gcc >/dev/null || need+=(musl-tools)
            [ -d /usr/include/linux ] || need+=(linux-libc-dev)
            # shellcheck disable=SC2016  # apt's own $(...) fields
            [ -n "$(apt-get indextargets --format '$(REPO_URI)' 'Identifier: Packages' 2>/dev/null)" ] \
                || lists_missing=1
            ;;
        *) echo "install-deps: unknown extra '$extra'" >&2; exit 2 ;;
    esac
done
command -v php8.2 >/dev/null || need+=(php8.2-cli)
# FFI closes and replaces a watched descriptor behind PHP's back in a select test.
[ -e /etc/php/8.2/mods-available/ffi.ini ] || need+=(php8.2-ffi)
command -v phpize8.2 >/dev/null || command -v phpize >/dev/null || need+=(php8.2-dev)
[ -f /usr/share/php/PhpParser/Parser.php ] || need+=(php-parser)
command -v make >/dev/null || need+=(make)
command -v cc >/dev/null || need+=(gcc)
command -v autoconf >/dev/null || need+=(autoconf)
command -v timeout >/dev/null || need+=(coreutils)
# scripts/test.sh runs the tests in a private network namespace: unshare (util-linux) and ip.
command -v unshare >/dev/null || need+=(util-linux)
command -v ip >/dev/null || [ -x /usr/sbin/ip ] || [ -x /sbin/ip ] || need+=(iproute2)
[ "${#need[@]}" -eq 0 ] && [ "$lists_missing" = 0 ] && exit 0
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
# host_apt ARGS...: the machine's apt-get, one caller at a time (the lock the makers take too).
host_apt() {
    "${sudo_cmd[@]}" mkdir -p /run/lock
    "${sudo_cmd[@]}" flock /run/lock/sockets-ng-host-apt.lock apt-get "$@"
}
host_apt update -qq
[ "${#need[@]}" -eq 0 ] && exit 0
echo "install-deps: installing ${need[*]}" >&2
DEBIAN_FRONTEND=noninteractive host_apt install -y -qq "${need[@]}" >/dev/null
