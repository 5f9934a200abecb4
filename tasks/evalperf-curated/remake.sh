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
ids() {  # the pool's task ids of one benchmark ($1: HumanEval or Mbpp), in number order
  python3 - "$pool" "$1" <<'PY'
import glob, json, sys
found = {json.loads(line)["task_id"] for f in glob.glob(sys.argv[1] + "/*.jsonl") for line in open(f) if line.strip()}
print(" ".join(sorted((t for t in found if t.startswith(sys.argv[2] + "/")), key=lambda t: int(t.split("/")[1]))))
PY
}
he_ids=$(ids HumanEval)
mbpp_ids=$(ids Mbpp)
# shellcheck disable=SC2086
evalperf curate $he_ids --suite "enamel:$data/enamel" --pool "$pool" --stress "$here/humaneval-stress.toml" \
  --name evalperf-curated --jobs "$jobs" -o "$here"
# shellcheck disable=SC2086
evalperf curate $mbpp_ids --suite "mbppplus:$data/evalplus/MbppPlus.jsonl" --pool "$pool" --generators "$here/generators" \
  --name evalperf-curated --jobs "$jobs" -o "$here"
