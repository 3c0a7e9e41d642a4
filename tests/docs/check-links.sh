#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# README.md and docs/*.md: relative links, #anchors, named tests/ paths and diff cases all exist.
top=$(cd "$(dirname "$0")/../.." && pwd)
exec "${PHP:-php}" -n "$top/tests/docs/check-links.php" "$top"
