#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Issue 12, part 4: PHP-FPM 8.2 behind nginx, both Debian's packages, with sockets-ng installed
# system-wide (scripts/install-system.sh), run as root inside a throwaway copy of the Debian 12
# root (scripts/in-root-copy.sh: its own PID namespace, so nothing started here outlives it).
# Own config files, pid files, logs and FastCGI socket under a temporary folder; nginx on a
# loopback port of its own; a UDP and a TCP echo server of the test's own (tests/install/fpm/).
# curl fetches: (a) net.php, which talks to both servers; (b) select.php (socket_select);
# (c) fatal_select.php and fatal_sendmsg.php, which end in a fatal error inside socket_select and
# socket_sendmsg. Then FPM_REQUESTS (default 2000) requests cycling over the four pages, four at
# a time, on 2 static FPM workers: every answer correct, and at every request's start the worker
# holds what it held at the others' (descriptors), one thread, no sharing id, socket_last_error()
# 0, though each request left an error and two unreleased sharing ids; the workers' descriptor
# counts (/proc/PID/fd) before and after are printed and must be equal.
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$top/tests/install/lib.sh"
requests=${FPM_REQUESTS:-2000}
ours=$(sed -nE 's/^#define PHP_SOCKETS_NG_VERSION "(.*)"/\1/p' "$top/php_sockets_ng.h")
d=$(mktemp -d /tmp/fpm-test.XXXXXX)
chmod 755 "$d"
pids=()
stop_all() {
    # Politely first (QUIT: graceful for both), then for sure; each wait is bounded.
    [ -f "$d/nginx.pid" ] && kill -QUIT "$(cat "$d/nginx.pid")" 2>/dev/null
    [ -f "$d/fpm.pid" ] && kill -QUIT "$(cat "$d/fpm.pid")" 2>/dev/null
    for p in "${pids[@]+"${pids[@]}"}"; do kill "$p" 2>/dev/null; done
    for _ in $(seq 50); do
        pgrep 'nginx|php-fpm' >/dev/null || break
        sleep 0.1
    done
    pkill -KILL 'nginx|php-fpm' 2>/dev/null  # only this PID namespace's: in-root-copy.sh
    for p in "${pids[@]+"${pids[@]}"}"; do kill -KILL "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
    pids=()
}
trap 'stop_all; rm -rf "$d"' EXIT
# The PID namespace is this test's own: refuse to run outside one (pkill above would reach the host).
if [ "$$" -gt 100 ] && [ "${FPM_TEST_ANY_PID_NS:-0}" != 1 ]; then
    echo "tests/install/fpm.sh runs inside scripts/in-root-copy.sh (own PID namespace)"; echo "0 passed, 1 failed"; exit 1
fi

# FPM_BUNDLED=1: the same run under the bundled extension (nothing installed; for comparison).
ids_left=2
if [ "${FPM_BUNDLED:-0}" = 1 ]; then
    ours=$(php -n -r 'echo PHP_VERSION;'); ids_left=0
    echo "FPM_BUNDLED=1: the bundled extension $ours, sockets-ng not installed"
else
    out=$("$top/scripts/install-system.sh" install 8.2 2>&1)
    check "sockets-ng installed system-wide (install-system.sh)" [ $? -eq 0 ]
fi

nginx_port=$(free_port); tcp_port=$(free_port); udp_port=$(free_port)
mkdir -p "$d/www" "$d/nginx"
cp "$top"/tests/install/fpm/www/* "$d/www/"
printf '<?php\nconst TCP_PORT = %d;\nconst UDP_PORT = %d;\n' "$tcp_port" "$udp_port" >"$d/www/ports.inc"
touch "$d/php-errors.log" && chown www-data "$d/php-errors.log"
chmod -R a+rX "$d/www"

php -n "$top/tests/install/fpm/echo_servers.php" "$tcp_port" "$udp_port" >"$d/servers.log" 2>&1 &
pids+=($!)

cat >"$d/fpm.conf" <<CONF
[global]
pid = $d/fpm.pid
error_log = $d/fpm.log
daemonize = no
[test]
user = www-data
group = www-data
listen = $d/fpm.sock
listen.owner = www-data
listen.group = www-data
listen.mode = 0660
pm = static
pm.max_children = 2
pm.max_requests = 0
request_terminate_timeout = 30s
catch_workers_output = yes
php_admin_value[error_log] = $d/php-errors.log
php_admin_flag[log_errors] = on
php_admin_flag[display_errors] = off
CONF
cat >"$d/nginx.conf" <<CONF
user www-data;
daemon off;
worker_processes 1;
pid $d/nginx.pid;
error_log $d/nginx/error.log;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $d/nginx/body;
    fastcgi_temp_path $d/nginx/fastcgi;
    proxy_temp_path $d/nginx/proxy;
    server {
        listen 127.0.0.1:$nginx_port;
        root $d/www;
        location ~ \.php\$ {
            include /etc/nginx/fastcgi_params;
            fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
            fastcgi_pass unix:$d/fpm.sock;
        }
    }
}
CONF
php-fpm8.2 -y "$d/fpm.conf" -F >"$d/fpm.stdout" 2>&1 &
pids+=($!)
nginx -p "$d/nginx" -c "$d/nginx.conf" >"$d/nginx.stdout" 2>&1 &
pids+=($!)
up=1
wait_port "$nginx_port" 10 || up=0
for _ in $(seq 100); do [ -S "$d/fpm.sock" ] && break; sleep 0.1; done
[ -S "$d/fpm.sock" ] || up=0
wait_port "$tcp_port" 10 || up=0
check "nginx on 127.0.0.1:$nginx_port, php-fpm8.2 and the echo servers started" [ "$up" = 1 ]
if [ "$up" != 1 ]; then cat "$d"/*.stdout "$d/fpm.log" "$d/nginx/error.log" "$d/servers.log" 2>/dev/null | tail -n 30; finish; exit 1; fi
fpm_master=$(cat "$d/fpm.pid")
mapfile -t workers < <(pgrep -P "$fpm_master" | sort -n)
check "2 FPM workers (${workers[*]})" [ "${#workers[@]}" -eq 2 ]
fdcount() { ls "/proc/$1/fd" | wc -l; }
fresh=""; for w in "${workers[@]}"; do fresh+="$w:$(fdcount "$w") "; done

url=http://127.0.0.1:$nginx_port
get() { curl -s --max-time 20 -o "$d/body" -w '%{http_code}' "$url/$1"; }
js() { php -n -r '$j = json_decode(file_get_contents($argv[1]), true); echo json_encode(eval("return " . $argv[2] . ";"));' "$d/body" "$1"; }

code=$(get 'net.php?n=7')
echo "    net.php: $code $(cat "$d/body")"
check "(a) net.php: 200, sockets-ng answers the page" [ "$code $(js '$j["start"]["version"]')" = "200 \"$ours\"" ]
check "(a) UDP echo of this request" [ "$(js '$j["result"]["udp"]')" = '"echo udp 7"' ]
check "(a) TCP echo of this request (one line by PHP_NORMAL_READ)" [ "$(js '$j["result"]["tcp"]')" = '"echo tcp 7\n"' ]
check "(a) the page left an error (ECONNREFUSED) and $ids_left sharing ids" \
    [ "$(js '[$j["result"]["left"]["error"], count($j["result"]["left"]["ids"])]')" = "[111,$ids_left]" ]
code=$(get 'select.php?n=8')
echo "    select.php: $code $(cat "$d/body")"
check "(b) select.php: 1 ready, key 'ready' kept, data of this request, then a 50 ms timeout" \
    [ "$code $(js '[$j["result"]["ready"], $j["result"]["keys"], $j["result"]["data"], $j["result"]["timeout"], $j["result"]["waited_ok"]]')" = '200 [1,["ready"],"n=8",0,true]' ]
errors_before=$(grep -c 'Cannot declare class DeclaredTwice' "$d/php-errors.log")
code=$(get 'fatal_select.php?n=9')
check "(c) fatal_select.php: 500, the fatal error logged" \
    [ "$code $(grep -c 'Cannot declare class DeclaredTwice' "$d/php-errors.log")" = "500 $((errors_before + 1))" ]
code=$(get 'fatal_sendmsg.php?n=10')
check "(c) fatal_sendmsg.php: 500, the fatal error logged" \
    [ "$code $(grep -c 'Cannot declare class DeclaredTwice' "$d/php-errors.log")" = "500 $((errors_before + 2))" ]
grep -E 'fatal_s|PHP Fatal' "$d/php-errors.log" | tail -n 2 | sed 's/^/    /'

# Warm: every worker has served every page once before the "before" count (two rounds of four
# requests at once, so both workers get some).
for _ in 1 2 3; do
    warm=()
    for p in net select fatal_select fatal_sendmsg; do curl -s --max-time 20 -o /dev/null "$url/$p.php?n=0" & warm+=($!); done
    wait "${warm[@]}"
done
before=""; for w in "${workers[@]}"; do before+="$w:$(fdcount "$w") "; done

# The run: FPM_REQUESTS requests, pages in turn, 4 at a time (curl --parallel), one body each.
pages=(net select fatal_select fatal_sendmsg)
mkdir -p "$d/out"
for ((i = 0; i < requests; i++)); do
    printf 'url = "%s/%s.php?n=%d"\noutput = "%s/out/%d"\n' "$url" "${pages[i % 4]}" "$i" "$d" "$i"
done >"$d/urls"
errors_before=$(grep -c 'Cannot declare class DeclaredTwice' "$d/php-errors.log")
t0=$(date +%s.%N)
curl -s --parallel --parallel-max 4 --max-time 30 -K "$d/urls" -w '%{http_code} %{url}\n' >"$d/codes" 2>"$d/curl.err"
t1=$(date +%s.%N)
after=""; for w in "${workers[@]}"; do after+="$w:$(fdcount "$w") "; done
errors_after=$(grep -c 'Cannot declare class DeclaredTwice' "$d/php-errors.log")
echo "    $requests requests in $(php -n -r "printf('%.1f', $t1 - $t0);") s"
echo "    worker descriptors (/proc/PID/fd): at start $fresh; before the run $before; after it $after"

# Every answer: the checker prints one line per kind of problem and a summary.
php -n "$top/tests/install/fpm/check_run.php" "$d/out" "$d/codes" "$requests" "$ours" "${workers[*]}" "$ids_left" >"$d/verdict"
sed 's/^/    /' "$d/verdict"
check "all $requests answered with the right status and content" grep -qx 'answers: ok' "$d/verdict"
check "every request started with nothing from the one before (error 0, no id, 1 thread, same descriptors per worker)" \
    grep -qx 'state: ok' "$d/verdict"
check "both workers served requests" grep -qx 'workers: ok' "$d/verdict"
check "the $((requests / 2)) fatal errors are all in the log" [ $((errors_after - errors_before)) -eq $((requests / 2)) ]
check "worker descriptor counts flat: before $before= after $after" [ "${before:-none}" = "$after" ]
check "the same 2 workers at the end (none died or was replaced)" \
    [ "$(pgrep -P "$fpm_master" | sort -n | tr '\n' ' ')" = "${workers[*]} " ]
if grep -qiE 'already loaded|PHP (Warning|Startup)' "$d/fpm.log" "$d/fpm.stdout" "$d/php-errors.log"; then
    grep -iE 'already loaded|PHP (Warning|Startup)' "$d/fpm.log" "$d/fpm.stdout" "$d/php-errors.log" | head -n 5
    check "no startup warning in FPM's logs" false
else
    check "no startup warning in FPM's logs" true
fi
check "no worker exited abnormally (FPM log)" bash -c '! grep -qiE "exited on signal|exited with code [1-9]|SIGSEGV" "$1"' _ "$d/fpm.log"

stop_all
sleep 0.2
left=$(pgrep -a 'nginx|php-fpm'; pgrep -af 'echo_server[s][.]php')
check "nothing left running (no nginx, php-fpm or echo server)${left:+: $left}" [ -z "$left" ]
if [ "${FPM_BUNDLED:-0}" != 1 ]; then
    out=$("$top/scripts/install-system.sh" uninstall 8.2 2>&1)
    check "uninstalled" [ $? -eq 0 ]
fi
finish
