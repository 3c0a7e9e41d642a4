#!/usr/bin/env bash
# Regenerates sockets_arginfo.h from sockets.stub.php with php8.2-dev's gen_stub.php.
# gen_stub.php wants nikic/PHP-Parser in a folder beside itself and would download it; we point
# it at Debian's php-parser package instead, from a private copy of gen_stub.php.
# --check: regenerate into a temporary copy and fail if the committed arginfo differs.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools="$top/.build/gen_stub"
mkdir -p "$tools/PHP-Parser-4.15.1"
cp -p "$(php-config --extension-dir)/build/gen_stub.php" "$tools/gen_stub.php"
[ -f /usr/share/php/PhpParser/Parser.php ] || { echo "gen-arginfo: install php-parser (apt-get install php-parser)" >&2; exit 1; }
ln -sfn /usr/share/php "$tools/PHP-Parser-4.15.1/lib"
if [ "${1:-}" = "--check" ]; then
    tmp=$(mktemp -d)
    cp "$top/sockets.stub.php" "$tmp/"
    php "$tools/gen_stub.php" -f "$tmp/sockets.stub.php" >/dev/null
    if cmp -s "$tmp/sockets_arginfo.h" "$top/sockets_arginfo.h"; then rm -rf "$tmp"; exit 0; fi
    diff -u "$top/sockets_arginfo.h" "$tmp/sockets_arginfo.h" | head -20 >&2; rm -rf "$tmp"
    echo "gen-arginfo: sockets_arginfo.h is not what gen_stub.php makes of sockets.stub.php" >&2
    exit 1
fi
php "$tools/gen_stub.php" -f "$top/sockets.stub.php" >/dev/null
