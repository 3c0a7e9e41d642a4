#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Issue 12, part 2: the Debian package. Inside a throwaway copy of the Debian 12 root
# (scripts/in-root-copy.sh), as root: dpkg-buildpackage builds php-sockets-ng from a copy of the
# sources (debian/) with README's command and leaves no file in it, lintian reports no error, `apt-get install ./php-sockets-ng_*.deb` switches
# the module for every SAPI (plain php prints our version, no startup warning), `apt-get remove`
# puts the bundled module back (only the conffile stays), `apt-get purge` leaves /etc/php,
# /var/lib/php, the extension directory and the package list exactly as before. Also: the
# package refuses to install over scripts/install-system.sh's install, and that script refuses
# while the package is installed.
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$top/tests/install/lib.sh"
ours=$(sed -nE 's/^#define PHP_SOCKETS_NG_VERSION "(.*)"/\1/p' "$top/php_sockets_ng.h")
v=$(php -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
bundled=$(php -n -r 'echo PHP_VERSION;')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sapis=$(phpquery -S -v "$v" | tr '\n' ' ')
links_to() { find /etc/php/"$v"/"$1"/conf.d -maxdepth 1 -lname "*/mods-available/$2.ini" | wc -l; }
all_links() { for s in $sapis; do echo "$s:$(links_to "$s" sockets-ng)/$(links_to "$s" sockets)"; done | tr '\n' ' '; }
export DEBIAN_FRONTEND=noninteractive

snapshot "$work/before"
src=$work/b/php-sockets-ng
mkdir -p "$src"
tar -C "$top" --exclude=./.git --exclude=./.build --exclude=./modules -cf - . | tar -C "$src" -xf -
t0=$SECONDS
(cd "$src" && find . | sort) >"$work/tree.before"
# The command README gives: builds out of tree (debian/build) and cleans after itself.
(cd "$src" && dpkg-buildpackage -us -uc -b --post-clean) >"$work/build.log" 2>&1
rc=$?
[ "$rc" -eq 0 ] || tail -n 30 "$work/build.log"
check "dpkg-buildpackage -us -uc -b --post-clean builds it ($((SECONDS - t0)) s)" [ "$rc" -eq 0 ]
left=$(cd "$src" && find . | sort | comm -13 "$work/tree.before" - | tr '\n' ' ')
check "the build leaves no file in the source tree${left:+: $left}" [ -z "$left" ]
deb=$(ls "$work"/b/php-sockets-ng_*.deb 2>/dev/null | head -n 1)
check "one binary package: $(basename "${deb:-none}")" [ -n "$deb" ]
[ -n "$deb" ] || { finish; exit 1; }
ext_dir=$(php -n -r 'echo PHP_EXTENSION_DIR;')
contents=$(dpkg-deb -c "$deb")
check "it holds .$ext_dir/sockets-ng.so and mods-available/sockets-ng.ini, no sockets.so" \
    bash -c 'grep -q " \.$2/sockets-ng\.so$" <<<"$1" && grep -q "mods-available/sockets-ng\.ini$" <<<"$1" && ! grep -q "/sockets\.so$" <<<"$1"' _ "$contents" "$ext_dir"
depends=$(dpkg-deb -f "$deb" Depends)
echo "    Depends: $depends"
check "it depends on this PHP's API (phpapi-$(php-config --phpapi)) and php$v-common" \
    bash -c 'grep -q "phpapi-$2" <<<"$1" && grep -q "php$3-common" <<<"$1"' _ "$depends" "$(php-config --phpapi)" "$v"
lintian --fail-on error "$work"/b/*.changes >"$work/lintian.log" 2>&1
rc=$?
echo "    lintian: $(grep -c '^E:' "$work/lintian.log") errors, $(grep -c '^W:' "$work/lintian.log") warnings"
sed -n '/^[EW]:/p' "$work/lintian.log" | sed 's/^/    /' | head -n 20
check "lintian --fail-on error: no error" [ "$rc" -eq 0 ]
# The lintian check can fail: a package built without debian/copyright is an error.
mkdir -p "$work/canary" && cp -a "$src" "$work/canary/" && rm "$work/canary/php-sockets-ng/debian/copyright"
(cd "$work/canary/php-sockets-ng" && dpkg-buildpackage -us -uc -b) >/dev/null 2>&1
check "canary: lintian reports an error for a package without a copyright file" \
    bash -c '! lintian --fail-on error "$1"/canary/*.changes >/dev/null 2>&1' _ "$work"

apt-get install -y -q "$deb" >"$work/apt.log" 2>&1
rc=$?
[ "$rc" -eq 0 ] || tail -n 20 "$work/apt.log"
check "apt-get install ./$(basename "$deb") (offline: its dependencies are there)" [ "$rc" -eq 0 ]
grep -E 'sockets-ng-switch' "$work/apt.log" | sed 's/^/    /'
out=$(php -r 'echo phpversion("sockets");' 2>&1)
check "installed: plain php prints $ours ($out)" [ "$out" = "$ours" ]
check "installed: php -m without a startup warning" no_startup_warning "$(php -m 2>&1)"
check "installed: the package's copyright file names the licence (BSD-3-Clause)" \
    grep -qx 'License: BSD-3-Clause' /usr/share/doc/php-sockets-ng/copyright
expect_on=$(for s in $sapis; do printf '%s:1/0 ' "$s"; done)
check "installed: every SAPI links sockets-ng, not sockets ($(all_links))" [ "$(all_links)" = "$expect_on" ]
check "install-system.sh refuses while the package is installed" \
    bash -c '! "$1/scripts/install-system.sh" install >/dev/null 2>&1' _ "$top"

apt-get remove -y -q php-sockets-ng >"$work/apt.log" 2>&1
check "apt-get remove" [ $? -eq 0 ]
out=$(php -r 'echo phpversion("sockets");' 2>&1)
check "removed: plain php prints the bundled $bundled ($out)" [ "$out" = "$bundled" ]
expect_off=$(for s in $sapis; do printf '%s:0/1 ' "$s"; done)
check "removed: every SAPI links the bundled sockets again ($(all_links))" [ "$(all_links)" = "$expect_off" ]
# What may differ after a removal: the conffile mods-available/sockets-ng.ini (dpkg keeps
# conffiles until purge) and the package's own status line.
snapshot "$work/removed"
leftover=$(diff "$work/before" "$work/removed" | grep '^[<>]' | grep -v 'sockets-ng\.ini' | grep -v 'php-sockets-ng ')
check "removed: nothing else differs from before${leftover:+: $leftover}" [ -z "$leftover" ]
apt-get purge -y -q php-sockets-ng >"$work/apt.log" 2>&1
check "apt-get purge" [ $? -eq 0 ]
check "purged: /etc/php, /var/lib/php, the extension dir and the package list exactly as before" same_as "$work/before"

# The two ways refuse each other's files.
"$top/scripts/install-system.sh" install "$v" >/dev/null 2>&1
dpkg -i "$deb" >"$work/apt.log" 2>&1
rc=$?
check "dpkg -i refuses over an install-system.sh install (preinst)" \
    bash -c '[ "$1" -ne 0 ] && grep -q "install-system.sh uninstall" "$2"' _ "$rc" "$work/apt.log"
dpkg --purge php-sockets-ng >/dev/null 2>&1
"$top/scripts/install-system.sh" uninstall "$v" >/dev/null 2>&1
check "after the refused dpkg -i and the script's uninstall: as before" same_as "$work/before"
finish
