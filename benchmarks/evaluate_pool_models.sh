#!/usr/bin/env bash
# Evaluate each model of the EvalPerf leaderboard's pool (one JSONL of solutions per model) as a
# model's samples on the evalperf-curated suite, then rank them (issue 15):
#   bash benchmarks/evaluate_pool_models.sh [POOL_DIR] [OUT_DIR] [MODEL_GLOB]
# POOL_DIR: ../shared/data/evalperf-pool by default; OUT_DIR: results/evalperf-pool; MODEL_GLOB: '*'.
# Interrupted, the same command resumes: an interrupted model resumes from its journal, and a
# finished one (its results file) is updated with `evaluate --update`: only tasks the suite gained
# or changed since are evaluated (nothing, when the suite is the same). Prints each model's wall
# time, then the leaderboard (DPS, DPS_norm, pass@1, eff@1), also written as CSV and Markdown beside the results.
set -euo pipefail
pool="${1:-../shared/data/evalperf-pool}"
out="${2:-results/evalperf-pool}"
pattern="${3:-*}"
jobs="${EVALPERF_JOBS:-2}"
mkdir -p "$out"
results=()
for file in "$pool"/$pattern.jsonl; do
  model="$(basename "$file" .jsonl)"
  target="$out/$model.json"
  results+=("$target")
  update=()
  if [ -f "$target" ]; then
    update=(--update)
  fi
  started=$(date +%s)
  evalperf evaluate --samples "$file" --suite evalperf-curated --jobs "$jobs" "${update[@]}" -o "$target" \
    >>"$out/$model.log" 2>&1 || { echo "$model: evaluate failed (exit $?), see $out/$model.log" >&2; exit 1; }
  echo "$model: $(($(date +%s) - started)) s${update:+ (update)}"
done
evalperf leaderboard "${results[@]}" --format markdown -o "$out/leaderboard.md"
evalperf leaderboard "${results[@]}" --format csv -o "$out/leaderboard.csv"
evalperf leaderboard "${results[@]}"
