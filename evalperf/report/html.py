"""The HTML report: one self-contained file (inline CSS, SVG and script; nothing fetched when opened).

Sections: the leaderboard (sortable) with DPS and eff@1 charts, the pairwise win-rate heatmap,
per-task tier matching, sample costs against the reference tiers, what the sandbox refused the
samples (per task and per sample), and each run's environment.
The page records in ``#render-status`` whether its script ran without an error (tests read it
from a headless browser); the element shows text only to report a script error.
"""

from __future__ import annotations

import math
from html import escape
from typing import Any

from evalperf import __version__
from evalperf.report.bootstrap import RESAMPLES
from evalperf.report.leaderboard import Leaderboard
from evalperf.report.load import Run
from evalperf.report.svg import (
    MIX_COLORS,
    Bar,
    CostRow,
    TierMix,
    bar_chart,
    cost_strips,
    heatmap,
    model_color,
    tier_colors,
    tier_matrix,
)

STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
main{max-width:1200px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:32px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.sub{color:#666}.warn{background:#fff4d6;border:1px solid #e8c66b;border-radius:6px;padding:8px 12px;margin:12px 0}
table{border-collapse:collapse;background:#fff;font-variant-numeric:tabular-nums}
th,td{padding:4px 8px;border-bottom:1px solid #eee;text-align:right;white-space:nowrap}
th{background:#f0f0f3;cursor:pointer;user-select:none;position:sticky;top:0}
th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
td.l,th.l{text-align:left}.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(360px,1fr));gap:16px}
.card{background:#fff;border:1px solid #e4e4e4;border-radius:8px;padding:10px;overflow-x:auto}
table.wrap{width:100%;font-size:12px}table.wrap th,table.wrap td{padding:4px 6px;white-space:normal}
table.wrap td.any{overflow-wrap:anywhere}
#render-status:empty{display:none}
.legend span{display:inline-block;margin-right:12px;cursor:pointer}
.legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:4px;vertical-align:-1px}
.legend span.off{opacity:.35}.dim{opacity:.08}small{color:#666}
"""

# Runs before anything else: remembers every error for the closing script, and marks the
# status itself for an error that comes after it.
HEAD_SCRIPT = """
window.__evalperfErrors=[];
window.addEventListener('error',function(e){
  window.__evalperfErrors.push(String(e.message||e));
  var status=document.getElementById('render-status');
  if(status&&status.getAttribute('data-status')!=='pending'){
    status.setAttribute('data-status','error');
    status.textContent='script errors: '+window.__evalperfErrors.join('; ');
  }
});
"""

BODY_SCRIPT = """
(function(){
  function value(cell){var v=cell.getAttribute('data-v');return v===null?cell.textContent:v;}
  document.querySelectorAll('table.sortable').forEach(function(table){
    table.querySelectorAll('th').forEach(function(th,col){
      th.addEventListener('click',function(){
        var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
        var desc=!th.classList.contains('sorted-desc');
        table.querySelectorAll('th').forEach(function(h){h.classList.remove('sorted-asc','sorted-desc');});
        th.classList.add(desc?'sorted-desc':'sorted-asc');
        rows.sort(function(a,b){
          var x=value(a.cells[col]),y=value(b.cells[col]),nx=parseFloat(x),ny=parseFloat(y);
          var r=(!isNaN(nx)&&!isNaN(ny))?nx-ny:String(x).localeCompare(String(y));
          return desc?-r:r;});
        rows.forEach(function(r){body.appendChild(r);});
      });
    });
  });
  document.querySelectorAll('.legend span[data-m]').forEach(function(item){
    item.addEventListener('click',function(){
      item.classList.toggle('off');
      document.querySelectorAll('circle.m'+item.getAttribute('data-m')).forEach(function(c){
        c.classList.toggle('dim',item.classList.contains('off'));});
    });
  });
})();
"""

CLOSING_SCRIPT = """
(function(){
  var status=document.getElementById('render-status');
  var errors=window.__evalperfErrors||[];
  status.setAttribute('data-svgs',String(document.querySelectorAll('svg').length));
  status.setAttribute('data-status',errors.length?'error':'ok');
  status.textContent=errors.length?('script errors: '+errors.join('; ')):'';
})();
"""


def _num(value: Any, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return f"{value:.{digits}f}"


def _leaderboard_table(board: Leaderboard) -> str:
    t = board.table
    heads = ["#", "model", *(f"pass@{k}" for k in board.ks), "DPS", "95% CI", "DPS_norm", "eff@1", "95% CI"]
    heads += [f"eff@{k}" for k in board.ks if k != 1] + ["tasks", "win (model)", "win (task)", "meter"]
    out = ['<table class="sortable" id="leaderboard"><thead><tr>']
    out += [f'<th class="{"l" if h == "model" else ""}">{escape(h)}</th>' for h in heads]
    out.append("</tr></thead><tbody>")
    for i, r in enumerate(t.to_dict("records")):

        def cell(v: Any, text: str | None = None) -> str:
            sort = "" if v is None or (isinstance(v, float) and math.isnan(v)) else f' data-v="{v}"'
            return f"<td{sort}>{escape(text if text is not None else _num(v))}</td>"

        swatch = (
            f'<i style="display:inline-block;width:9px;height:9px;background:{model_color(i)};margin-right:6px"></i>'
        )
        row = [cell(r["rank"], str(r["rank"])), f'<td class="l">{swatch}{escape(str(r["model"]))}</td>']
        row += [cell(r[f"pass@{k}"]) for k in board.ks]
        row += [cell(r["dps"]), cell(r["dps_ci_low"], f"{_num(r['dps_ci_low'])} - {_num(r['dps_ci_high'])}")]
        row += [cell(r["dps_norm"]), cell(r["eff@1"])]
        row.append(cell(r["eff@1_ci_low"], f"{_num(r['eff@1_ci_low'])} - {_num(r['eff@1_ci_high'])}"))
        row += [cell(r[f"eff@{k}"]) for k in board.ks if k != 1]
        row.append(cell(r["tasks_scored"], f"{r['tasks_scored']}/{r['tasks_total']}"))
        row += [cell(r["win_rate_model"]), cell(r["win_rate_task"]), f'<td class="l">{escape(str(r["meter"]))}</td>']
        out.append("<tr>" + "".join(row) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _anchor_tiers(task: dict[str, Any]) -> list[dict[str, Any]]:
    tiers: list[dict[str, Any]] = task["references"].get("tiers", [])
    return [t for t in tiers if t.get("anchor", True)]


def _mix(task: dict[str, Any]) -> TierMix:
    count = len(_anchor_tiers(task))
    tiers = [0] * count
    slower = failed = unprofiled = 0
    for s in task["samples"]:
        matched = s.get("matched_tier")
        if s.get("status") != "pass":
            failed += 1
        elif matched is None:
            unprofiled += 1
        elif matched < 0 or matched >= count:
            slower += 1
        else:
            tiers[matched] += 1
    return TierMix(tuple(tiers), slower, failed, unprofiled)


def _tier_costs(task: dict[str, Any]) -> list[float]:
    costs = [t.get("cost") for t in _anchor_tiers(task)]
    if not task["references"].get("usable") or any(not isinstance(c, (int, float)) or c <= 0 for c in costs):
        return []
    return [float(c) for c in costs if c is not None]


def _cost_rows(runs: list[Run], tasks: list[str]) -> list[CostRow]:
    rows = []
    for task_id in tasks:
        anchor: list[float] = []
        for run in runs:
            if task_id in run.tasks and (anchor := _tier_costs(run.tasks[task_id])):
                break
        samples: list[tuple[int, float]] = []
        for index, run in enumerate(runs):
            task = run.tasks.get(task_id)
            own = _tier_costs(task) if task else []
            if not anchor or not own or task is None:
                continue
            # each run's costs are put on the anchor run's scale through its own fastest tier
            scale = anchor[-1] / own[-1]
            samples += [(index, float(s["cost"]) * scale) for s in task["samples"] if s.get("cost")]
        rows.append(CostRow(task_id, tuple(anchor), tuple(samples)))
    return rows


def _sample_refusals(sample: dict[str, Any]) -> dict[str, int]:
    refused = sample.get("refused")
    if not isinstance(refused, dict):
        return {}
    return {str(k): v for k, v in refused.items() if isinstance(v, int) and not isinstance(v, bool) and v > 0}


def _reasons(counts: dict[str, int]) -> str:
    return ", ".join(f"{reason} \u00d7{count}" for reason, count in sorted(counts.items()))


def _refusals_section(runs: list[Run], tasks: list[str]) -> str:
    """Per task and model: samples whose code the sandbox refused something, and what, how often."""
    per_task: list[str] = []
    per_sample: list[str] = []
    for task_id in tasks:
        for run in runs:
            task = run.tasks.get(task_id)
            if task is None:
                continue
            totals: dict[str, int] = {}
            flagged = 0
            for s in task["samples"]:
                counts = _sample_refusals(s)
                if not counts:
                    continue
                flagged += 1
                for reason, count in counts.items():
                    totals[reason] = totals.get(reason, 0) + count
                cells = [run.model, task_id, str(s.get("index", "-")), str(s.get("line", "-")), str(s.get("status"))]
                per_sample.append(
                    "<tr>"
                    + "".join(f'<td class="l">{escape(c)}</td>' for c in cells)
                    + f'<td data-v="{sum(counts.values())}">{sum(counts.values())}</td>'
                    + f'<td class="l">{escape(_reasons(counts))}</td></tr>'
                )
            if flagged:
                cells = [task_id, run.model]
                per_task.append(
                    "<tr>"
                    + "".join(f'<td class="l">{escape(c)}</td>' for c in cells)
                    + f"<td>{flagged}/{len(task['samples'])}</td><td>{sum(totals.values())}</td>"
                    + f'<td class="l">{escape(_reasons(totals))}</td></tr>'
                )
    if not per_sample:
        return '<p id="refusals">No sample tried an operation the sandbox refuses.</p>'
    task_table = _sortable(
        "refusals-per-task",
        ["task", "model", "samples", "refused", "by reason"],
        {"task", "model", "by reason"},
        per_task,
    )
    sample_table = _sortable(
        "refusals-per-sample",
        ["model", "task", "sample", "line", "status", "refused", "what (times)"],
        {"model", "task", "sample", "line", "status", "what (times)"},
        per_sample,
    )
    return f'<div class="card">{task_table}</div><p></p><div class="card">{sample_table}</div>'


def _meter_cell(run: Run) -> str:
    meter = str(run.environment.get("meter", "-"))
    return f"{meter} (fell back from auto)" if run.fell_back else meter


def _environment_table(runs: list[Run]) -> str:
    heads = ["model", "meter", "tier tolerance", "sandbox", "image", "Python (code)", "CPU", "kernel", "suite"]
    heads += ["evalperf", "file"]
    # Values wrap inside the panel instead of widening it: at spaces, and those that are one long
    # token (a model id, an image digest, a path) anywhere.
    anywhere = {"model", "image", "kernel", "suite", "file"}
    out = [
        '<table class="sortable wrap" id="environment"><thead><tr>' + "".join(f'<th class="l">{h}</th>' for h in heads)
    ]
    out.append("</tr></thead><tbody>")
    for run in runs:
        env, box = run.environment, run.environment.get("sandbox", {}) or {}
        image = box.get("image_id") or box.get("image") or "-"
        cells = [
            run.model,
            _meter_cell(run),
            f"{run.tier_tolerance:g}",
            box.get("kind", "-"),
            str(image)[:24],
            box.get("python", "-"),
            env.get("cpu_model", "-"),
            env.get("kernel", "-"),
            f"{env.get('suite', '-')} {str(env.get('suite_hash', ''))[:12]}",
            env.get("evalperf", "-"),
            str(run.path),
        ]
        out.append(
            "<tr>"
            + "".join(
                f'<td class="l{" any" if h in anywhere else ""}">{escape(str(c))}</td>' for h, c in zip(heads, cells)
            )
            + "</tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def _legend(models: list[str]) -> str:
    items = [
        f'<span data-m="{i}"><i style="background:{model_color(i)}"></i>{escape(m)}</span>'
        for i, m in enumerate(models)
    ]
    return '<div class="legend">' + "".join(items) + " <small>(click a model to hide its dots)</small></div>"


def _tier_legend(count: int) -> str:
    colors = tier_colors(count)
    items = [(MIX_COLORS["failed"], "incorrect"), (MIX_COLORS["slower"], "slower than every tier")]
    items += [
        (colors[k], f"tier {k}" + (" (slowest)" if k == 0 else " (fastest)" if k == count - 1 else ""))
        for k in range(count)
    ]
    items.append((MIX_COLORS["unprofiled"], "correct, not profiled"))
    return (
        '<div class="legend">'
        + "".join(f'<span><i style="background:{c}"></i>{escape(t)}</span>' for c, t in items)
        + "</div>"
    )


def render_html(board: Leaderboard, title: str = "evalperf report") -> str:
    """The whole report page."""
    runs = board.runs
    by_model = {run.model: run for run in runs}
    order = list(board.table["model"])
    runs_sorted = [by_model[m] for m in order]
    tasks = sorted({t for run in runs for t in run.tasks})
    t = board.table
    dps_bars = [
        Bar(m, v, lo, hi, model_color(i))
        for i, (m, v, lo, hi) in enumerate(zip(t["model"], t["dps"], t["dps_ci_low"], t["dps_ci_high"]))
    ]
    eff_bars = [
        Bar(m, v, lo, hi, model_color(i))
        for i, (m, v, lo, hi) in enumerate(zip(t["model"], t["eff@1"], t["eff@1_ci_low"], t["eff@1_ci_high"]))
    ]
    pw = board.pairwise
    values = [[float(pw.loc[a, b]) for b in order] for a in order]
    tips = [
        [f"{a} vs {b}: {_num(values[i][j])}% of shared tasks won" for j, b in enumerate(order)]
        for i, a in enumerate(order)
    ]
    mixes = {(task, run.model): _mix(run.tasks[task]) for run in runs_sorted for task in tasks if task in run.tasks}
    most_tiers = max((len(m.tiers) for m in mixes.values()), default=1)
    warnings = "".join(f'<div class="warn">warning: {escape(w)}</div>' for w in board.warnings)
    meters = ", ".join(sorted({str(m) for m in t["meter"]}))
    tolerances = ", ".join(f"{v:g}" for v in sorted({run.tier_tolerance for run in runs}))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{STYLE}</style><script>{HEAD_SCRIPT}</script></head>",
        "<body><main>",
        f"<h1>{escape(title)}</h1>",
        f'<div class="sub">{len(runs)} model(s), {len(tasks)} task(s), meter {escape(meters)}, tier tolerance '
        f"{escape(tolerances)}; evalperf {__version__}. "
        f"Scores are 0-100 (pass@k and eff@k in %); intervals are 95% bootstrap over tasks "
        f"({RESAMPLES} resamples, seed {board.seed}).</div>",
        warnings,
        "<h2>Leaderboard</h2>",
        '<div class="card">' + _leaderboard_table(board) + "</div>",
        "<p><small>Click a column to sort. Win rates follow the EvalPerf leaderboard: <b>model</b> = share of the "
        "other models beaten on mean DPS over the tasks both are scored on; <b>task</b> = share of per-task DPS "
        "comparisons won (ties count half).</small></p>",
        '<div class="charts"><div class="card">' + bar_chart("DPS (95% CI)", dps_bars) + "</div>",
        '<div class="card">' + bar_chart("eff@1 % (95% CI)", eff_bars) + "</div></div>",
        "<h2>Pairwise win rates</h2>",
        "<p><small>Cell = share (%) of the tasks both models are scored on where the row model has the higher DPS "
        "(ties count half).</small></p>",
        '<div class="card">'
        + heatmap("row model beats column model (% of shared tasks)", order, order, values, tips)
        + "</div>",
        "<h2>Tier matching per task</h2>",
        "<p><small>Where each model's samples landed among the task's reference tiers "
        "(hover a cell for counts).</small></p>",
        _tier_legend(most_tiers),
        '<div class="card">' + tier_matrix("samples by matched tier", tasks, order, mixes) + "</div>",
        "<h2>Costs against the reference tiers</h2>",
        "<p><small>Each dot is a profiled sample; the coloured ticks are the task's reference tiers (slowest "
        "orange to fastest green). Costs are divided by the fastest tier's cost.</small></p>",
        _legend(order),
        '<div class="card">'
        + cost_strips("sample costs / fastest tier", _cost_rows(runs_sorted, tasks), order)
        + "</div>",
        "<h2>Refused operations</h2>",
        "<p><small>Operations the sandbox refused each sample's code (network access, writing files, starting "
        "processes...), counted per sample over its jobs; only samples that tried one are listed.</small></p>",
        _refusals_section(runs_sorted, tasks),
        "<h2>Environments</h2>",
        '<div class="card">' + _environment_table(runs_sorted) + "</div>",
        '<p id="render-status" data-status="pending"></p>',
        f"<script>{BODY_SCRIPT}</script><script>{CLOSING_SCRIPT}</script>",
        "</main></body></html>",
    ]
    return "\n".join(parts) + "\n"


def _sortable(table_id: str, heads: list[str], left: set[str], rows: list[str]) -> str:
    """A sortable table: ``heads`` (those in ``left`` left-aligned) over the ready ``rows``."""
    return (
        f'<table class="sortable" id="{table_id}"><thead><tr>'
        + "".join(f'<th class="{"l" if h in left else ""}">{h}</th>' for h in heads)
        + "</tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )
