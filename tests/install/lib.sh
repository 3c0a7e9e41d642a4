# SPDX-License-Identifier: BSD-3-Clause
# Shared by the install tests (sourced; they run as root inside a throwaway copy of a Debian root,
# scripts/in-root-copy.sh). check NAME CMD...: one assertion, counted; the last line of a test is
# "N passed, M failed" (finish).
passed=0
failed=0
check() {
    local name=$1; shift
    if "$@"; then
        passed=$((passed + 1)); echo "ok   $name"
    else
        failed=$((failed + 1)); echo "FAIL $name"
    fi
}
finish() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; }

# snapshot FILE: everything PHP's configuration consists of, in a form two states can be compared
# by: type, mode, owner, path, link target, and a digest of each regular file's content, for
# /etc/php, /var/lib/php, the extension directories and sockets-ng's state folders; plus the
# packages installed.
snapshot() {
    {
        find /etc/php /var/lib/php /usr/lib/php /var/lib/sockets-ng /var/lib/php-sockets-ng /usr/local/sbin \
            -printf '%y %m %u:%g %p -> %l\n' 2>/dev/null | sort
        find /etc/php /var/lib/php /usr/lib/php -type f -exec md5sum {} + 2>/dev/null | sort -k 2
        dpkg-query -W -f='${Package} ${Version} ${Status}\n' | sort
    } >"$1"
}
# same_as FILE: the system is as the snapshot FILE says (differences printed).
same_as() {
    local now
    now=$(mktemp)
    snapshot "$now"
    if diff -u "$1" "$now" | head -n 40 | grep -E '^[-+][^-+]'; then rm -f "$now"; return 1; fi
    rm -f "$now"
}
# has_startup_warning TEXT: TEXT holds an "already loaded" or another PHP startup warning.
has_startup_warning() { printf '%s' "$1" | grep -qiE 'already loaded|PHP (Warning|Fatal|Startup)|Unable to load'; }
no_startup_warning() { ! has_startup_warning "$1"; }

# free_port: a TCP port on 127.0.0.1 that nothing listens on now (the kernel's pick).
free_port() { php -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];'; }
# wait_port PORT [SECONDS]: until something accepts on 127.0.0.1:PORT (default 10 s).
wait_port() {
    local i
    for ((i = 0; i < ${2:-10} * 20; i++)); do
        php -n -r 'exit(@fsockopen("127.0.0.1", (int) $argv[1], $no, $str, 0.2) ? 0 : 1);' "$1" && return 0
        sleep 0.05
    done
    return 1
}
