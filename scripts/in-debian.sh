#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Runs a command inside one of the Debian roots made by scripts/debian-root.sh (13: PHP 8.4; sid:
# PHP 8.5 and 8.6; 12: PHP 8.2 with its SAPIs, but the install tests change only throwaway copies
# of that one, scripts/in-root-copy.sh), with this clone (and any folder given with --bind) mounted at the same absolute path inside, so paths
# mean the same in and out. Mounts are made in a private mount namespace (unshare -m): they
# vanish when the command ends, nothing is left mounted on the machine. Inside: /proc, /dev, a
# fresh /tmp (TMPDIR=/tmp), the caller's /etc/resolv.conf, PATH of the root; other environment
# variables pass through; the command starts in the current folder when that folder is visible
# inside, else in the clone.
#
# Usage: scripts/in-debian.sh 12|13|sid [--net] [--bind DIR]... [--] CMD [ARG...]
#   --net       also a new network namespace with only loopback up (hermetic: no route out).
#               Inside a namespace made by the caller (e.g. `unshare -n`), leave it off.
#   --bind DIR  another folder to mount at the same path (may be repeated).
# Env: those of scripts/debian-root.sh that say where the roots are. The root must exist: this
# script does not make it (that needs the network): run scripts/debian-root.sh NAME first.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
name=${1:-}
case "$name" in
    12|13|sid) shift ;;
    *) echo "usage: scripts/in-debian.sh 12|13|sid [--net] [--bind DIR]... [--] CMD [ARG...]" >&2; exit 2 ;;
esac
root=$("$top/scripts/debian-root.sh" --path "$name")
me="in-debian $name"

net=0
binds=("$top")
while [ $# -gt 0 ]; do
    case $1 in
        --net) net=1; shift ;;
        --bind) binds+=("$(cd "$2" && pwd -P)"); shift 2 ;;
        --) shift; break ;;
        -*) echo "$me: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
if [ $# -eq 0 ]; then
    echo "usage: scripts/in-debian.sh 12|13|sid [--net] [--bind DIR]... [--] CMD [ARG...]" >&2
    exit 2
fi
if [ ! -f "$root/.sockets-ng-recipe" ]; then
    echo "$me: no finished root at $root (run scripts/debian-root.sh $name)" >&2
    exit 127
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "$me: needs root (mount namespaces and chroot)" >&2
    exit 1
fi

# Where the command starts: here if this folder is inside one of the mounted ones.
cwd=$(pwd -P)
start=$top
for b in "${binds[@]}"; do
    case "$cwd/" in "$b"/*) start=$cwd ;; esac
done

unshare_args=(-m --propagation private)
[ "$net" = 1 ] && unshare_args+=(-n)

# The part run inside the new namespaces: mount, then chroot. Arguments: root, net flag, start
# folder, the number of bind folders, the folders, then the command.
inner='
set -e
root=$1 net=$2 start=$3 n=$4
shift 4
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
# The name servers of the caller: inside a test namespace they are its own (a local one), not
# those of the machine when the root was made.
if [ -e /etc/resolv.conf ] && [ -e "$root/etc/resolv.conf" ]; then
    mount --bind /etc/resolv.conf "$root/etc/resolv.conf"
fi
# After /tmp: a clone under /tmp stays visible.
i=0
while [ "$i" -lt "$n" ]; do
    mkdir -p "$root$1"
    mount --rbind "$1" "$root$1"
    shift
    i=$((i + 1))
done
if [ "$net" = 1 ]; then ip link set lo up; fi
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin TMPDIR=/tmp
exec chroot "$root" /bin/sh -c "cd \"\$0\" && exec \"\$@\"" "$start" "$@"
'
exec unshare "${unshare_args[@]}" -- /bin/bash -c "$inner" in-debian \
    "$root" "$net" "$start" "${#binds[@]}" "${binds[@]}" "$@"
