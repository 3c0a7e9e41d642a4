#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Kept for callers that knew it: the same as scripts/in-debian.sh 13 (the Debian 13 root, PHP 8.4).
exec "$(dirname "${BASH_SOURCE[0]}")/in-debian.sh" 13 "$@"
