#!/usr/bin/env bash
# Installs what building and testing sockets-ng needs on Debian 12, only if something is missing.
set -euo pipefail
need=()
command -v php8.2 >/dev/null || need+=(php8.2-cli)
command -v phpize8.2 >/dev/null || command -v phpize >/dev/null || need+=(php8.2-dev)
[ -f /usr/share/php/PhpParser/Parser.php ] || need+=(php-parser)
command -v make >/dev/null || need+=(make)
command -v cc >/dev/null || need+=(gcc)
command -v autoconf >/dev/null || need+=(autoconf)
command -v timeout >/dev/null || need+=(coreutils)
[ "${#need[@]}" -eq 0 ] && exit 0
echo "install-deps: installing ${need[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
