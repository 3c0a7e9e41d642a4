#!/usr/bin/env bash
# Makes the Debian 12 (bookworm) root in which the system-wide install tests run (issue 12): the
# machine's own PHP 8.2 stays as it is, every install, package and server test changes a
# throwaway copy of this root (scripts/in-debian12.sh mounts one over it), never the root itself.
# It holds PHP 8.2 with every SAPI the install switches (cli, fpm, apache2's mod_php), nginx,
# curl, Debian's packaging tools (dpkg-buildpackage, debhelper, lintian) and composer, all from
# Debian's binary packages (bookworm, bookworm-updates and bookworm-security, as the machine),
# installed with debootstrap into a cache folder outside the clone. No service is started while
# the packages are installed (a policy-rc.d that says no, kept in the root: a test starts what it
# needs itself, on its own ports). Made once, reused while complete and made from the same
# recipe; a changed recipe makes a new root, which replaces the old one only when complete.
# Prints the root's path. Same approach and locking as scripts/debian13-root.sh.
#
# Env: DEBIAN12_ROOT (default /var/cache/sockets-ng/debian12),
#      DEBIAN12_MIRROR (default: the mirror of the machine's own Debian packages).
# Needs root and the network (the package mirror); run it before entering a network namespace.
set -euo pipefail
root=${DEBIAN12_ROOT:-/var/cache/sockets-ng/debian12}
suite=bookworm
variant=minbase
packages=(php8.2-cli php8.2-fpm php8.2-dev php-dev apache2 libapache2-mod-php8.2 nginx-light curl procps
          composer dpkg-dev build-essential debhelper lintian fakeroot make gcc autoconf)
# What the root is made from: a root whose stamp says anything else is made anew.
recipe="suite=$suite+updates+security variant=$variant policy-rc.d=101 packages=${packages[*]}"
stamp_name=.sockets-ng-recipe
stamp="$root/$stamp_name"

if [ "$(cat "$stamp" 2>/dev/null)" = "$recipe" ]; then
    echo "$root"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "debian12-root: debootstrap and chroot need root" >&2
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

say() { echo "debian12-root: $*" >&2; }

# has_all DIR: every wanted package is installed in DIR (and the root's dpkg and php work).
has_all() {
    local dir=$1 status
    [ -x "$dir/usr/bin/dpkg-query" ] || return 1
    for p in "${packages[@]}"; do
        status=$(chroot "$dir" dpkg-query -W -f='${Status}' "$p" 2>/dev/null) || return 1
        [ "$status" = "install ok installed" ] || return 1
    done
    [ -x "$dir/usr/bin/php8.2" ] && chroot "$dir" php8.2 -n -r 'exit(0);' >/dev/null 2>&1
}

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
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >&2
fi
# mirror_of SUFFIX: the URI the machine's apt takes bookworm$SUFFIX from ("" = the main suite).
mirror_of() {
    apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 'Identifier: Packages' 2>/dev/null \
        | awk -v want="$1" '{ s = $2; sub(/^[a-z]+/, "", s); if (s == want) { print $1; exit } }'
}
mirror=${DEBIAN12_MIRROR:-}
if [ -z "$mirror" ]; then
    mirror=$(mirror_of "")
    if [ -z "$mirror" ]; then
        apt-get update -q >&2
        mirror=$(mirror_of "")
    fi
    [ -n "$mirror" ] || { say "no Debian mirror in the machine's apt sources; set DEBIAN12_MIRROR"; exit 1; }
fi
security=$(mirror_of -security)

say "debootstrap --variant=$variant $suite $new $mirror (a few minutes)"
debootstrap --variant="$variant" "$suite" "$new" "$mirror" >&2
# The same suites as the machine, so the root's PHP is the machine's PHP 8.2 release.
{
    echo "deb $mirror $suite main"
    echo "deb $mirror $suite-updates main"
    [ -z "$security" ] || echo "deb $security $suite-security main"
} >"$new/etc/apt/sources.list"
# No daemon may start while packages are installed (nginx, php-fpm and apache2 would, on the
# machine's port 80 and in its network): invoke-rc.d asks policy-rc.d, and 101 means "not allowed".
printf '#!/bin/sh\n# sockets-ng test root: packages start no service here; tests start their own.\nexit 101\n' \
    >"$new/usr/sbin/policy-rc.d"
chmod 755 "$new/usr/sbin/policy-rc.d"
# Name resolution inside, for apt (debootstrap copies it too; it may have changed since).
cp -L /etc/resolv.conf "$new/etc/resolv.conf" 2>/dev/null || true
say "apt-get install ${packages[*]}"
# /proc for the packages' scripts (some read it); a private mount namespace drops it afterwards.
unshare -m --propagation private -- /bin/sh -c '
    set -e
    r=$1
    shift
    mount -t proc proc "$r/proc"
    chroot "$r" apt-get update -q
    chroot "$r" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
    chroot "$r" apt-get clean
' debian12-root "$new" "${packages[@]}" >&2
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
