#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Memory per watched socket of socket_select's kept kernel set (issue 13): runs
# bench/select_memory.php N under sockets-ng with the kernel set forbidden and forced, and prints
# the differences divided by N: user-space bookkeeping (resident memory) and the kernel's
# registrations (eventpoll_epi objects x their size, from /proc/slabinfo: root only; other kernel
# memory per registration, its wait-queue entry, is in a shared slab and not counted).
# Usage: bench/select_memory.sh [N]   (default 10000)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
n=${1:-10000}
# Twice N: the kernel set is not made while the descriptors come within 1/8 of the limit.
ulimit -n $((2 * n + 100)) 2>/dev/null || true
poll=$(SOCKETS_NG_SELECT=poll "$here/../bin/php-sockets" "$here/select_memory.php" "$n")
kern=$(SOCKETS_NG_SELECT=epoll "$here/../bin/php-sockets" "$here/select_memory.php" "$n")
echo "poll:  $poll"
echo "epoll: $kern"
rss() { sed -n 's/.*rss_kb=\([0-9]*\).*/\1/p' <<<"$1"; }
epi() { sed -n 's/.*epoll_registrations=\([0-9x-]*\).*/\1/p' <<<"$1"; }
awk -v a="$(rss "$poll")" -v b="$(rss "$kern")" -v n="$n" \
    'BEGIN { printf "user space: %.1f bytes per watched socket (resident memory, epoll minus poll)\n", (b - a) * 1024 / n }'
pe=$(epi "$poll"); ke=$(epi "$kern")
if [ "$pe" != - ] && [ "$ke" != - ]; then
    awk -v p="${pe%x*}" -v k="${ke%x*}" -v size="${ke#*x}" -v n="$n" \
        'BEGIN { printf "kernel: %.2f registrations of %d bytes per watched socket (eventpoll_epi, %+d objects)\n", (k - p) / n, size, k - p }'
else
    echo "kernel: /proc/slabinfo not readable (run as root)"
fi
