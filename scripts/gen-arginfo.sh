#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Regenerates the arginfo headers from sockets.stub.php, one per PHP version whose gen_stub.php
# makes a different one, each with that version's own gen_stub.php (what 8.4's makes does not
# compile on 8.2, and 8.2's misses 8.4's newer forms), so the stub stays the only description of
# the API:
#   sockets_arginfo.h     gen_stub.php of PHP 8.2 (php8.2-dev, Debian 12: this machine)
#   sockets_arginfo_84.h  gen_stub.php of PHP 8.4 (php8.4-dev in the Debian 13 root)
#   8.5 and 8.6           gen_stub.php of php8.5-dev and php8.6-dev in the Debian sid root make
#                         what 8.4's makes: they are checked against sockets_arginfo_84.h, which
#                         their builds use; a sockets_arginfo_85.h or _86.h, when there is one, is
#                         written and checked instead
# src/php/module.c includes the one for the PHP it is compiled against.
# gen_stub.php wants nikic/PHP-Parser in a folder beside itself (PHP-Parser-X.Y.Z, the version
# written in it) and would download it; we point it at Debian's php-parser package of the same
# system (4.15 in Debian 12, 5.4 in Debian 13, sid's), from a private copy of gen_stub.php.
# --check: regenerate into a temporary folder and fail if a committed header differs.
# The roots are those of scripts/debian-root.sh (their env variables say where). Inside a root
# (no php8.2) only the versions that root has are made or checked.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

check=0
[ "${1:-}" = "--check" ] && check=1

# spec VERSION: sets api (Debian's /usr/lib/php/API folder), php, root_name ("" = this machine).
spec() {
    case $1 in
        82) api=20220829 php=php8.2 root_name= ;;
        84) api=20240924 php=php8.4 root_name=13 ;;
        85) api=20250925 php=php8.5 root_name=sid ;;
        86) api=20260924 php=php8.6 root_name=sid ;;
    esac
    gen=/usr/lib/php/$api/build/gen_stub.php
}
all_versions=(82 84 85 86)

# The header a version's builds use (and that --check compares with).
header_of() {
    case $1 in
        82) echo sockets_arginfo.h ;;
        84) echo sockets_arginfo_84.h ;;
        *) if [ -f "$top/sockets_arginfo_$1.h" ]; then echo "sockets_arginfo_$1.h"; else echo sockets_arginfo_84.h; fi ;;
    esac
}

# where VERSION: "here" when this system runs that gen_stub.php, the root's path when the root
# has it, nothing when neither.
where() {
    spec "$1"
    if [ -f "$gen" ] && command -v "$php" >/dev/null; then
        echo here
    elif [ -n "$root_name" ]; then
        local r; r=$("$top/scripts/debian-root.sh" --path "$root_name")
        if [ -f "$r$gen" ] && [ -f "$r/.sockets-ng-recipe" ]; then echo "$r"; fi
    fi
}

# prepare VERSION SYSROOT: a private copy of that version's gen_stub.php with the system's
# php-parser where it looks for PHP-Parser-X.Y.Z; prints its path relative to $top.
prepare() {
    spec "$1"
    local sysroot=$2 tools=".build/gen_stub$1" parser
    [ -f "$sysroot/usr/share/php/PhpParser/Parser.php" ] || {
        echo "gen-arginfo: no php-parser in ${sysroot:-this system} (apt-get install php-parser)" >&2; return 1; }
    parser=$(sed -nE 's/^ *\$version = "([0-9.]+)";.*/\1/p' "$sysroot$gen" | head -n 1)
    [ -n "$parser" ] || { echo "gen-arginfo: which PHP-Parser does $sysroot$gen want?" >&2; return 1; }
    rm -rf "${top:?}/$tools"
    mkdir -p "$top/$tools/PHP-Parser-$parser"
    cp -p "$sysroot$gen" "$top/$tools/gen_stub.php"
    ln -sfn /usr/share/php "$top/$tools/PHP-Parser-$parser/lib"
    echo "$tools"
}

# run VERSION SYSROOT DIR: gen_stub.php of that version on DIR/sockets.stub.php (DIR under $top);
# writes DIR/sockets_arginfo.h. SYSROOT is "" here, or the root to run it in.
run() {
    local version=$1 sysroot=$2 dir=$3 tools
    tools=$(prepare "$version" "$sysroot") || return 1
    spec "$version"
    if [ -z "$sysroot" ]; then
        "$php" "$top/$tools/gen_stub.php" -f "$dir/sockets.stub.php" >/dev/null
    else
        # The root sees this clone at the same path (a bind mount in a private mount namespace).
        "$top/scripts/in-debian.sh" "$root_name" "$php" "$top/$tools/gen_stub.php" -f "$dir/sockets.stub.php" >/dev/null
    fi
}

# The versions whose gen_stub.php this machine can run; inside a root, only its own are expected.
versions=() missing=()
inside_root=0
if ! command -v php8.2 >/dev/null; then inside_root=1; fi
for v in "${all_versions[@]}"; do
    w=$(where "$v")
    if [ -n "$w" ]; then
        versions+=("$v")
    elif [ $inside_root = 0 ]; then
        missing+=("$v")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "gen-arginfo: no gen_stub.php for PHP ${missing[*]} here (8.2: php8.2-dev; 8.4: scripts/debian-root.sh 13; 8.5, 8.6: scripts/debian-root.sh sid)" >&2
    [ $check = 1 ] && exit 1
fi

status=0
mkdir -p "$top/.build"
for v in "${versions[@]}"; do
    work=$(mktemp -d "$top/.build/gen-arginfo.XXXXXX")
    cp "$top/sockets.stub.php" "$work/"
    w=$(where "$v")
    [ "$w" = here ] && w=
    if ! run "$v" "$w" "$work"; then
        echo "gen-arginfo: gen_stub.php of PHP $v failed" >&2
        rm -rf "$work"; status=1; continue
    fi
    header=$(header_of "$v")
    if [ $check = 1 ]; then
        if ! cmp -s "$work/sockets_arginfo.h" "$top/$header"; then
            diff -u "$top/$header" "$work/sockets_arginfo.h" | head -20 >&2 || true
            echo "gen-arginfo: $header is not what PHP $v's gen_stub.php makes of sockets.stub.php" >&2
            status=1
        fi
    elif [ "$header" = sockets_arginfo_84.h ] && [ "$v" != 84 ]; then
        # 8.5 and 8.6 share 8.4's header while theirs makes the same; say so when it no longer does.
        if ! cmp -s "$work/sockets_arginfo.h" "$top/$header"; then
            echo "gen-arginfo: PHP $v's gen_stub.php makes another header than 8.4's: keep it as sockets_arginfo_$v.h and include it in src/php/module.c and socket_legacy.c" >&2
            cp "$work/sockets_arginfo.h" "$top/.build/sockets_arginfo_$v.h"
            echo "gen-arginfo: (written to .build/sockets_arginfo_$v.h)" >&2
            status=1
        fi
    else
        mv -f "$work/sockets_arginfo.h" "$top/$header"
    fi
    rm -rf "$work"
done
exit $status
