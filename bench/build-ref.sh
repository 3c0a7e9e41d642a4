#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds sockets-ng as it was at an earlier commit (default: REF, else the one before socket_select's
# kernel set: 15cbb54), for benchmarks that compare today's code with it in the same run. The
# commit's tree is taken with `git archive` (the work tree is not touched) and built with its own
# scripts/build.sh into .build/ref-<sha>/; built once per commit. Prints the module's path.
# Usage: bench/build-ref.sh [COMMIT]
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rev=${1:-${REF:-15cbb54774f5692b73cf2af59aebbca3c8d998b9}}
sha=$(git -C "$top" rev-parse --verify --quiet "$rev^{commit}") || {
    echo "build-ref.sh: '$rev' is not a commit of $top (a shallow clone? git fetch --unshallow)" >&2
    exit 2
}
dir="$top/.build/ref-$sha"
module="$dir/sockets.so"
if [ ! -f "$module" ]; then
    rm -rf "$dir/src"
    mkdir -p "$dir/src"
    git -C "$top" archive "$sha" | tar -x -C "$dir/src"
    BUILD_DIR="$dir/ext" MODULE_OUT="$module" "$dir/src/scripts/build.sh" >"$dir/build.log" 2>&1 || {
        cat "$dir/build.log" >&2
        exit 1
    }
fi
echo "$module"
