#!/usr/bin/env bash
# Evaluate each model of the EvalPerf leaderboard's pool (one JSONL of solutions per model) as a
# model's samples on the evalperf-curated suite, then rank them (issue 15):
#   bash benchmarks/evaluate_pool_models.sh [POOL_DIR] [OUT_DIR] [MODEL_GLOB]
# POOL_DIR: ../shared/data/evalperf-pool by default; OUT_DIR: results/evalperf-pool; MODEL_GLOB: '*'.
# Interrupted, the same command resumes: an interrupted model resumes from its journal, and a
# finished one (its results file) is updated with `evaluate --update`: only tasks the suite gained
# or changed since are evaluated (nothing, when the suite is the same). CPU features are pinned
# (--pin-cpu-features), so that a results file measured on one x86-64 machine is updated, not
# measured again, on another (its measurement key holds the pin, not the host's flags).
# ARCHIVE (env EVALPERF_POOL_ARCHIVE, default docs/evalperf-pool): each finished results file is
# kept there gzipped, and a model without a results file in OUT_DIR starts from its archived one,
# so that a fresh checkout updates the published results instead of measuring them again.
# Prints each model's wall time, then the leaderboard (DPS, DPS_norm, pass@1, eff@1), also
# written as CSV and Markdown beside the results and the Markdown into ARCHIVE.
set -euo pipefail
pool="${1:-../shared/data/evalperf-pool}"
out="${2:-results/evalperf-pool}"
pattern="${3:-*}"
jobs="${EVALPERF_JOBS:-2}"
archive="${EVALPERF_POOL_ARCHIVE:-docs/evalperf-pool}"
mkdir -p "$out" "$archive"
results=()
for file in "$pool"/$pattern.jsonl; do
  model="$(basename "$file" .jsonl)"
  target="$out/$model.json"
  kept="$archive/$model.json.gz"
  results+=("$target")
  if [ ! -f "$target" ] && [ -f "$kept" ] && [ ! -f "$out/$model.journal.jsonl" ]; then
    gzip -dc "$kept" >"$target"
  fi
  update=()
  if [ -f "$target" ]; then
    update=(--update)
  fi
  started=$(date +%s)
  evalperf evaluate --samples "$file" --suite evalperf-curated --jobs "$jobs" --pin-cpu-features "${update[@]}" -o "$target" \
    >>"$out/$model.log" 2>&1 || { echo "$model: evaluate failed (exit $?), see $out/$model.log" >&2; exit 1; }
  gzip -nc "$target" >"$kept.tmp" && mv "$kept.tmp" "$kept"
  echo "$model: $(($(date +%s) - started)) s${update:+ (update)}"
done
evalperf leaderboard "${results[@]}" --format markdown -o "$out/leaderboard.md"
evalperf leaderboard "${results[@]}" --format csv -o "$out/leaderboard.csv"
cp "$out/leaderboard.md" "$archive/leaderboard.md"
evalperf leaderboard "${results[@]}"
