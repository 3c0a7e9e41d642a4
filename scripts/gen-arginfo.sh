#!/usr/bin/env bash
# Regenerates the arginfo headers from sockets.stub.php, one per PHP version, each with that
# version's own gen_stub.php (what 8.4's makes does not compile on 8.2, and 8.2's misses 8.4's
# newer forms), so the stub stays the only description of the API:
#   sockets_arginfo.h     gen_stub.php of PHP 8.2 (php8.2-dev, Debian 12: this machine)
#   sockets_arginfo_84.h  gen_stub.php of PHP 8.4 (php8.4-dev in the Debian 13 root, via chroot)
# src/php/module.c includes the one for the PHP it is compiled against.
# gen_stub.php wants nikic/PHP-Parser in a folder beside itself (4.15.1 for 8.2's, 5.0.0 for
# 8.4's) and would download it; we point it at Debian's php-parser package of the same system
# (4.15 in Debian 12, 5.4 in Debian 13), from a private copy of gen_stub.php.
# --check: regenerate into a temporary folder and fail if a committed header differs.
# Env: SKNG_DEBIAN13_ROOT, the Debian 13 root (default /var/cache/sockets-ng/debian13). Inside
# that root (php8.4 and no php8.2) only the 8.4 header is made or checked.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=${SKNG_DEBIAN13_ROOT:-/var/cache/sockets-ng/debian13}
gen82=/usr/lib/php/20220829/build/gen_stub.php
gen84=/usr/lib/php/20240924/build/gen_stub.php

check=0
[ "${1:-}" = "--check" ] && check=1

# prepare VERSION PARSER_VERSION GEN_STUB_PATH: a private copy of gen_stub.php with Debian's
# php-parser where it looks for PHP-Parser-PARSER_VERSION; prints its path relative to $top.
prepare() {
    local tools=".build/gen_stub$1"
    mkdir -p "$top/$tools/PHP-Parser-$2"
    cp -p "$3" "$top/$tools/gen_stub.php"
    ln -sfn /usr/share/php "$top/$tools/PHP-Parser-$2/lib"
    echo "$tools"
}

# run VERSION DIR: gen_stub.php of that version on DIR/sockets.stub.php (DIR under $top);
# writes DIR/sockets_arginfo.h.
run() {
    local version=$1 dir=$2
    case "$version" in
    82)
        [ -f /usr/share/php/PhpParser/Parser.php ] || { echo "gen-arginfo: install php-parser (apt-get install php-parser)" >&2; return 1; }
        local tools; tools=$(prepare 82 4.15.1 "$gen82")
        php8.2 "$top/$tools/gen_stub.php" -f "$dir/sockets.stub.php" >/dev/null
        ;;
    84)
        if [ -f "$gen84" ] && command -v php8.4 >/dev/null; then   # inside the Debian 13 root
            [ -f /usr/share/php/PhpParser/Parser.php ] || { echo "gen-arginfo: install php-parser in the Debian 13 root" >&2; return 1; }
            local tools; tools=$(prepare 84 5.0.0 "$gen84")
            php8.4 "$top/$tools/gen_stub.php" -f "$dir/sockets.stub.php" >/dev/null
        else
            # From outside: the root sees this clone at the same path through a bind mount in a
            # private mount namespace, so nothing is mounted for anyone else.
            [ -f "$root/usr/share/php/PhpParser/Parser.php" ] || { echo "gen-arginfo: $root has no php-parser" >&2; return 1; }
            local tools; tools=$(prepare 84 5.0.0 "$root$gen84")
            mkdir -p "$root$top"
            unshare -m sh -ec 'mount --bind "$1" "$2$1"; chroot "$2" php8.4 "$1/$3/gen_stub.php" -f "$4/sockets.stub.php" >/dev/null' \
                sh "$top" "$root" "$tools" "$dir"
        fi
        ;;
    esac
}

# The versions whose gen_stub.php this machine can run.
versions=()
if [ -f "$gen82" ] && command -v php8.2 >/dev/null; then versions+=(82); fi
if { [ -f "$gen84" ] && command -v php8.4 >/dev/null; } || [ -f "$root$gen84" ]; then versions+=(84); fi
inside_root=0
if [ ! -f "$gen82" ] && [ -f "$gen84" ]; then inside_root=1; fi
missing=()
for v in 82 84; do
    case " ${versions[*]-} " in *" $v "*) ;; *) missing+=("$v") ;; esac
done
if [ ${#missing[@]} -gt 0 ] && ! { [ $inside_root = 1 ] && [ "${missing[*]}" = 82 ]; }; then
    echo "gen-arginfo: no gen_stub.php for PHP ${missing[*]} here (8.2: php8.2-dev; 8.4: php8.4-dev in $root)" >&2
    [ $check = 1 ] && exit 1
fi

header_of() { if [ "$1" = 82 ]; then echo sockets_arginfo.h; else echo "sockets_arginfo_$1.h"; fi; }

status=0
for v in "${versions[@]}"; do
    work=$(mktemp -d "$top/.build/gen-arginfo.XXXXXX")
    cp "$top/sockets.stub.php" "$work/"
    if ! run "$v" "$work"; then
        echo "gen-arginfo: gen_stub.php of PHP $v failed" >&2
        rm -rf "$work"; status=1; continue
    fi
    header=$(header_of "$v")
    if [ $check = 1 ]; then
        if ! cmp -s "$work/sockets_arginfo.h" "$top/$header"; then
            diff -u "$top/$header" "$work/sockets_arginfo.h" | head -20 >&2
            echo "gen-arginfo: $header is not what PHP $v's gen_stub.php makes of sockets.stub.php" >&2
            status=1
        fi
    else
        mv -f "$work/sockets_arginfo.h" "$top/$header"
    fi
    rm -rf "$work"
done
exit $status
