#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Makes one of the Debian roots the tests run other PHPs in, from Debian's binary packages,
# installed with debootstrap into a cache folder outside the clone:
#   12   Debian 12 (bookworm, +updates, +security, as the machine): the install tests' root. PHP 8.2
#        with every SAPI the install switches (cli, fpm, apache2's mod_php), nginx, curl, Debian's
#        packaging tools and composer. Every install, package and server test changes a throwaway
#        copy of it (scripts/in-root-copy.sh), never the root itself.
#   13   Debian 13 (trixie): PHP 8.4 (php8.4-cli, whose bundled ext/sockets is the reference on 8.4;
#        php8.4-dev for phpize8.4 and gen_stub.php), php-parser and the build tools.
#   sid  Debian unstable whose apt also sees experimental: PHP 8.5 and 8.6 (php8.5-cli php8.5-dev
#        php8.6-cli php8.6-dev, the only packages taken from experimental; everything else comes from
#        sid), php-parser and the build tools. The archive's Release files can be past their
#        Valid-Until date on this machine, so the root's apt does not check it.
# Made once, reused while complete and made from the same recipe; a changed recipe makes a new
# root, which replaces the old one only when complete. No service is started while packages are
# installed (a policy-rc.d that says no, where the recipe says so). Prints the root's path.
# Enter a root with scripts/in-debian.sh NAME (or a throwaway copy with scripts/in-root-copy.sh).
#
# Usage: scripts/debian-root.sh 12|13|sid        make (or reuse) the root, print its path
#        scripts/debian-root.sh --path 12|13|sid print where it is (made or not)
# Env: SOCKETS_NG_CACHE (default /var/cache/sockets-ng), the folder of every cache of the tests;
#      DEBIAN12_ROOT, DEBIAN13_ROOT, DEBIAN_SID_ROOT (default $SOCKETS_NG_CACHE/debian12, .../debian13,
#      .../sid); DEBIAN12_MIRROR, DEBIAN13_MIRROR, DEBIAN_SID_MIRROR (default: the mirror of the
#      machine's own Debian packages).
# Needs root and the network (the package mirror); run it before entering a network namespace.
set -euo pipefail

path_only=0
if [ "${1:-}" = --path ]; then path_only=1; shift; fi
name=${1:-}
cache=${SOCKETS_NG_CACHE:-/var/cache/sockets-ng}
# Per root: where, which suite, what is installed, and the recipe written in its stamp. The recipe
# strings of 12 and 13 are those of the earlier debian12-root.sh and debian13-root.sh, so roots
# they made stay valid.
extra_suites=()       # suites beside the main one, in sources.list (12: as the machine)
policy_rc_d=0         # keep a policy-rc.d that forbids starting services
recommends=1          # apt installs the packages' Recommends too
check_valid_until=1
experimental=()       # packages taken from experimental (pinned; all else from the main suite)
kept_debs=()          # .debs downloaded into /var/local/sockets-ng-debs of the root, not installed
case "$name" in
    12)
        root=${DEBIAN12_ROOT:-$cache/debian12}
        mirror=${DEBIAN12_MIRROR:-}
        suite=bookworm
        extra_suites=(updates security)
        policy_rc_d=1
        recommends=0
        packages=(php8.2-cli php8.2-fpm php8.2-dev php-dev apache2 libapache2-mod-php8.2 nginx-light curl procps
                  composer dpkg-dev build-essential debhelper lintian fakeroot make gcc autoconf)
        phps=(php8.2)
        # The lifecycle test adds a SAPI after sockets-ng is installed, offline: it installs php8.2-cgi
        # from a .deb kept in the root (not installed there).
        kept_debs=(php8.2-cgi)
        recipe="suite=$suite+updates+security variant=minbase policy-rc.d=101 packages=${packages[*]}"
        recipe+=" kept-debs=${kept_debs[*]}"
        ;;
    13)
        root=${DEBIAN13_ROOT:-$cache/debian13}
        mirror=${DEBIAN13_MIRROR:-}
        suite=trixie
        packages=(php8.4-cli php8.4-dev php-parser make gcc autoconf)
        phps=(php8.4)
        recipe="suite=$suite variant=minbase packages=${packages[*]}"
        ;;
    sid)
        root=${DEBIAN_SID_ROOT:-$cache/sid}
        mirror=${DEBIAN_SID_MIRROR:-}
        suite=sid
        check_valid_until=0
        experimental=(php8.5-cli php8.5-dev php8.6-cli php8.6-dev)
        packages=("${experimental[@]}" php-parser make gcc autoconf)
        phps=(php8.5 php8.6)
        recipe="suite=$suite+experimental variant=minbase check-valid-until=no"
        recipe+=" experimental=php8.5-*,php8.6-* packages=${packages[*]}"
        ;;
    *)
        echo "usage: scripts/debian-root.sh [--path] 12|13|sid" >&2
        exit 2
        ;;
esac
variant=minbase
stamp_name=.sockets-ng-recipe
stamp="$root/$stamp_name"

if [ "$path_only" = 1 ]; then
    echo "$root"
    exit 0
fi
if [ "$(cat "$stamp" 2>/dev/null)" = "$recipe" ]; then
    echo "$root"
    exit 0
fi

me="debian-root $name"
if [ "$(id -u)" -ne 0 ]; then
    echo "$me: debootstrap and chroot need root" >&2
    exit 1
fi
mkdir -p "$(dirname "$root")"
# One maker at a time; a second caller waits and then finds the root made.
exec 9>"$root.lock"
flock 9
if [ "$(cat "$stamp" 2>/dev/null)" = "$recipe" ]; then
    echo "$root"
    exit 0
fi

say() { echo "$me: $*" >&2; }
# host_apt ARGS...: the machine's apt-get (not the root's), one caller at a time: makers run in
# parallel (scripts/test.sh) and two apt-get on the host fail on apt's lock instead of waiting.
host_apt() {
    mkdir -p /run/lock
    flock /run/lock/sockets-ng-host-apt.lock apt-get "$@"
}

# has_all DIR: every wanted package is installed in DIR (and the root's dpkg and PHPs work).
has_all() {
    local dir=$1 status p
    [ -x "$dir/usr/bin/dpkg-query" ] || return 1
    for p in "${packages[@]}"; do
        status=$(chroot "$dir" dpkg-query -W -f='${Status}' "$p" 2>/dev/null) || return 1
        [ "$status" = "install ok installed" ] || return 1
    done
    for p in "${phps[@]}"; do
        [ -x "$dir/usr/bin/$p" ] && chroot "$dir" "$p" -n -r 'exit(0);' >/dev/null 2>&1 || return 1
    done
}

# A root made by hand with the same commands (no stamp yet) is taken as it is when complete.
if [ ! -e "$stamp" ] && has_all "$root"; then
    say "reusing the complete root $root"
    echo "$recipe" >"$stamp"
    echo "$root"
    exit 0
fi

# mounted_under DIR: something is mounted at or below DIR (removing it would reach into that).
mounted_under() {
    awk -v d="$1" '$2 == d || index($2, d "/") == 1 { found = 1 } END { exit !found }' /proc/self/mounts
}

started=$(date +%s)
new="$root.new"
if mounted_under "$new"; then
    say "something is mounted below $new: not removing it"
    exit 1
fi
rm -rf --one-file-system "$new"

if ! command -v debootstrap >/dev/null; then
    say "installing debootstrap"
    host_apt update -q >&2
    DEBIAN_FRONTEND=noninteractive host_apt install -y -q debootstrap >&2
fi
# mirror_of SUFFIX: the URI the machine's apt takes its main suite ("") or the suite with that
# suffix ("-security") from.
mirror_of() {
    apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 'Identifier: Packages' 2>/dev/null \
        | awk -v want="$1" '{ s = $2; sub(/^[a-z]+/, "", s); if (s == want) { print $1; exit } }'
}
if [ -z "$mirror" ]; then
    mirror=$(mirror_of "")
    if [ -z "$mirror" ]; then
        host_apt update -q >&2
        mirror=$(mirror_of "")
    fi
    [ -n "$mirror" ] || { say "no Debian mirror in the machine's apt sources; set the root's _MIRROR variable"; exit 1; }
fi

say "debootstrap --variant=$variant $suite $new $mirror (a few minutes)"
debootstrap --variant="$variant" "$suite" "$new" "$mirror" >&2
{
    echo "deb $mirror $suite main"
    for s in "${extra_suites[@]+"${extra_suites[@]}"}"; do
        if [ "$s" = security ]; then
            security=$(mirror_of -security)
            [ -z "$security" ] || echo "deb $security $suite-security main"
        else
            echo "deb $mirror $suite-$s main"
        fi
    done
    [ ${#experimental[@]} -eq 0 ] || echo "deb $mirror experimental main"
} >"$new/etc/apt/sources.list"
if [ "$check_valid_until" = 0 ]; then
    printf '%s\n' '// sockets-ng test root: the archive snapshot here can be past its Valid-Until date.' \
        'Acquire::Check-Valid-Until "false";' >"$new/etc/apt/apt.conf.d/99sockets-ng-valid-until"
fi
if [ ${#experimental[@]} -gt 0 ]; then
    # Experimental is NotAutomatic (priority 1): these packages (and their sibling binaries, e.g.
    # php8.5-common) come from it, the rest of the system from the main suite.
    pins=$(printf '%s\n' "${experimental[@]}" | sed -E 's/-(cli|dev)$/-*/' | sort -u | tr '\n' ' ')
    printf 'Package: %s\nPin: release a=experimental\nPin-Priority: 500\n' "${pins% }" \
        >"$new/etc/apt/preferences.d/sockets-ng-experimental"
fi
if [ "$policy_rc_d" = 1 ]; then
    # No daemon may start while packages are installed (nginx, php-fpm and apache2 would, on the
    # machine's port 80 and in its network): invoke-rc.d asks policy-rc.d; 101 means "not allowed".
    printf '#!/bin/sh\n# sockets-ng test root: packages start no service here; tests start their own.\nexit 101\n' \
        >"$new/usr/sbin/policy-rc.d"
    chmod 755 "$new/usr/sbin/policy-rc.d"
fi
# Name resolution inside, for apt (debootstrap copies it too; it may have changed since).
cp -L /etc/resolv.conf "$new/etc/resolv.conf" 2>/dev/null || true
say "apt-get install ${packages[*]}"
install_opts=(-y -q)
[ "$recommends" = 1 ] || install_opts+=(--no-install-recommends)
# /proc for the packages' scripts (some read it); a private mount namespace drops it afterwards.
unshare -m --propagation private -- /bin/sh -c '
    set -e
    r=$1
    shift
    mount -t proc proc "$r/proc"
    chroot "$r" apt-get update -q
    chroot "$r" env DEBIAN_FRONTEND=noninteractive apt-get install "$@"
    chroot "$r" apt-get clean
' debian-root "$new" "${install_opts[@]}" "${packages[@]}" >&2
if [ "${#kept_debs[@]}" -gt 0 ]; then
    say "apt-get download ${kept_debs[*]} into /var/local/sockets-ng-debs"
    chroot "$new" /bin/sh -c 'mkdir -p /var/local/sockets-ng-debs && cd /var/local/sockets-ng-debs && apt-get download -q "$@"' \
        keep "${kept_debs[@]}" >&2
fi
has_all "$new" || { say "the new root lacks some of ${packages[*]}"; exit 1; }
# Nothing the installation started may be running (policy-rc.d should have seen to it).
pids=$(for p in /proc/[0-9]*; do if [ "$(readlink "$p/root" 2>/dev/null)" = "$new" ]; then echo "${p#/proc/}"; fi; done)
if [ -n "$pids" ]; then
    say "processes are running in the new root: $pids"
    exit 1
fi
echo "$recipe" >"$new/$stamp_name"

# Swap in the new root; the old one goes only if nothing is mounted in it.
if [ -e "$root" ]; then
    if mounted_under "$root"; then
        say "something is mounted below $root: leaving the new root at $new"
        exit 1
    fi
    mv -T "$root" "$root.old"
    mv -T "$new" "$root"
    rm -rf --one-file-system "$root.old"
else
    mv -T "$new" "$root"
fi
say "made $root in $(( $(date +%s) - started )) s"
echo "$root"
