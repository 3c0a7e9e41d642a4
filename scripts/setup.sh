#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# One command from a fresh clone: installs what is missing, builds modules/sockets.so and starts
# seed 001's echo server under sockets-ng on 127.0.0.1 (port 10000, or the first argument).
# Talk to it with `telnet 127.0.0.1 10000`; Ctrl-C stops it.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/scripts/install-deps.sh"
"$top/scripts/build.sh"
port=${1:-10000}
exec "$top/bin/php-sockets" "$top/examples/echo_server.php" 127.0.0.1 "$port"
