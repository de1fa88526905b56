#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything and runs every test, with a throwaway PostgreSQL cluster for the register's tests
# (scripts/pg-cluster.sh), stopped at the end whatever happens. The register's load test (ctest label
# "load") runs only with SEZ_TEST_LOAD=1. Then, where clang is installed (scripts/deps.sh installs
# it), the sanitizer build: the unit, fault-injection and bad-input tests under ASan and UBSan, and
# each fuzz harness for 60 s (scripts/sanitize.sh); SEZ_SANITIZE=0 skips that part.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
start=$(date +%s)
"$top/scripts/build.sh"
built=$(date +%s)
echo "test: build $((built - start)) s"

pgdir=$(mktemp -d "${TMPDIR:-/tmp}/sezpg.XXXXXX")
trap '"$top/scripts/pg-cluster.sh" stop "$pgdir"' EXIT
cluster=$("$top/scripts/pg-cluster.sh" start "$pgdir")   # a failed start stops here (set -e)
eval "$cluster"
export SEZ_TEST_PG_REQUIRED=1   # here a test that cannot reach the cluster fails instead of skipping

load=(-LE load)
[ "${SEZ_TEST_LOAD:-0}" = 1 ] && load=()
(cd "$top/build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 "${load[@]}" "$@")
tested=$(date +%s)
echo "test: suite $((tested - built)) s"
if [ "${SEZ_SANITIZE:-1}" != 0 ] && command -v clang++ >/dev/null; then
  "$top/scripts/sanitize.sh"
fi
echo "test: total $(( $(date +%s) - start )) s"
