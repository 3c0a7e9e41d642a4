#!/usr/bin/env bash
# Kept for callers that knew it: the same as scripts/debian-root.sh 12 (the install tests' root).
exec "$(dirname "${BASH_SOURCE[0]}")/debian-root.sh" 12 "$@"
