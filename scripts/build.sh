#!/usr/bin/env bash
# Builds modules/sockets.so out of tree: phpize and configure write their files (a Makefile among
# them) into .build/ext, never into the source tree. Incremental: only changed sources are rebuilt.
# CFLAGS/LDFLAGS from the environment reach the compiler (the sanitizer build uses them);
# BUILD_DIR picks another build directory, MODULE_OUT another place for the .so.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$top/.build/ext}
out=${MODULE_OUT:-$top/modules/sockets.so}
mkdir -p "$build"

# Regenerate arginfo when the stub changed (gen_stub.php ships with php8.2-dev).
if [ "$top/sockets.stub.php" -nt "$top/sockets_arginfo.h" ]; then
    "$top/scripts/gen-arginfo.sh"
fi

# Copy the sources, keeping their mtimes so make rebuilds only what changed.
for f in config.m4 sockets.stub.php sockets_arginfo.h php_sockets_ng.h; do
    cp -p "$top/$f" "$build/$f"
done
mkdir -p "$build/src"
cp -rp "$top/src/." "$build/src/"

cd "$build"
flags="CFLAGS=${CFLAGS:-} LDFLAGS=${LDFLAGS:-} CC=${CC:-}"
if [ ! -f configure ] || [ config.m4 -nt configure ]; then
    phpize >/dev/null
    rm -f Makefile
fi
if [ ! -f Makefile ] || [ "$flags" != "$(cat .flags 2>/dev/null)" ]; then
    ./configure --enable-sockets >/dev/null
    make clean >/dev/null
    printf '%s' "$flags" > .flags
fi
make -j2 >make.log 2>&1 || { cat make.log >&2; exit 1; }
grep -E 'warning:' make.log >&2 || true
mkdir -p "$(dirname "$out")"
cp modules/sockets.so "$out.tmp.$$" && mv -f "$out.tmp.$$" "$out"
echo "built $out"
