#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# System-wide install of sockets-ng on Debian's PHP, in place of the bundled ext/sockets, for
# every SAPI of that PHP (cli, fpm, apache2, ...); and its exact undo.
#
#   scripts/install-system.sh install   [PHP_VERSION]   (default: the version of `php`)
#   scripts/install-system.sh uninstall [PHP_VERSION]
#
# install: builds the module if it is not built (scripts/build.sh; PHP 8.4 builds with
#   PHP_TARGET=8.4), copies it to PHP's extension directory as sockets-ng.so (the bundled one,
#   sockets.so, stays where it is), writes /etc/php/V/mods-available/sockets-ng.ini
#   ("extension=sockets-ng.so", priority 20 as the bundled one) and runs scripts/sockets-ng-switch
#   on V: `phpdismod -v V -s ALL sockets` (and the same state for the SAPIs not installed),
#   `phpenmod -r -v V -s ALL sockets-ng` (registered, so a SAPI installed later gets it), after
#   saving what those change in /var/lib/sockets-ng/V. Restarts nothing; it says which servers to
#   restart.
#   It also puts a copy of sockets-ng-switch in /usr/local/sbin, so that uninstalling needs no
#   clone (`sockets-ng-switch uninstall V`), and lists the files it installed in
#   /var/lib/sockets-ng/V/files.
# uninstall: `sockets-ng-switch uninstall V`: sockets-ng's links go, the bundled module's links and
#   state files come back as they were (SAPIs installed since get the bundled module), then
#   sockets-ng.ini, sockets-ng.so and, when no PHP version has sockets-ng left, the tool's copy.
# Building needs PHP's development files and a compiler (php8.2-dev, gcc, make): without them it
#   says so and stops; SOCKETS_NG_MODULE names an already built module instead.
# Env: SOCKETS_NG_MODULE  the module to install (default modules/sockets.so, modules/8.4/sockets.so
#                         for 8.4)
# Needs root. Refuses while the Debian package php-sockets-ng is installed, and while it is removed
# but not purged (its conffile is the same sockets-ng.ini: a later purge would delete it).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

die() { echo "install-system: $*" >&2; exit 1; }
action=${1:-}
case $action in install|uninstall) ;; *) die "usage: scripts/install-system.sh install|uninstall [PHP_VERSION]" ;; esac
[ "$(id -u)" -eq 0 ] || die "needs root (writes to /etc/php and PHP's extension directory)"

v=${2:-}
if [ -z "$v" ]; then
    command -v php >/dev/null || die "no php on PATH; give the PHP version (e.g. 8.2)"
    v=$(php -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
fi
php_bin=$(command -v "php$v") || die "php$v is not installed"
ext_dir=$("$php_bin" -n -r 'echo PHP_EXTENSION_DIR;')
ini=/etc/php/$v/mods-available/sockets-ng.ini
so=$ext_dir/sockets-ng.so
state=/var/lib/sockets-ng/$v

case $(dpkg-query -W -f='${db:Status-Status}' php-sockets-ng 2>/dev/null || :) in
    ''|not-installed) ;;
    config-files) die "the Debian package php-sockets-ng is removed but not purged: its conffile is $ini, which 'apt purge' would delete; run 'apt purge php-sockets-ng' first" ;;
    installed) die "the Debian package php-sockets-ng is installed: remove it with apt (it switches back itself)" ;;
    *) die "the Debian package php-sockets-ng is half installed or removed: finish with 'apt purge php-sockets-ng' first" ;;
esac

# need_build_tools PROGRAM...: the module is built here; say what to install when a tool is missing.
need_build_tools() {
    local p missing=
    for p in "$@" cc make; do command -v "$p" >/dev/null || missing="$missing $p"; done
    [ -z "$missing" ] || die "building sockets-ng needs$missing: apt-get install php$v-dev gcc make (or give a built module: SOCKETS_NG_MODULE=/path/to/sockets.so)"
}

case $action in
    install)
        [ -f /etc/php/$v/mods-available/sockets.ini ] || echo "install-system: note: no bundled sockets.ini for PHP $v" >&2
        if [ -n "${SOCKETS_NG_MODULE:-}" ]; then
            module=$SOCKETS_NG_MODULE
        elif [ "$v" = 8.2 ]; then
            module=$top/modules/sockets.so
            [ -f "$module" ] || { need_build_tools phpize php-config; "$top/scripts/build.sh" >&2; }
        else
            module=$top/modules/$v/sockets.so
            [ -f "$module" ] || PHP_TARGET=$v "$top/scripts/build.sh" >&2
        fi
        [ -f "$module" ] || die "no module at $module"
        # The module must be for this PHP: load it alone and ask its version.
        got=$("$php_bin" -n -d "extension=$module" -r 'echo phpversion("sockets");' 2>&1) \
            || die "$module does not load in php$v: $got"
        install -m 644 "$module" "$so.new" && mv -f "$so.new" "$so"
        echo "install-system: installed $so (sockets-ng $got)"
        printf '; sockets-ng %s: the sockets extension, reimplemented (loads in place of sockets.so)\n; priority=20\nextension=sockets-ng.so\n' \
            "$got" >"$ini.new"
        chmod 644 "$ini.new" && mv -f "$ini.new" "$ini"
        echo "install-system: wrote $ini"
        mkdir -p "$state"
        printf '%s\n' "$so" "$ini" >"$state/files"
        install -m 755 "$top/scripts/sockets-ng-switch" /usr/local/sbin/sockets-ng-switch.new
        mv -f /usr/local/sbin/sockets-ng-switch.new /usr/local/sbin/sockets-ng-switch
        echo "install-system: installed /usr/local/sbin/sockets-ng-switch (uninstall without this clone: sockets-ng-switch uninstall $v)"
        "$top/scripts/sockets-ng-switch" on "$v" "$state"
        ;;
    uninstall)
        if [ ! -f "$ini" ] && [ ! -f "$so" ] && [ ! -d "$state" ]; then
            echo "install-system: sockets-ng is not installed for PHP $v"
            exit 0
        fi
        "$top/scripts/sockets-ng-switch" uninstall "$v"
        ;;
esac
