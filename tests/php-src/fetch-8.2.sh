#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Unpacks php-src's ext/sockets tests of PHP 8.2.32 from Debian's php8.2 source package (the
# upstream tarball, Debian's patches left out) into a cache folder outside the clone, once per
# machine, and prints that folder. The files are PHP's, not this project's: they are never
# committed here. Needs the network the first time (apt-get source), none after.
#
# Env: PHP_SRC_TESTS_CACHE (default $SOCKETS_NG_CACHE/php-src-tests; SOCKETS_NG_CACHE's default is
#      /var/cache/sockets-ng).
set -euo pipefail
version=8.2.32
debian_version=8.2.32-1~deb12u1
cache_root=${SOCKETS_NG_CACHE:-/var/cache/sockets-ng}
cache=${PHP_SRC_TESTS_CACHE:-$cache_root/php-src-tests}
dir="$cache/$version"
[ -f "$dir/.complete" ] && { echo "$dir"; exit 0; }
mkdir -p "$cache"
exec 9>"$dir.lock"
flock 9
[ -f "$dir/.complete" ] && { echo "$dir"; exit 0; }
say() { echo "php-src-tests: $*" >&2; }

# A private apt list of deb-src entries for the machine's bookworm mirrors (the one
# scripts/build-php-zts-debug.sh keeps, shared: same file, same contents); the machine's own apt
# configuration is left as it is.
apt_dir=${PHP_ZTS_DEBUG_CACHE:-$cache_root}/apt-bookworm-src
mirrors() {
    # shellcheck disable=SC2016  # apt's own $(...) fields
    apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 'Identifier: Packages' 2>/dev/null \
        | awk '$2 ~ /^bookworm(-updates|-security)?$/ { print $1 " " $2 }' | sort -u
}
list=$(mirrors)
if [ -z "$list" ]; then
    # The machine's apt, one caller at a time (the makers of scripts/test.sh run in parallel).
    mkdir -p /run/lock
    flock /run/lock/sockets-ng-host-apt.lock apt-get update -q >&2
    list=$(mirrors)
fi
[ -n "$list" ] || { say "no bookworm entry in the machine's apt sources"; exit 1; }
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
opt=""
[ -f "$keyring" ] && opt="[signed-by=$keyring] "
wanted=$(printf '%s\n' "$list" | awk -v opt="$opt" '{ print "deb-src " opt $1 " " $2 " main" }')
apt_private=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=$apt_dir/parts"
             -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache=")
mkdir -p "$apt_dir/lists/partial" "$apt_dir/parts"
# The private list is shared with the PHP builders (scripts/php-source.sh takes the same lock).
exec 7>"$apt_dir.lock"
flock 7
if [ "$(cat "$apt_dir/sources.list" 2>/dev/null)" != "$wanted" ] \
   || ! apt-get "${apt_private[@]}" source --print-uris "php8.2=$debian_version" >/dev/null 2>&1; then
    printf '%s\n' "$wanted" >"$apt_dir/sources.list"
    apt-get "${apt_private[@]}" update -q >&2
fi

work=$(mktemp -d "$cache/.fetch-XXXXXX")
trap 'rm -rf "$work"' EXIT
say "downloading php8.2=$debian_version (source)"
(cd "$work" && apt-get "${apt_private[@]}" source -q --download-only "php8.2=$debian_version" >&2)
flock -u 7
# Only ext/sockets/tests of the upstream tarball.
tar -xJf "$work/php8.2_$version.orig.tar.xz" -C "$work" --wildcards "*/ext/sockets/tests/*"
rm -rf "$dir"
mv "$work"/php-*/ext/sockets/tests "$dir"
touch "$dir/.complete"
say "$(find "$dir" -name '*.phpt' | wc -l) tests in $dir"
echo "$dir"
