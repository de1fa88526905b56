#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The main job: install, build, and open the viewer on the bundled Alatau sample.
# With no display (a server, CI) it prints the sample's summary instead.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/build.sh"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$top/build/bin/sezview" "$@"
fi
echo "No display: printing the summary of the bundled sample instead of opening the window." >&2
exec "$top/build/bin/sezview-cli" summary "$@"
