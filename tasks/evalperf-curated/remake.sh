#!/usr/bin/env bash
# Re-make the evalperf-curated suite (EvalPerf's 118 tasks) with `evalperf curate`, into this folder.
#   bash tasks/evalperf-curated/remake.sh [DATA]     DATA: the folder holding enamel/, evalplus/, evalperf-pool/
# HumanEval tasks: ENAMEL's prompts, tests and generators, at the scales of humaneval-stress.toml.
# MBPP tasks: MBPP+'s prompts and tests, the team's generators in generators/.
# Interrupted, the same command resumes (each curate run journals its jobs in this folder).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${1:-$here/../../../shared/data}"
jobs="${EVALPERF_JOBS:-2}"
pool="$data/evalperf-pool"
# Without task ids, curate takes every task of the suite that the pool has solutions for:
# EvalPerf's 29 HumanEval tasks of ENAMEL's 142, its 89 MBPP tasks of MBPP+'s 378.
evalperf curate --suite "enamel:$data/enamel" --pool "$pool" --stress "$here/humaneval-stress.toml" \
  --name evalperf-curated --jobs "$jobs" -o "$here"
evalperf curate --suite "mbppplus:$data/evalplus/MbppPlus.jsonl" --pool "$pool" --generators "$here/generators" \
  --name evalperf-curated --jobs "$jobs" -o "$here"
