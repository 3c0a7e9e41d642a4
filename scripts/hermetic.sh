#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Runs a command in a private network namespace with only loopback, so that no packet or name
# lookup of it leaves the machine:
#   - a new network namespace (unshare -n; as a user that is not root, in a user namespace too,
#     where it runs as root);
#   - lo up, with one global IPv4 and one global IPv6 address on it (198.18.0.1, fd5f:636b:7473::1:
#     addresses no test uses), so that getaddrinfo's AI_ADDRCONFIG sees a configured address of
#     each family, as on a machine with a network (with loopback alone it refuses "127.0.0.1" for
#     AF_INET6 with v4-mapped results: tests/bind_wrong_family_address_fails.phpt);
#   - in a new mount namespace, /etc/resolv.conf naming 127.0.0.1, where scripts/hermetic-dns.php
#     answers every query with "no such name": an unknown name is "not found" (PHP's -10001) as on
#     a machine whose DNS server answers, instead of "try again" (-10002) after a query that cannot
#     be sent (tests/unit/test_addr.c inet4_unknown_host_is_not_found_with_minus_10001); with
#     "hosts: files" alone the resolver would not set h_errno at all (-10000).
# Usage: scripts/hermetic.sh COMMAND [ARGS...]   Exit status: the command's; 125 if the namespace
# cannot be made (the reason on stderr).
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PATH=$PATH:/usr/sbin:/sbin
if [ "${1:-}" != --inside ]; then
    ns=(unshare -m -n)
    [ "$(id -u)" -eq 0 ] || ns=(unshare -r -m -n)
    if ! "${ns[@]}" true 2>/dev/null; then
        echo "hermetic.sh: cannot make a private network namespace (${ns[*]}): run as root or allow user namespaces" >&2
        exit 125
    fi
    exec "${ns[@]}" "$here/hermetic.sh" --inside "$@"
fi
shift
ip link set lo up || { echo "hermetic.sh: ip link set lo up failed" >&2; exit 125; }
ip addr add 198.18.0.1/32 dev lo 2>/dev/null
ip -6 addr add fd5f:636b:7473::1/128 dev lo nodad 2>/dev/null

# The DNS server; its "ready" line comes once it is bound (no guessing how long that takes).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hermetic.XXXXXX") || exit 125
mkfifo "$tmp/ready"
php_bin=$(command -v php8.2 || command -v php)
"$php_bin" -n "$here/hermetic-dns.php" > "$tmp/ready" &
dns_pid=$!
if ! read -r -t 30 line < "$tmp/ready" || [ "$line" != ready ]; then
    echo "hermetic.sh: the DNS server did not start" >&2
    kill "$dns_pid" 2>/dev/null
    rm -rf "$tmp"
    exit 125
fi
# Seen in this mount namespace only (unshare -m makes mounts private).
printf 'nameserver 127.0.0.1\noptions timeout:2 attempts:1\n' > "$tmp/resolv.conf"
chmod 644 "$tmp/resolv.conf"
if ! mount --bind "$tmp/resolv.conf" /etc/resolv.conf; then
    echo "hermetic.sh: could not put a private /etc/resolv.conf in place" >&2
    kill "$dns_pid" 2>/dev/null
    rm -rf "$tmp"
    exit 125
fi
"$@"
rc=$?
kill "$dns_pid" 2>/dev/null
wait "$dns_pid" 2>/dev/null
rm -rf "$tmp"
exit "$rc"
