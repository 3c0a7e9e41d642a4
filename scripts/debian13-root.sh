#!/usr/bin/env bash
# Makes the Debian 13 (trixie) root that gives the project PHP 8.4: php8.4-cli (whose bundled
# ext/sockets is the reference on 8.4), php8.4-dev (phpize8.4 to build ours), php-parser
# (gen_stub.php) and the build tools, all from Debian's binary packages, installed with
# debootstrap into a cache folder outside the clone. Made once, reused while it is complete and
# made from the same list; a changed list makes a new root, which replaces the old one only when
# it is complete. Prints the root's path. Enter it with scripts/in-debian13.sh.
#
# Env: DEBIAN13_ROOT (default /var/cache/sockets-ng/debian13),
#      DEBIAN13_MIRROR (default: the mirror of the machine's own Debian packages).
# Needs root and the network (the package mirror); run it before entering a network namespace.
set -euo pipefail
root=${DEBIAN13_ROOT:-/var/cache/sockets-ng/debian13}
suite=trixie
variant=minbase
packages=(php8.4-cli php8.4-dev php-parser make gcc autoconf)
# What the root is made from: a root whose stamp says anything else is made anew.
recipe="suite=$suite variant=$variant packages=${packages[*]}"
stamp_name=.sockets-ng-recipe
stamp="$root/$stamp_name"

if [ "$(cat "$stamp" 2>/dev/null)" = "$recipe" ]; then
    echo "$root"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "debian13-root: debootstrap and chroot need root" >&2
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

say() { echo "debian13-root: $*" >&2; }

# has_all DIR: every wanted package is installed in DIR (and the root's dpkg works).
has_all() {
    local dir=$1 status
    [ -x "$dir/usr/bin/dpkg-query" ] || return 1
    for p in "${packages[@]}"; do
        status=$(chroot "$dir" dpkg-query -W -f='${Status}' "$p" 2>/dev/null) || return 1
        [ "$status" = "install ok installed" ] || return 1
    done
    [ -x "$dir/usr/bin/php8.4" ] && chroot "$dir" php8.4 -n -r 'exit(0);' >/dev/null 2>&1
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
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >&2
fi
mirror=${DEBIAN13_MIRROR:-}
if [ -z "$mirror" ]; then
    # The mirror the machine's own Debian packages come from (not its security mirror).
    mirror=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 'Identifier: Packages' 2>/dev/null \
             | awk '$2 !~ /-security$/ && $2 !~ /-updates$/ && $2 !~ /-backports$/ { print $1; exit }')
    if [ -z "$mirror" ]; then
        apt-get update -q >&2
        mirror=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 'Identifier: Packages' 2>/dev/null \
                 | awk '$2 !~ /-security$/ && $2 !~ /-updates$/ && $2 !~ /-backports$/ { print $1; exit }')
    fi
    [ -n "$mirror" ] || { say "no Debian mirror in the machine's apt sources; set DEBIAN13_MIRROR"; exit 1; }
fi

say "debootstrap --variant=$variant $suite $new $mirror (a few minutes)"
debootstrap --variant="$variant" "$suite" "$new" "$mirror" >&2
# Name resolution inside, for apt (debootstrap copies it too; it may have changed since).
cp -L /etc/resolv.conf "$new/etc/resolv.conf" 2>/dev/null || true
say "apt-get install ${packages[*]}"
chroot "$new" apt-get update -q >&2
chroot "$new" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    "${packages[@]}" >&2
chroot "$new" apt-get clean
has_all "$new" || { say "the new root lacks some of ${packages[*]}"; exit 1; }
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
