#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Kept for callers that knew it: the same as scripts/debian-root.sh 12 (the install tests' root).
exec "$(dirname "${BASH_SOURCE[0]}")/debian-root.sh" 12 "$@"
