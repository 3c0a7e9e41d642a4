#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Runs a command as root inside a throwaway copy of one of the Debian roots of
# scripts/debian-root.sh (the Debian 12 one by default): the root is the lower layer of an
# overlay mount whose upper layer is a fresh temporary folder, so whatever the command installs,
# enables or removes changes only that folder, which is deleted at the end; the cached root stays
# as it was made (other tests use it as their reference). The command runs in private mount and
# PID namespaces: every mount vanishes and every process it started (a server left behind) is
# killed by the kernel when it ends. Inside: /proc (of the new PID namespace), /dev, a fresh /tmp,
# the caller's /etc/resolv.conf, this clone (and any --bind folder) at the same absolute path.
#
# Usage: scripts/in-root-copy.sh [--root R] [--net] [--bind DIR]... [--] CMD [ARG...]
#   --root R    the root to copy: 12, 13 or sid (scripts/debian-root.sh) or a folder (default 12)
#   --net       also a new network namespace with only loopback up (when not already in one)
# Needs root. The root must exist (its makers need the network: run them first).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=12
net=0
binds=("$top")
while [ $# -gt 0 ]; do
    case $1 in
        --root) root=$2; shift 2 ;;
        --net) net=1; shift ;;
        --bind) binds+=("$(cd "$2" && pwd -P)"); shift 2 ;;
        --) shift; break ;;
        -*) echo "in-root-copy: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
case "$root" in 12|13|sid) root=$("$top/scripts/debian-root.sh" --path "$root") ;; esac
[ $# -gt 0 ] || { echo "usage: scripts/in-root-copy.sh [--root 12|13|sid|DIR] [--net] [--bind DIR]... CMD [ARG...]" >&2; exit 2; }
if [ ! -f "$root/.sockets-ng-recipe" ]; then
    echo "in-root-copy: no finished root at $root (make it first: scripts/debian-root.sh)" >&2
    exit 127
fi
[ "$(id -u)" -eq 0 ] || { echo "in-root-copy: needs root (namespaces, overlay, chroot)" >&2; exit 1; }

# The upper layer and the mount point: on the disk (a package build writes tens of MB).
work=$(mktemp -d /var/tmp/sockets-ng-root-copy.XXXXXX)
cleanup() { rm -rf --one-file-system "$work"; }
trap cleanup EXIT
mkdir "$work/upper" "$work/work" "$work/root"

cwd=$(pwd -P)
start=$top
for b in "${binds[@]}"; do
    case "$cwd/" in "$b"/*) start=$cwd ;; esac
done

unshare_args=(-m --propagation private -p -f)
[ "$net" = 1 ] && unshare_args+=(-n)
inner='
set -e
lower=$1 work=$2 net=$3 start=$4 n=$5
shift 5
root=$work/root
mount -t overlay overlay -o "lowerdir=$lower,upperdir=$work/upper,workdir=$work/work" "$root"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
mount -t tmpfs -o mode=755 tmpfs "$root/run"
mkdir -p "$root/run/lock"
if [ -e /etc/resolv.conf ] && [ -e "$root/etc/resolv.conf" ]; then
    mount --bind /etc/resolv.conf "$root/etc/resolv.conf"
fi
i=0
while [ "$i" -lt "$n" ]; do
    mkdir -p "$root$1"
    mount --rbind "$1" "$root$1"
    shift
    i=$((i + 1))
done
if [ "$net" = 1 ]; then ip link set lo up; fi
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin TMPDIR=/tmp
chroot "$root" /bin/sh -c "cd \"\$0\" && exec \"\$@\"" "$start" "$@"
'
# Not exec: the trap removes the upper layer after the namespaces are gone.
rc=0
unshare "${unshare_args[@]}" -- /bin/bash -c "$inner" in-root-copy \
    "$root" "$work" "$net" "$start" "${#binds[@]}" "${binds[@]}" "$@" || rc=$?
exit "$rc"
