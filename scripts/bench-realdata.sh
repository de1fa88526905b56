#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Opening data without a manifest, against ogr2ogr of the same file (docs/BENCHMARKS.md,
# "Data without a manifest"). Usage: scripts/bench-realdata.sh [PARCELS] [RUNS]
# Generates PARCELS parcels (default 100000), drops the manifest, makes a MapInfo TAB copy of the
# folder, then RUNS times (default 3) alternately: sezview-cli summary --dataset FOLDER into a new
# cache (the guess, every layer read, the store built, the cache written) and ogr2ogr -f GPKG of the
# parcels file; then the same Shapefiles with the generator's manifest (kind 'manifest'), to show what
# the guess costs. Prints each time and the medians.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cli=${SEZVIEW_CLI:-$top/build/bin/sezview-cli}
n=${1:-100000}; runs=${2:-3}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache QT_QPA_PLATFORM=offscreen
"$cli" generate --parcels "$n" --out "$work/shp" --seed 20251121 >/dev/null 2>&1
cp -r "$work/shp" "$work/manifest"   # the same files with the generator's manifest: what the guess costs
rm "$work/shp/dataset.json" "$work/shp/README.md"
mkdir "$work/tab"
for f in "$work"/shp/*.shp; do
  ogr2ogr -f "MapInfo File" "$work/tab/$(basename "${f%.shp}").tab" "$f" -nlt PROMOTE_TO_MULTI
done
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in shp tab manifest; do
  : >"$work/open.$kind"; : >"$work/ogr.$kind"
  for r in $(seq "$runs"); do
    rm -f "$work/c.gpkg" "$work/o.gpkg"
    o=$(seconds "$cli" summary --dataset "$work/$kind" --cache "$work/c.gpkg")
    f=$work/$kind/parcels.shp; [ -e "$f" ] || f=$work/$kind/parcels.tab
    g=$(seconds ogr2ogr -f GPKG "$work/o.gpkg" "$f")
    echo "$kind run $r: open ${o} s, ogr2ogr ${g} s"
    echo "$o" >>"$work/open.$kind"; echo "$g" >>"$work/ogr.$kind"
  done
  mo=$(median <"$work/open.$kind"); mg=$(median <"$work/ogr.$kind")
  echo "$kind median: open ${mo} s, ogr2ogr ${mg} s, ratio $(echo "scale=2; $mo / $mg" | bc)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
