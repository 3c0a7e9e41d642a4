#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# scripts/build.sh names a PHP's module folder (modules/TAG/sockets.so) after what that PHP is:
# its version, and "-zts" / "-debug" only when its main/php_config.h says ZTS / ZEND_DEBUG (the
# extension folder's name only when there is no such header). A non-thread-safe release build
# (extension dir no-debug-non-zts-...) goes to modules/X.Y/, not modules/X.Y-zts/.
# Each case is a fake php-config; `scripts/build.sh --tag` prints the name and builds nothing.
# Last line: "N passed, M failed".
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

# check NAME EXT_DIR ZTS DEBUG EXPECTED: ZTS/DEBUG are 0/1 for the header, "-" for no header.
check() {
    local name=$1 ext_dir=$2 zts=$3 debug=$4 want=$5 dir="$work/$1" got
    mkdir -p "$dir/include/main"
    if [ "$zts" != - ]; then
        {
            if [ "$zts" = 1 ]; then echo '#define ZTS 1'; else echo '/* #undef ZTS */'; fi
            echo "#define ZEND_DEBUG $debug"
        } >"$dir/include/main/php_config.h"
    fi
    cat >"$dir/php-config" <<CONFIG
#!/bin/sh
case \$1 in
    --version) echo 8.3.14 ;;
    --extension-dir) echo '$ext_dir' ;;
    --include-dir) echo '$dir/include' ;;
    *) exit 1 ;;
esac
CONFIG
    chmod +x "$dir/php-config"
    got=$(PHP_TARGET='' PHPIZE=phpize PHP_CONFIG="$dir/php-config" "$top/scripts/build.sh" --tag 2>&1)
    if [ "$got" = "$want" ]; then
        echo "ok $name: $want"; passed=$((passed + 1))
    else
        echo "FAIL $name: expected '$want', got '$got'"; failed=$((failed + 1))
    fi
}

check nts_release /usr/lib/php/20230831 0 0 8.3
check nts_release_upstream_dir /opt/php/lib/php/extensions/no-debug-non-zts-20230831 0 0 8.3
check zts_release /opt/php/lib/php/extensions/no-debug-zts-20230831 1 0 8.3-zts
check zts_debug /opt/php/lib/php/extensions/debug-zts-20230831 1 1 8.3-zts-debug
check nts_debug /opt/php/lib/php/extensions/debug-non-zts-20230831 0 1 8.3-debug
check header_wins_over_folder_name /opt/php/ext 1 0 8.3-zts
check no_header_nts_folder /opt/php/lib/php/extensions/no-debug-non-zts-20230831 - - 8.3
check no_header_zts_debug_folder /opt/php/lib/php/extensions/debug-zts-20230831 - - 8.3-zts-debug
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
