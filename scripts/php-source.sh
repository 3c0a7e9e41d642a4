#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Unpacks PHP 8.2.32's upstream source into a new folder: php-source.sh DEST.
# The source comes from Debian's php8.2 source package (the machine's own mirrors, the same PHP as
# its binary packages), downloaded once per machine into a cache folder and unpacked from there;
# Debian's patches are left out (dpkg-source --skip-patches), so DEST is upstream PHP as released.
# Used by the scripts that build a PHP from source (build-php-zts-debug.sh, build-php-static.sh,
# build-php-musl.sh); `php-source.sh --version` prints the Debian version, which they put in
# their cache keys.
#
# Env: PHP_SOURCE_CACHE (default $SOCKETS_NG_CACHE, else /var/cache/sockets-ng). Progress goes to stderr.
set -euo pipefail
debian_version=8.2.32-1~deb12u1
if [ "${1:-}" = --version ]; then
    echo "$debian_version"
    exit 0
fi
if [ $# -ne 1 ]; then
    echo "usage: php-source.sh DEST | --version" >&2
    exit 2
fi
dest=$1
if [ -e "$dest" ]; then
    echo "php-source.sh: $dest exists already" >&2
    exit 1
fi
cache=${PHP_SOURCE_CACHE:-${SOCKETS_NG_CACHE:-/var/cache/sockets-ng}}
say() { echo "php-source: $*" >&2; }
quiet() { local out; out=$("$@" 2>&1) || { say "failed: $*"; printf '%s\n' "$out" | tail -n 20 >&2; return 1; }; }

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
need=()
command -v dpkg-source >/dev/null || need+=(dpkg-dev)
command -v xz >/dev/null || need+=(xz-utils)
if [ "${#need[@]}" -gt 0 ]; then
    say "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive quiet "${sudo_cmd[@]}" apt-get install -y -q "${need[@]}"
fi

# The downloaded package: one folder per Debian version, filled once under a lock.
pkg="$cache/php8.2-source-$debian_version"
mkdir -p "$cache"
exec 8>"$pkg.lock"
flock 8
if [ ! -f "$pkg/.complete" ]; then
    # A private apt list of deb-src entries in the cache (the machine's own apt configuration is
    # left as it is: a deb-src entry there must repeat each entry's options exactly, or apt
    # refuses all).
    apt_dir="$cache/apt-bookworm-src"
    list_mirrors() {
        apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 'Identifier: Packages' 2>/dev/null \
            | awk '$2 ~ /^bookworm(-updates|-security)?$/ { print $1 " " $2 }' | sort -u
    }
    mirrors=$(list_mirrors)
    if [ -z "$mirrors" ]; then
        # apt has no lists yet on a fresh machine: read them once, then ask again.
        quiet "${sudo_cmd[@]}" apt-get update
        mirrors=$(list_mirrors)
    fi
    if [ -z "$mirrors" ]; then
        say "no bookworm entry in the machine's apt sources: cannot find the source package"
        exit 1
    fi
    keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    opt=""
    [ -f "$keyring" ] && opt="[signed-by=$keyring] "
    mkdir -p "$apt_dir/lists/partial" "$apt_dir/parts"
    wanted=$(printf '%s\n' "$mirrors" | awk -v opt="$opt" '{ print "deb-src " opt $1 " " $2 " main" }')
    apt_private=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=$apt_dir/parts"
                 -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache=")
    # The private list is shared with other callers: changed under the package's lock only.
    exec 7>"$apt_dir.lock"
    flock 7
    if [ "$(cat "$apt_dir/sources.list" 2>/dev/null)" != "$wanted" ] \
       || ! apt-get "${apt_private[@]}" source --print-uris "php8.2=$debian_version" >/dev/null 2>&1; then
        printf '%s\n' "$wanted" >"$apt_dir/sources.list"
        quiet apt-get "${apt_private[@]}" update
    fi
    rm -rf "$pkg"
    mkdir -p "$pkg"
    say "downloading php8.2=$debian_version (source)"
    (cd "$pkg" && quiet apt-get "${apt_private[@]}" source -q --download-only "php8.2=$debian_version")
    flock -u 7
    touch "$pkg/.complete"
fi
flock -u 8

mkdir -p "$(dirname "$dest")"
say "unpacking into $dest"
quiet dpkg-source --skip-patches -x "$pkg/php8.2_$debian_version.dsc" "$dest"
