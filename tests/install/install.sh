#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Issue 12, part 1: scripts/install-system.sh on Debian's PHP VERSION (8.2 in the Debian 12 root,
# 8.4 in the Debian 13 one), run as root inside a throwaway copy of that root
# (scripts/in-root-copy.sh). install: plain `php` and every SAPI's configuration (cli, fpm,
# apache2 where present) load sockets-ng once, without a startup warning; the bundled sockets.so is
# still there and still loads alone; uninstall: /etc/php, /var/lib/php and the extension directory
# are exactly as before (type, mode, owner, link target, content of every file).
# Usage: tests/install/install.sh VERSION
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$top/tests/install/lib.sh"
v=${1:?usage: tests/install/install.sh VERSION}
php=php$v
ours=$(sed -nE 's/^#define PHP_SOCKETS_NG_VERSION "(.*)"/\1/p' "$top/php_sockets_ng.h")
bundled=$($php -n -r 'echo PHP_VERSION;')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sapis=$(phpquery -S -v "$v" | tr '\n' ' ')
echo "PHP $v ($bundled), SAPIs: $sapis; sockets-ng $ours"

# sapi_loads SAPI: what that SAPI's php.ini and conf.d make PHP report as phpversion("sockets")
# (every line of output, warnings included).
sapi_loads() {
    local ini=/etc/php/$v/$1/php.ini
    [ -f "$ini" ] || ini=/etc/php/$v/cli/php.ini
    PHP_INI_SCAN_DIR=/etc/php/$v/$1/conf.d $php -c "$ini" -r 'echo phpversion("sockets");' 2>&1
}
links_to() { find /etc/php/"$v"/"$1"/conf.d -maxdepth 1 -lname "*/mods-available/$2.ini" | wc -l; }

snapshot "$work/before"
out=$(php -r 'echo phpversion("sockets");' 2>&1)
check "before: plain php loads the bundled sockets ($out)" [ "$out" = "$bundled" ]

scripts_out=$("$top/scripts/install-system.sh" install "$v" 2>&1); rc=$?
printf '%s\n' "$scripts_out" | sed 's/^/    /'
check "install exits 0" [ "$rc" -eq 0 ]
check "install says it restarted nothing" grep -q 'restarted nothing' <<<"$scripts_out"

out=$(php -r 'echo phpversion("sockets");' 2>&1)
check "plain php -r 'echo phpversion(\"sockets\");' prints $ours ($out)" [ "$out" = "$ours" ]
out=$(php -m 2>&1)
check "php -m: no startup warning" no_startup_warning "$out"
check "php -m lists sockets once" [ "$(grep -cx sockets <<<"$out")" -eq 1 ]
for s in $sapis; do
    check "$s: one conf.d link to sockets-ng.ini, none to sockets.ini" \
        [ "$(links_to "$s" sockets-ng) $(links_to "$s" sockets)" = "1 0" ]
    out=$(sapi_loads "$s")
    check "$s: its php.ini and conf.d load sockets-ng and nothing warns ($out)" [ "$out" = "$ours" ]
done
ext_dir=$($php -n -r 'echo PHP_EXTENSION_DIR;')
check "the bundled sockets.so is untouched and loads alone" \
    [ "$($php -n -d extension=sockets -r 'echo phpversion("sockets");' 2>&1)" = "$bundled" ]
check "ours is $ext_dir/sockets-ng.so, not sockets.so" [ -f "$ext_dir/sockets-ng.so" ]
# The warning check can fail: both modules at once give PHP's "already loaded" warning.
out=$(php -d extension=sockets -r 'echo phpversion("sockets");' 2>&1)
check "canary: loading the bundled one too is caught as a warning" has_startup_warning "$out"
if [[ " $sapis " == *" fpm "* ]]; then
    out=$(php-fpm$v -m 2>&1)
    check "php-fpm$v -m: sockets, no startup warning" \
        bash -c '[ "$(grep -cx sockets <<<"$1")" -eq 1 ] && ! grep -qiE "already loaded|warning" <<<"$1"' _ "$out"
    out=$(php-fpm$v -i 2>&1 | sed 's/<[^>]*>/ /g' | grep -i 'sockets-ng version' | tr -s ' ')
    check "php-fpm$v -i reports sockets-ng ($out)" grep -q "$ours" <<<"$out"
fi
if [[ " $sapis " == *" apache2 "* ]] && command -v apache2 >/dev/null; then
    # Apache with mod_php for real, on a loopback port of its own, its own config, pid and logs:
    # a page says which sockets module mod_php loaded; its error log must have no PHP warning.
    apache_page() {
        local port d=$work/apache rc=0
        port=$(free_port)
        rm -rf "$d" && mkdir -p "$d/www" && chmod 755 "$work" "$d" "$d/www"
        echo '<?php echo phpversion("sockets");' >"$d/www/v.php"
        cat >"$d/httpd.conf" <<CONF
ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile $d/httpd.pid
Mutex file:$d
ErrorLog $d/error.log
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule php_module /usr/lib/apache2/modules/libphp$v.so
StartServers 1
DocumentRoot $d/www
<FilesMatch "\.php\$">
    SetHandler application/x-httpd-php
</FilesMatch>
CONF
        apache2 -f "$d/httpd.conf" -X >"$d/stdout" 2>&1 &
        local pid=$!
        if wait_port "$port" 10; then
            curl -s --max-time 10 "http://127.0.0.1:$port/v.php" || rc=1
        else
            echo "apache2 did not start"; cat "$d/stdout" "$d/error.log" 2>/dev/null; rc=1
        fi
        kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
        echo; cat "$d/error.log" 2>/dev/null | grep -iE 'already loaded|PHP (Warning|Startup)'
        return $rc
    }
    out=$(apache_page)
    check "apache2 + mod_php on a port of its own serves phpversion('sockets') = $ours, no PHP warning ($(echo $out))" \
        [ "$(echo $out)" = "$ours" ]
    # The check can fail: with the bundled module's ini linked in too, the error log has the warning.
    ln -s /etc/php/$v/mods-available/sockets.ini /etc/php/$v/apache2/conf.d/99-canary.ini
    out=$(apache_page)
    rm -f /etc/php/$v/apache2/conf.d/99-canary.ini
    check "canary: apache2 with both modules logs 'already loaded'" grep -q 'already loaded' <<<"$out"
fi

# bin/php-sockets on a system with sockets-ng installed: loads the module it is given, once, and
# never writes through its conf.d mirror's links into the system's ini.
ini_sum=$(md5sum "/etc/php/$v/mods-available/sockets-ng.ini")
out=$(PHP_SOCKETS_PHP=$php PHP_SOCKETS_MODULE="${SOCKETS_NG_MODULE:-$top/modules/sockets.so}" \
      "$top/bin/php-sockets" -r 'echo phpversion("sockets");' 2>&1)
check "bin/php-sockets beside the system install: $ours, no warning, the system ini unchanged ($out)" \
    [ "$out|$(md5sum "/etc/php/$v/mods-available/sockets-ng.ini")" = "$ours|$ini_sum" ]

# Installing twice changes nothing more (the saved state stays the first one).
"$top/scripts/install-system.sh" install "$v" >/dev/null 2>&1
check "a second install keeps one link per SAPI" \
    [ "$(for s in $sapis; do links_to "$s" sockets-ng; done | sort -u)" = 1 ]

scripts_out=$("$top/scripts/install-system.sh" uninstall "$v" 2>&1); rc=$?
printf '%s\n' "$scripts_out" | sed 's/^/    /'
check "uninstall exits 0" [ "$rc" -eq 0 ]
out=$(php -r 'echo phpversion("sockets");' 2>&1)
check "after uninstall plain php loads the bundled sockets again ($out)" [ "$out" = "$bundled" ]
check "after uninstall /etc/php, /var/lib/php, the extension dir and packages are exactly as before" \
    same_as "$work/before"

# A new administrator's machine without PHP's development files: a clone with no module built
# (so install must build) says what to install instead of failing inside the build.
if [ -z "${SOCKETS_NG_MODULE:-}" ]; then
    mkdir -p "$work/clone"
    tar -C "$top" --exclude=./.git --exclude=./.build --exclude=./modules -cf - . | tar -C "$work/clone" -xf -
    dpkg --remove "php$v-dev" php-dev >/dev/null 2>&1
    out=$("$work/clone/scripts/install-system.sh" install "$v" 2>&1); rc=$?
    printf '%s\n' "$out" | sed 's/^/    /'
    check "without php$v-dev: install stops, names the missing tools and the packages to install" \
        bash -c '[ "$1" -ne 0 ] && grep -q "needs phpize php-config" <<<"$2" && grep -q "apt-get install php$3-dev gcc make" <<<"$2"' _ "$rc" "$out" "$v"
    check "without php$v-dev: nothing was installed" \
        bash -c '[ ! -e /etc/php/$1/mods-available/sockets-ng.ini ] && [ ! -d /var/lib/sockets-ng ]' _ "$v"
fi
finish
