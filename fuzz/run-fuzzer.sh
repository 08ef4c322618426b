#!/usr/bin/env bash
# The short fuzz run of ctest (LABELS fuzz): runs one target from the corpus in the repo
# for a few seconds. The repo's corpus is only read: new inputs go to a temporary folder
# (libFuzzer writes into its first corpus folder), crash inputs into
# <build>/fuzz-artifacts/<target>/, whose path is printed so the input can be kept.
# usage: run-fuzzer.sh <fuzz binary> <corpus folder> <dictionary> <seconds>
set -euo pipefail
binary="$1" corpus="$2" dict="$3" seconds="$4"
name="$(basename "$binary")"
# A run that did not build the fuzzers (scripts/test with ctest arguments, or a plain
# ctest) shows them as skipped (77 = SKIP_RETURN_CODE, FuzzTargets.cmake); a full run of
# scripts/test built them and sets GES_FUZZ_REQUIRED=1, so a missing binary fails it.
if [ ! -x "$binary" ]; then
  echo "no fuzz binary $binary (build it with scripts/build-fuzz.sh)" >&2
  [ "${GES_FUZZ_REQUIRED:-0}" = 1 ] && exit 1
  exit 77
fi
[ -d "$corpus" ] || { echo "no corpus folder $corpus" >&2; exit 1; }
artifacts="$(dirname "$binary")/fuzz-artifacts/$name"
mkdir -p "$artifacts"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch" "$scratch.log"' EXIT
dict_arg=()
[ -f "$dict" ] && dict_arg=(-dict="$dict")
status=0
"$binary" -max_total_time="$seconds" -runs=5000000 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict_arg[@]}" \
  "$scratch" "$corpus" 2>"$scratch.log" || status=$?
# libFuzzer's progress lines are many; keep the summary and anything that went wrong.
if [ "$status" != 0 ]; then
  cat "$scratch.log" >&2
  echo "$name: FAILED (exit $status); the input is in $artifacts/ — fix the bug, then add" \
       "the input to $corpus/ as a regression" >&2
else
  grep -E '^(#[0-9]+[[:space:]]*DONE|Done|stat::number_of_executed_units|stat::new_units_added)' \
    "$scratch.log" || true
fi
exit "$status"
