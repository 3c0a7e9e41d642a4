#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Issue 19: an administrator's sequences of install steps, each in its own throwaway copy of the
# Debian 12 root (scripts/in-root-copy.sh --net: offline). Steps: scripts/install-system.sh
# install/uninstall, the installed sockets-ng-switch's uninstall (no clone needed), apt
# install/remove/purge of the php-sockets-ng package (built once, in a copy of its own), SAPIs
# added or removed in between (php8.2-fpm, php8.2-cgi) and php8.2-common reinstalled (its postinst
# runs as in an upgrade). After every step, every SAPI phpquery
# lists has exactly one sockets module, without a startup warning, and it is sockets-ng while the
# script's install or the package is installed, the bundled one otherwise; no conf.d link
# dangles. Each sequence starts from the root's own state (sockets-ng absent, php8.2-fpm
# installed, no cgi).
#
# Usage (as root, outside the root copies): tests/install/lifecycle.sh [SEQUENCE_NAME...]
#   (default: all of them; the names are in `sequences` below)
# Env: SAPI_DEBS  a folder holding php8.2-cgi_*.deb (and php8.2-fpm_*.deb) to add SAPIs from
#                 (default: /var/local/sockets-ng-debs inside the root, kept there when the root
#                 is made). Without a php8.2-fpm .deb, one is rebuilt from the installed
#                 package's own files and maintainer scripts; without a php8.2-cgi .deb, the cgi
#                 sequences are skipped (said as "skip").
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$top/tests/install/lib.sh"
v=$(php -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
ours=$(sed -nE 's/^#define PHP_SOCKETS_NG_VERSION "(.*)"/\1/p' "$top/php_sockets_ng.h")
bundled=$(php -n -r 'echo PHP_VERSION;')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DEBIAN_FRONTEND=noninteractive
debs=${SAPI_DEBS:-/var/local/sockets-ng-debs}
log=$work/step.log

# repack PKG OUT: a .deb of the installed package PKG from its own files, control data and
# maintainer scripts (what dpkg-repack does), so a SAPI can be removed and added again offline.
repack() {
    local pkg=$1 out=$2 d=$work/repack-$1 s
    rm -rf "$d" && mkdir -p "$d/DEBIAN"
    # Its folders, files and links; a folder that is a link here (/lib -> usr/lib) is left to tar.
    while IFS= read -r f; do
        if [ "$f" != /. ] && { [ ! -L "$f" ] || [ ! -d "$f" ]; }; then echo "${f#/}"; fi
    done <"/var/lib/dpkg/info/$pkg.list" >"$work/$pkg.files"
    tar -C / --no-recursion -cpf - -T "$work/$pkg.files" | tar -C "$d" -xpf -
    dpkg-query -s "$pkg" | awk '/^(Status|Config-Version):/ { next }
        /^Conffiles:/ { skip = 1; next } skip && /^ / { next } { skip = 0; print }' >"$d/DEBIAN/control"
    for s in preinst postinst prerm postrm conffiles triggers md5sums; do
        [ -f "/var/lib/dpkg/info/$pkg.$s" ] && cp -p "/var/lib/dpkg/info/$pkg.$s" "$d/DEBIAN/$s"
    done
    dpkg-deb --root-owner-group -b "$d" "$out" >/dev/null
}
# sapi_deb PKG: the .deb to install PKG from (empty when there is none).
sapi_deb() { ls "$debs/$1"_*.deb "$work/$1.deb" 2>/dev/null | head -n 1; }

installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
pkg_status() { dpkg-query -W -f='${db:Status-Status}' php-sockets-ng 2>/dev/null || echo not-installed; }

# The model the checks compare with: which way installed sockets-ng.
script_on=0

# sapis_ok: every SAPI has exactly one sockets module, the expected one, no startup warning, and
# no conf.d link dangles. Prints what is wrong.
sapis_ok() {
    local want=$bundled s out bad=0
    { [ "$script_on" = 1 ] || [ "$(pkg_status)" = installed ]; } && want=$ours
    for s in $(phpquery -S -v "$v"); do
        out=$(PHP_INI_SCAN_DIR=/etc/php/$v/$s/conf.d php$v -c /etc/php/$v/$s/php.ini \
              -r 'echo phpversion("sockets"), function_exists("socket_create") ? " functions" : " no-functions";' 2>&1)
        [ "$out" = "$want functions" ] || { echo "    $s loads '$out', not '$want functions'"; bad=1; }
        case $s in
            fpm|cgi)
                local bin=php-$s$v
                [ "$s" = fpm ] && bin=php-fpm$v
                out=$($bin -m 2>&1)
                if [ "$(grep -cx sockets <<<"$out")" -ne 1 ] || has_startup_warning "$out"; then
                    echo "    $bin -m: $(grep -cx sockets <<<"$out") sockets modules$(has_startup_warning "$out" && echo ', a startup warning')"; bad=1
                fi
                out=$($bin -i 2>&1 | grep -c 'sockets-ng version')
                [ "$out" = "$([ "$want" = "$ours" ] && echo 1 || echo 0)" ] || { echo "    $bin -i: $out 'sockets-ng version' rows"; bad=1; }
                ;;
        esac
    done
    out=$(find /etc/php/"$v" -xtype l)
    [ -z "$out" ] || { echo "    dangling links: $out"; bad=1; }
    return $bad
}

# step NAME: one administrator's step; says whether it did what it should (done, or refused
# where refusing is right).
step() {
    local rc=0 expect=ran ps deb
    ps=$(pkg_status)
    case $1 in
        script-install)
            [ "$ps" = not-installed ] || expect=refused
            "$top/scripts/install-system.sh" install "$v" >"$log" 2>&1 || rc=$?
            [ "$expect" = ran ] && [ $rc -eq 0 ] && script_on=1 ;;
        script-uninstall)
            "$top/scripts/install-system.sh" uninstall "$v" >"$log" 2>&1 || rc=$?
            [ $rc -eq 0 ] && script_on=0 ;;
        tool-uninstall)
            # What an administrator without the clone runs: the copy the install put on PATH.
            (cd / && env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
                sockets-ng-switch uninstall "$v") >"$log" 2>&1 || rc=$?
            [ $rc -eq 0 ] && script_on=0 ;;
        pkg-install)
            [ "$script_on" = 0 ] || expect=refused
            apt-get install -y -q "$pkg_deb" >"$log" 2>&1 || rc=$?
            if [ "$expect" = refused ]; then dpkg --purge php-sockets-ng >>"$log" 2>&1; fi ;;
        pkg-remove) apt-get remove -y -q php-sockets-ng >"$log" 2>&1 || rc=$? ;;
        pkg-purge) apt-get purge -y -q php-sockets-ng >"$log" 2>&1 || rc=$? ;;
        fpm-add|cgi-add)
            deb=$(sapi_deb "php$v-${1%-add}")
            apt-get install -y -q "$deb" >"$log" 2>&1 || rc=$? ;;
        common-reinstall)
            # As an upgrade of php8.x-common: its postinst enables its modules again for every
            # SAPI (php_invoke), except where the administrator disabled them.
            [ -f "$work/php$v-common.deb" ] || repack "php$v-common" "$work/php$v-common.deb"
            dpkg -i "$work/php$v-common.deb" >"$log" 2>&1 || rc=$? ;;
        fpm-remove|cgi-remove) apt-get remove -y -q "php$v-${1%-remove}" >"$log" 2>&1 || rc=$? ;;
        fpm-purge|cgi-purge) apt-get purge -y -q "php$v-${1%-purge}" >"$log" 2>&1 || rc=$? ;;
        *) echo "unknown step $1"; return 1 ;;
    esac
    if [ "$expect" = ran ]; then
        [ $rc -eq 0 ] || { tail -n 15 "$log" | sed 's/^/    | /'; return 1; }
    else
        [ $rc -ne 0 ] || { echo "    it did not refuse"; tail -n 15 "$log" | sed 's/^/    | /'; return 1; }
        echo "    refused, as it should: $(grep -m1 -E '^(install-system|php-sockets-ng): ' "$log")"
    fi
}

declare -A sequences=(
    [fpm-after-script]="fpm-purge script-install fpm-add script-uninstall"
    [cgi-after-script]="script-install cgi-add script-uninstall cgi-remove cgi-purge"
    [sapis-after-package]="fpm-purge pkg-install fpm-add cgi-add pkg-remove pkg-purge cgi-purge"
    [cgi-after-package-purged-without-remove]="pkg-install cgi-add pkg-purge cgi-remove"
    [remove-script-purge]="pkg-install pkg-remove script-install pkg-purge script-install script-uninstall"
    [script-then-package]="script-install pkg-install script-uninstall pkg-install script-install pkg-purge"
    [sapi-removed-while-script]="script-install fpm-remove script-uninstall fpm-add"
    [sapi-purged-while-package]="pkg-install fpm-purge pkg-remove fpm-add pkg-purge"
    [sapi-churn-while-package]="pkg-install cgi-add cgi-purge cgi-add pkg-remove cgi-remove pkg-install pkg-purge cgi-purge"
    [uninstall-without-clone]="script-install fpm-purge fpm-add tool-uninstall"
    [package-reinstalled-from-config]="pkg-install pkg-remove pkg-install pkg-purge"
    [php-common-upgraded-while-on]="script-install common-reinstall script-uninstall pkg-install fpm-purge common-reinstall fpm-add pkg-purge"
)
order=(fpm-after-script cgi-after-script sapis-after-package cgi-after-package-purged-without-remove
       remove-script-purge script-then-package sapi-removed-while-script sapi-purged-while-package
       sapi-churn-while-package uninstall-without-clone package-reinstalled-from-config
       php-common-upgraded-while-on)
[ $# -eq 0 ] || order=("$@")

case ${1:-} in
    --build)
        # Inside a copy: the package, from a copy of the sources, into the folder $2.
        src=$work/b/php-sockets-ng
        mkdir -p "$src"
        tar -C "$top" --exclude=./.git --exclude=./.build --exclude=./modules -cf - . | tar -C "$src" -xf -
        (cd "$src" && dpkg-buildpackage -us -uc -b) >"$work/build.log" 2>&1 || tail -n 30 "$work/build.log"
        cp "$work"/b/php-sockets-ng_*.deb "$2"/ 2>/dev/null
        exit 0
        ;;
    --run)
        # Inside a fresh copy: one sequence ($3) with the package $2.
        pkg_deb=$2 name=$3
        seq=${sequences[$name]}
        if [ -z "$(sapi_deb "php$v-fpm")" ]; then
            repack "php$v-fpm" "$work/php$v-fpm.deb" 2>"$log" || cat "$log"
        fi
        check "$name: php$v-fpm can be added again offline ($(sapi_deb "php$v-fpm"))" [ -n "$(sapi_deb "php$v-fpm")" ]
        echo "== $name: $seq"
        check "$name / at the start: every SAPI ($(phpquery -S -v "$v" | tr '\n' ' ')) loads the bundled sockets" sapis_ok
        for s in $seq; do
            if step "$s"; then
                check "$name / $s: every SAPI ($(phpquery -S -v "$v" | tr '\n' ' ')) has one sockets module, the right one" sapis_ok
            else
                check "$name / $s: the step ran" false
                break
            fi
        done
        if [ "$script_on" = 0 ] && [ "$(pkg_status)" = not-installed ]; then
            left=$( { ls -d "/etc/php/$v/mods-available/sockets-ng.ini" /usr/lib/php/*/sockets-ng.so \
                          /var/lib/sockets-ng /var/lib/php-sockets-ng /usr/local/sbin/sockets-ng-switch
                      find /var/lib/php/modules -name sockets-ng; find /etc/php -lname '*sockets-ng.ini'
                    } 2>/dev/null | tr '\n' ' ')
            check "$name / at the end: nothing of sockets-ng is left${left:+: $left}" [ -z "$left" ]
        fi
        finish
        exit
        ;;
esac

# The driver (outside the copies): the package once, then each sequence in a fresh copy.
[ "$(id -u)" -eq 0 ] || { echo "lifecycle: needs root (scripts/in-root-copy.sh)"; exit 1; }
out=$(mktemp -d /var/tmp/sockets-ng-lifecycle.XXXXXX)
trap 'rm -rf "$work" "$out"' EXIT
copy=("$top/scripts/in-root-copy.sh" --net --bind "$out")
if [ -n "${SAPI_DEBS:-}" ]; then copy+=(--bind "$SAPI_DEBS"); fi
t0=$SECONDS
"${copy[@]}" "$top/tests/install/lifecycle.sh" --build "$out"
pkg_deb=$(ls "$out"/php-sockets-ng_*.deb 2>/dev/null | head -n 1)
check "php-sockets-ng built once ($((SECONDS - t0)) s): $(basename "${pkg_deb:-none}")" [ -n "$pkg_deb" ]
[ -n "$pkg_deb" ] || { finish; exit 1; }
has_cgi=$("$top/scripts/in-root-copy.sh" ${SAPI_DEBS:+--bind "$SAPI_DEBS"} /bin/sh -c \
          'ls "${SAPI_DEBS:-/var/local/sockets-ng-debs}"/php*-cgi_*.deb >/dev/null 2>&1 && echo yes')
for name in "${order[@]}"; do
    seq=${sequences[$name]:-}
    [ -n "$seq" ] || { check "sequence $name exists" false; continue; }
    if [[ " $seq " == *" cgi-"* ]] && [ "$has_cgi" != yes ]; then
        echo "skip $name: no php$v-cgi .deb in ${SAPI_DEBS:-/var/local/sockets-ng-debs}"
        continue
    fi
    t0=$SECONDS
    "${copy[@]}" "$top/tests/install/lifecycle.sh" --run "$pkg_deb" "$name" >"$work/seq.log" 2>&1
    grep -v ' passed, .* failed$' "$work/seq.log"
    last=$(tail -n 1 "$work/seq.log")
    if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        passed=$((passed + BASH_REMATCH[1])); failed=$((failed + BASH_REMATCH[2]))
        echo "   ($name: $((SECONDS - t0)) s)"
    else
        check "sequence $name ran to its end" false
    fi
done
finish
