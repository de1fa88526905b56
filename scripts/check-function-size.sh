#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# No function longer than LIMIT lines (from its name to its closing brace) in core, ui, app or tools.
# Universal Ctags finds each function's first and last line in a fraction of a second; it flags
# the same functions as clang-tidy's readability-function-size with LineThreshold 150, which takes
# minutes over the whole tree.
# usage: check-function-size.sh SOURCE_DIR [LIMIT]
set -euo pipefail
top=$1 limit=${2:-150}
cd "$top"
ctags=$(command -v ctags-universal || command -v universal-ctags || command -v ctags || true)
[ -n "$ctags" ] && "$ctags" --version 2>/dev/null | grep -q 'Universal Ctags' ||
  { echo "check-function-size: needs Universal Ctags (scripts/deps.sh installs it)" >&2; exit 2; }
long=$("$ctags" -x --languages=C++ --kinds-C++=f --fields=+ne --_xformat='%{end}	%n	%F	%N' -R core ui app tools |
  awk -F'\t' -v limit="$limit" '$1 != "" && $1 - $2 + 1 > limit { printf "%s:%d: %s is %d lines (limit %d)\n", $3, $2, $4, $1 - $2 + 1, limit }' |
  sort)
if [ -n "$long" ]; then
  echo "$long" >&2
  exit 1
fi
echo "function size: every function is at most $limit lines"
