#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Issue 12, part 3: the PIE metadata (composer.json of type php-ext). Inside a throwaway copy of
# the Debian 12 root: Debian's composer validates it (strict), and a broken copy fails (so the
# check can fail); the php-ext section names the module the build makes ("sockets"), only OS
# families PIE knows, and configure options that the extension's configure has; and the build
# PIE runs (phpize, ./configure --with-php-config=..., make, with no option given) makes a module
# that loads and reports sockets-ng's version.
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$top/tests/install/lib.sh"
ours=$(sed -nE 's/^#define PHP_SOCKETS_NG_VERSION "(.*)"/\1/p' "$top/php_sockets_ng.h")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export COMPOSER_ALLOW_SUPERUSER=1 COMPOSER_HOME=$work/composer-home COMPOSER_DISABLE_NETWORK=1

echo "    $(composer --version 2>/dev/null)"
out=$(cd "$top" && composer validate --strict --no-check-lock --no-check-publish 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/^/    /' | head -n 10
check "composer validate --strict --no-check-publish composer.json" [ "$rc" -eq 0 ]
# Debian 12's composer (2.5) predates the php-ext property in its schema: publishing checks
# report that one property, and must report nothing else.
out=$(cd "$top" && composer validate --strict --no-check-lock 2>&1)
other=$(printf '%s\n' "$out" | sed -n '/^# Publish errors/,$p' | grep '^- ' | grep -v '^- The property php-ext is not defined')
check "publish checks: nothing but this composer's unknown php-ext property${other:+: $other}" [ -z "$other" ]
mkdir -p "$work/broken"
php -n -r '$j = json_decode(file_get_contents($argv[1]), true); $j["require"] = "php"; file_put_contents($argv[2], json_encode($j));' \
    "$top/composer.json" "$work/broken/composer.json"
check "canary: composer validate fails on a copy whose require is a string" \
    bash -c 'cd "$1" && ! composer validate --strict --no-check-lock --no-check-publish >/dev/null 2>&1' _ "$work/broken"

# PIE's build: the sources as a package brings them, no configure option.
mkdir -p "$work/src"
tar -C "$top" --exclude=./.git --exclude=./.build --exclude=./modules --exclude=./debian -cf - . | tar -C "$work/src" -xf -
t0=$SECONDS
(cd "$work/src" && phpize && ./configure --with-php-config="$(command -v php-config)" && make -j2) >"$work/build.log" 2>&1
rc=$?
[ "$rc" -eq 0 ] || tail -n 20 "$work/build.log"
check "phpize, ./configure with no option, make: builds ($((SECONDS - t0)) s)" [ "$rc" -eq 0 ]
out=$(php -n -d extension="$work/src/modules/sockets.so" -r 'echo phpversion("sockets");' 2>&1)
check "the module it made reports sockets-ng $ours ($out)" [ "$out" = "$ours" ]

meta() { php -n -r '$j = json_decode(file_get_contents($argv[1]), true); echo json_encode(eval("return " . $argv[2] . ";"));' "$top/composer.json" "$1"; }
check "type php-ext" [ "$(meta '$j["type"]')" = '"php-ext"' ]
check "license BSD-3-Clause, as LICENSE says" bash -c '[ "$1" = "\"BSD-3-Clause\"" ] && grep -qx "BSD 3-Clause License" "$2"' \
    _ "$(meta '$j["license"]')" "$top/LICENSE"
name=$(php -n -d extension="$work/src/modules/sockets.so" -r '$e = get_loaded_extensions(); echo in_array("sockets", $e, true) ? "sockets" : "?";')
check "php-ext.extension-name is the module's name ($name)" [ "$(meta '$j["php-ext"]["extension-name"]')" = "\"$name\"" ]
check "php-ext.os-families: only names PIE knows" \
    [ "$(meta 'array_values(array_diff($j["php-ext"]["os-families"], ["windows","bsd","darwin","solaris","linux","unknown"]))')" = '[]' ]
for opt in $(meta 'array_column($j["php-ext"]["configure-options"], "name")' | tr -d '[]"' | tr ',' ' '); do
    check "configure-option --$opt is one configure knows" grep -q -- "--$opt" <(cd "$work/src" && ./configure --help)
done
finish
