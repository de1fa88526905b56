#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The house's rules (docs: core/*/README.md, DESIGN.md), checked on the sources and the viewer:
#  1. a core folder includes only its own and lower ones:
#     base < geo < model < io < query < cache < register < imagery < render < report; core includes no ui/,
#     app/ or tools/; ui/ includes no app/ or tools/; tools/ includes no ui/ or app/;
#  2. core includes nothing from QtWidgets;
#  3. GDAL, PROJ, GEOS and sqlite3 headers appear only in core's .cpp files and _p.h headers (and in
#     tools/*.cpp: the generator writes the sample with GDAL);
#  4. the viewer defines none of the symbols of the generator library (seztools).
# Known breaches are listed in scripts/layering-exceptions.txt; a listed breach that is gone fails too.
# usage: check-layering.sh SOURCE_DIR SEZVIEW_BINARY SEZTOOLS_ARCHIVE QT_WIDGETS_INCLUDE_DIRS
set -euo pipefail
top=$1 viewer=$2 tools=$3 widgetDirs=$4
cd "$top"

layers=(base geo model io query cache register imagery render report)
rank() { local i; for i in "${!layers[@]}"; do [ "${layers[$i]}" = "$1" ] && { echo "$i"; return; }; done; echo -1; }

declare -A excepted=() used=()
while read -r file inc; do
  [ -z "$file" ] || [ "${file:0:1}" = "#" ] && continue
  excepted["$file $inc"]=1
done < scripts/layering-exceptions.txt

failures=()
breach() {   # file, included, why
  if [ -n "${excepted["$1 $2"]:-}" ]; then used["$1 $2"]=1; return; fi
  failures+=("$1 includes $2: $3")
}

# The project's includes of every source file, as "file<TAB>included".
includes() {
  grep -rHo --include='*.h' --include='*.cpp' -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"][^>"]+[>"]' "$@" 2>/dev/null |
    sed -E 's/:[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]([^>"]+)[>"]$/\t\1/'
}

# 1. Layers.
while IFS=$'\t' read -r file inc; do
  folder=$(cut -d/ -f2 <<<"$file")
  case "$inc" in
    core/*)
      target=$(cut -d/ -f2 <<<"$inc")
      from=$(rank "$folder") to=$(rank "$target")
      if [ "$to" -lt 0 ]; then breach "$file" "$inc" "core/$target is not a known layer"
      elif [ "$to" -gt "$from" ]; then breach "$file" "$inc" "core/$folder is below core/$target"; fi ;;
    ui/*|app/*|tools/*) breach "$file" "$inc" "core includes nothing above it" ;;
  esac
done < <(includes core)
while IFS=$'\t' read -r file inc; do
  case "$inc" in app/*|tools/*) breach "$file" "$inc" "the widgets do not use the programs or the generator" ;; esac
done < <(includes ui)
while IFS=$'\t' read -r file inc; do
  case "$inc" in app/*|ui/*) breach "$file" "$inc" "the generator uses core only" ;; esac
done < <(includes tools)

# 2. No widgets in core.
widgets=""
IFS=';' read -ra dirs <<<"$widgetDirs"
for d in "${dirs[@]}"; do [ -d "$d" ] && [ "$(basename "$d")" = QtWidgets ] && widgets=$d; done
[ -n "$widgets" ] || { echo "check-layering: no QtWidgets include directory among: $widgetDirs" >&2; exit 2; }
declare -A widgetHeader=()
for h in "$widgets"/*; do widgetHeader[$(basename "$h")]=1; done
while IFS=$'\t' read -r file inc; do
  if [ -n "${widgetHeader[$inc]:-}" ] || [[ "$inc" == QtWidgets/* ]] || [ "$inc" = QtWidgets ]; then
    breach "$file" "$inc" "core never uses QtWidgets"
  fi
done < <(includes core)

# 3. Libraries' C headers stay private.
isLibraryHeader() { [[ "$1" =~ ^(gdal|gdal_.*|ogr_.*|ogrsf_frmts|cpl_.*|proj|proj_.*|geos_c|sqlite3)\.h$ || "$1" == proj/* ]]; }
while IFS=$'\t' read -r file inc; do
  isLibraryHeader "$inc" || continue
  case "$file" in
    core/*_p.h|core/*.cpp|tools/*.cpp) ;;
    *) breach "$file" "$inc" "GDAL, PROJ and SQLite headers belong in core's .cpp files and _p.h headers" ;;
  esac
done < <(includes core ui app tools)

# 4. The viewer links no generator code.
mapfile -t generatorSymbols < <(nm -g --defined-only "$tools" 2>/dev/null | awk '$2 == "T" { print $3 }' | sort -u)
[ ${#generatorSymbols[@]} -gt 0 ] || { echo "check-layering: no symbols read from $tools" >&2; exit 2; }
if linked=$(nm --defined-only "$viewer" | awk '{ print $NF }' | sort -u | comm -12 - <(printf '%s\n' "${generatorSymbols[@]}")) && [ -n "$linked" ]; then
  failures+=("$(basename "$viewer") defines generator symbols: $(head -3 <<<"$linked" | c++filt | tr '\n' ' ')")
fi

for key in "${!excepted[@]}"; do
  [ -n "${used[$key]:-}" ] || failures+=("scripts/layering-exceptions.txt lists '$key', which no longer happens: delete the line")
done

if [ ${#failures[@]} -gt 0 ]; then
  printf 'layering: %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "layering: ok (${#layers[@]} core layers, ${#excepted[@]} known exception(s), ${#generatorSymbols[@]} generator symbols absent from $(basename "$viewer"))"
