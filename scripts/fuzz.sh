#!/usr/bin/env bash
# Fuzzes dyad's readers and dictionary loaders with libFuzzer (Linux, Swift 6 toolchain).
#
#   scripts/fuzz.sh                  # every target, 20000 inputs each
#   scripts/fuzz.sh 200000           # more inputs per target
#   scripts/fuzz.sh 50000 html warc  # only some targets
#
# Targets: html, warc, feed (and OPML), text (tokenizer, sentence splitter, dates, plain-text
# and JSON Lines readers), actors, agents, verbs, coordinates (dyad's dictionary formats), petrarch-actors,
# petrarch-agents, petrarch-verbs (PETRARCH/TABARI formats). Each starts from the small seed
# files in Fuzz/corpus/TARGET; new interesting inputs go to the build folder, not to the seeds.
#
# The fuzz build (address sanitizer and coverage, DYAD_FUZZ=1 adds the DyadFuzz target to the
# manifest) lives in its own scratch folder, .build-fuzz by default (DYAD_FUZZ_SCRATCH to
# change it), so it never disturbs the normal build. A crash or a hang (more than 10 s on one
# input) stops that target, leaves the input as FOLDER/crashes/TARGET-crash-* (or -timeout-*)
# and makes the script exit 1 after the other targets ran. Reproduce one with
#   DYAD_FUZZ_TARGET=html .build-fuzz/debug/DyadFuzz FILE
set -uo pipefail
cd "$(dirname "$0")/.."

runs=${1:-20000}
shift || true
all=(html warc feed text actors agents verbs coordinates petrarch-actors petrarch-agents petrarch-verbs)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
case "$runs" in ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [ITERATIONS] [TARGET...]" >&2; exit 2 ;; esac

scratch=${DYAD_FUZZ_SCRATCH:-.build-fuzz}
echo "== building the fuzz targets in $scratch (address sanitizer, libFuzzer)"
mkdir -p "$scratch"
if ! DYAD_FUZZ=1 swift build --scratch-path "$scratch" --sanitize fuzzer --sanitize address --product DyadFuzz \
    > "$scratch/fuzz-build.log" 2>&1; then
  grep -v "Cannot export local symbol" "$scratch/fuzz-build.log" | tail -40
  echo "fuzz build failed (full log: $scratch/fuzz-build.log)" >&2
  exit 2
fi
bin="$scratch/debug/DyadFuzz"

work="$scratch/fuzz"
mkdir -p "$work/crashes"
failed=0
printf '%-16s %10s %8s %s\n' TARGET INPUTS SECONDS RESULT > "$work/summary.txt"
for t in "${targets[@]}"; do
  seeds="Fuzz/corpus/$t"
  [ -d "$seeds" ] || { echo "no seed corpus $seeds (targets: ${all[*]})" >&2; exit 2; }
  mkdir -p "$work/corpus/$t"
  log="$work/$t.log"
  echo "== $t: $runs inputs"
  start=$(date +%s)
  DYAD_FUZZ_TARGET=$t ASAN_OPTIONS=detect_leaks=0 "$bin" -runs="$runs" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/crashes/$t-" "$work/corpus/$t" "$seeds" > "$log" 2>&1
  status=$?
  seconds=$(( $(date +%s) - start ))
  done_runs=$(grep -o 'Done [0-9]* runs' "$log" | tail -1 | grep -o '[0-9]*')
  done_runs=${done_runs:-$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)}
  if [ "$status" -eq 0 ]; then
    result="ok"
  else
    failed=1
    artifact=$(grep -o "Test unit written to [^ ]*" "$log" | tail -1 | sed 's/Test unit written to //')
    reason=$(grep -m1 -E "ERROR: (AddressSanitizer|libFuzzer)|Fatal error|Precondition failed|fatal error" "$log" | cut -c1-160)
    result="FAILED ($reason) input: ${artifact:-see $log}"
  fi
  printf '%-16s %10s %8s %s\n' "$t" "${done_runs:-?}" "$seconds" "$result" | tee -a "$work/summary.txt"
done
echo "== summary ($work/summary.txt)"
cat "$work/summary.txt"
exit $failed
