#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The sanitizer build: clang with AddressSanitizer and UndefinedBehaviorSanitizer (every report
# fatal) and libFuzzer's coverage, in build-sanitize/. It builds the unit tests and the fuzz
# harnesses together, runs the unit tests (no report allowed), then each harness for
# SEZ_FUZZ_SECONDS (default 60) from its seeds and kept reproducers. Any crash, leak or report
# fails the run; a harness's reproducer lands in build-sanitize/fuzz-findings/NAME/.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build-sanitize"
seconds=${SEZ_FUZZ_SECONDS:-60}
# A fixed seed, a fresh corpus of the seeds and a fixed number of executions per harness: each run
# tries the same inputs in the same order, whatever the machine's speed (a slower one stops at the
# time limit, after a prefix of them), so a finding is a change's, not luck's. Set SEZ_FUZZ_SEED to
# another number, or 0 for a random one, to explore: then the corpus kept in build-sanitize/fuzz-corpus
# grows from run to run and only the time limit applies.
seed=${SEZ_FUZZ_SEED:-20261129}
# About 60 s each on 2 cores under the sanitizers.
declare -A runs_of=([query]=30000 [layerbundle]=4000 [manifest]=140000 [snapshot]=450000 [cache]=30000)
export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=1
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1:detect_odr_violation=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$top/tests/fuzz/lsan.supp:print_suppressions=0"
# Everything runs two to five times slower under the sanitizers: Qt Test's 5-minute limit per test
# function and ctest's 10 minutes per test are for the plain build.
export QTEST_FUNCTION_TIMEOUT=1500000
stamp() { date +%s; }

start=$(stamp)
if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSEZ_SANITIZE=ON -DSEZ_FUZZ=ON >/dev/null
fi
harnesses=(query layerbundle manifest snapshot cache)
# sez_unit_tests: every test labelled unit (and the harnesses' replays); then what the
# fault-injection and bad-input tests run.
targets=(sez_unit_tests tst_faults tst_badinputs sezview-cli)
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"
built=$(stamp)
echo "sanitize: build $((built - start)) s"

# The unit tests, and the fault-injection and bad-input tests with a sanitized sezview-cli.
(cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 1800 -L unit -E '^check_')
(cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 1800 -R '^(tst_faults|tst_badinputs)$')
tested=$(stamp)
echo "sanitize: tests under ASan+UBSan $((tested - built)) s"

for h in "${harnesses[@]}"; do
  findings="$build/fuzz-findings/$h"
  if [ "$seed" = 0 ]; then
    corpus="$build/fuzz-corpus/$h"
    limit=()
  else
    corpus="$build/fuzz-corpus-fixed/$h"
    rm -rf "$corpus"
    limit=(-runs="${SEZ_FUZZ_RUNS:-${runs_of[$h]}}")
  fi
  mkdir -p "$corpus" "$findings"
  "$build/bin/replay_$h" --write-seeds "$corpus" >/dev/null
  h0=$(stamp)
  "$build/bin/fuzz_$h" "$corpus" "$top/tests/fuzz/regressions/$h" -max_total_time="$seconds" -seed="$seed" "${limit[@]}" -rss_limit_mb=4096 \
    -timeout=25 -artifact_prefix="$findings/" -print_final_stats=1 2>"$build/fuzz-$h.log" || {
      tail -40 "$build/fuzz-$h.log" >&2
      echo "sanitize: fuzz_$h found a problem; the reproducer is in $findings" >&2
      exit 1
    }
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/fuzz-$h.log" | grep -o '[0-9]*$' || echo '?')
  echo "sanitize: fuzz_$h $(( $(stamp) - h0 )) s, $runs executions, no finding"
done
echo "sanitize: total $(( $(stamp) - start )) s"
