#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages sezview needs that are not there yet (as root, or through sudo).
# --peers also installs what sezview-bench compares against (QGIS's Python bindings); never needed to
# build or test, so CI does not pass it.
set -euo pipefail

packages=(
  cmake ninja-build ccache g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6svg6-dev qt6-charts-dev libqt6opengl6-dev libgl-dev
  libgdal-dev gdal-bin libgeos-dev libproj-dev proj-bin proj-data libsqlite3-dev sqlite3 libboost-dev nettle-dev
  xvfb xauth poppler-utils fonts-dejavu-core python3
  universal-ctags binutils zip
  libqt6sql6-sqlite libqt6sql6-psql libpq-dev postgresql-15 postgresql-15-postgis-3
  clang libclang-rt-14-dev
)
if [ "${1:-}" = "--peers" ]; then
  packages+=(python3-qgis)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "deps.sh: run as root or install sudo: missing ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
