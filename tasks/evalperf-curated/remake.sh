#!/usr/bin/env bash
# Re-make the evalperf-curated suite (EvalPerf's 118 tasks) with `evalperf curate`, into this folder.
#   bash tasks/evalperf-curated/remake.sh [DATA]     DATA: the folder holding enamel/, evalplus/, evalperf-pool/
# HumanEval tasks: ENAMEL's prompts, tests and generators, at the scales of humaneval-stress.toml.
# MBPP tasks: MBPP+'s prompts and tests, the team's generators in generators/.
# A task with fewer than 4 clusters among 100 programs (the default --max-pool) is curated again on
# its whole pool (--max-pool 1000: more distinct programs than any task's pool holds), as EvalPerf
# clustered every solution it had: rare strategies then make tiers of their own.
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
# Second pass, whole pools: the 30 tasks the first pass drops (curation.md lists the outcome of each).
evalperf curate HumanEval/85 HumanEval/87 HumanEval/89 HumanEval/121 HumanEval/149 \
  --suite "enamel:$data/enamel" --pool "$pool" --stress "$here/humaneval-stress.toml" \
  --max-pool 1000 --name evalperf-curated --jobs "$jobs" -o "$here"
evalperf curate Mbpp/19 Mbpp/75 Mbpp/106 Mbpp/128 Mbpp/170 Mbpp/265 Mbpp/281 Mbpp/296 Mbpp/392 \
  Mbpp/405 Mbpp/421 Mbpp/428 Mbpp/440 Mbpp/451 Mbpp/456 Mbpp/477 Mbpp/586 Mbpp/587 Mbpp/597 \
  Mbpp/604 Mbpp/633 Mbpp/720 Mbpp/753 Mbpp/766 Mbpp/808 \
  --suite "mbppplus:$data/evalplus/MbppPlus.jsonl" --pool "$pool" --generators "$here/generators" \
  --max-pool 1000 --name evalperf-curated --jobs "$jobs" -o "$here"
