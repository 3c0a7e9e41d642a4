#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Kept for callers that knew it: the same as scripts/debian-root.sh 13 (the PHP 8.4 root).
exec "$(dirname "${BASH_SOURCE[0]}")/debian-root.sh" 13 "$@"
