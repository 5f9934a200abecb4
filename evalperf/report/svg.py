"""Inline SVG charts for the HTML report, drawn from plain numbers (no plotting library, no network).

Every chart is a string of SVG markup; hover text is an SVG <title>, so it works without script.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

# categorical colours for models (colour-blind friendly order), cycled past the tenth model
PALETTE = (
    "#4477aa",
    "#ee6677",
    "#228833",
    "#ccbb44",
    "#66ccee",
    "#aa3377",
    "#bbbbbb",
    "#332288",
    "#117733",
    "#882255",
)
FONT = 'font-family="system-ui, sans-serif" font-size="11"'


def model_color(index: int) -> str:
    """The colour of the index-th model."""
    return PALETTE[index % len(PALETTE)]


def ramp(value: float) -> str:
    """A red (0) - yellow (50) - green (100) colour; grey for NaN."""
    if math.isnan(value):
        return "#e5e5e5"
    t = min(1.0, max(0.0, value / 100))
    # two linear segments through a light yellow, readable under dark text
    low, mid, high = (214, 96, 77), (254, 224, 139), (26, 152, 80)
    a, b, u = (low, mid, t * 2) if t < 0.5 else (mid, high, (t - 0.5) * 2)
    r, g, bl = (round(x + (y - x) * u) for x, y in zip(a, b))
    return f"#{r:02x}{g:02x}{bl:02x}"


def _num(value: float, digits: int = 1) -> str:
    return "-" if math.isnan(value) else f"{value:.{digits}f}"


def _svg(width: float, height: float, body: list[str], label: str) -> str:
    width = max(width, 7 * len(label) + 40)  # room for the title
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(label)}" '
        f'width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" {FONT}>'
        + "".join(body)
        + "</svg>"
    )


@dataclass(frozen=True)
class Bar:
    """One bar of a bar chart: a label, a value and an optional interval, all on 0-100."""

    label: str
    value: float
    low: float = math.nan
    high: float = math.nan
    color: str = PALETTE[0]


def bar_chart(title: str, bars: Sequence[Bar], width: int = 520) -> str:
    """Horizontal bars on a 0-100 axis with interval whiskers."""
    left, right, row, top = 170, 20, 22, 26
    plot = width - left - right
    height = top + row * len(bars) + 24
    body = [f'<text x="{left}" y="15" font-weight="600">{escape(title)}</text>']
    for tick in range(0, 101, 25):
        x = left + plot * tick / 100
        body.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top - 4}" y2="{height - 20}" stroke="#ddd"/>')
        body.append(f'<text x="{x:.1f}" y="{height - 6}" text-anchor="middle" fill="#555">{tick}</text>')
    for i, bar in enumerate(bars):
        y = top + i * row
        name = bar.label if len(bar.label) <= 26 else bar.label[:25] + "…"
        body.append(f'<text x="{left - 6}" y="{y + 14}" text-anchor="end">{escape(name)}</text>')
        tip = f"{bar.label}: {_num(bar.value)}"
        if not math.isnan(bar.low):
            tip += f" (95% CI {_num(bar.low)} to {_num(bar.high)})"
        if not math.isnan(bar.value):
            w = plot * min(100.0, max(0.0, bar.value)) / 100
            body.append(
                f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{bar.color}" rx="2">'
                f"<title>{escape(tip)}</title></rect>"
            )
            body.append(f'<text x="{left + w + 4:.1f}" y="{y + 14}" fill="#333">{_num(bar.value)}</text>')
        if not math.isnan(bar.low) and not math.isnan(bar.high):
            x1, x2 = left + plot * bar.low / 100, left + plot * bar.high / 100
            ym = y + row / 2 - 1
            body.append(
                f'<path d="M{x1:.1f},{ym - 4}v8M{x1:.1f},{ym}H{x2:.1f}M{x2:.1f},{ym - 4}v8" '
                f'stroke="#222" stroke-width="1.3" fill="none"/>'
            )
    return _svg(width, height, body, title)


def heatmap(
    title: str,
    rows: Sequence[str],
    columns: Sequence[str],
    values: Sequence[Sequence[float]],
    tips: Sequence[Sequence[str]] | None = None,
    cell: int = 38,
) -> str:
    """A rows x columns grid coloured by value (0-100), the value written in each cell."""
    left, top = 170, 120
    width, height = left + cell * len(columns) + 10, top + cell * len(rows) + 10
    body = [f'<text x="4" y="15" font-weight="600">{escape(title)}</text>']
    for j, name in enumerate(columns):
        x = left + j * cell + cell / 2
        short = name if len(name) <= 22 else name[:21] + "…"
        body.append(
            f'<text transform="translate({x:.1f},{top - 6}) rotate(-50)" text-anchor="start">{escape(short)}</text>'
        )
    for i, name in enumerate(rows):
        y = top + i * cell
        short = name if len(name) <= 26 else name[:25] + "…"
        body.append(f'<text x="{left - 6}" y="{y + cell / 2 + 4:.1f}" text-anchor="end">{escape(short)}</text>')
        for j, value in enumerate(values[i]):
            x = left + j * cell
            tip = tips[i][j] if tips else f"{name} vs {columns[j]}: {_num(value)}"
            body.append(
                f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" fill="{ramp(value)}">'
                f"<title>{escape(tip)}</title></rect>"
            )
            if not math.isnan(value):
                body.append(
                    f'<text x="{x + cell / 2 - 1:.1f}" y="{y + cell / 2 + 3:.1f}" text-anchor="middle" '
                    f'pointer-events="none">{value:.0f}</text>'
                )
    return _svg(width, height, body, title)


@dataclass(frozen=True)
class TierMix:
    """How the samples of one model on one task landed: counts per matched tier and the rest."""

    tiers: tuple[int, ...]  # samples matched to tier k (slowest first)
    slower: int = 0  # correct but slower than every tier, or failed while profiled
    failed: int = 0  # incorrect
    unprofiled: int = 0  # correct, not profiled (beyond max_profiled, or references unusable)


def tier_colors(count: int) -> list[str]:
    """Colours of tiers 0..count-1, slowest (orange) to fastest (green)."""
    return [ramp(35 + 65 * (k + 1) / count) for k in range(count)]


MIX_COLORS = {"slower": "#d6604d", "failed": "#9e9e9e", "unprofiled": "#dddddd"}


def tier_matrix(title: str, tasks: Sequence[str], models: Sequence[str], mixes: dict[tuple[str, str], TierMix]) -> str:
    """Tasks x models; each cell a stacked bar of where that model's samples landed among the tiers."""
    left, top, cw, ch = 190, 120, 46, 16
    width, height = left + cw * len(models) + 10, top + ch * len(tasks) + 10
    body = [f'<text x="4" y="15" font-weight="600">{escape(title)}</text>']
    for j, name in enumerate(models):
        x = left + j * cw + cw / 2
        short = name if len(name) <= 22 else name[:21] + "…"
        body.append(
            f'<text transform="translate({x:.1f},{top - 6}) rotate(-50)" text-anchor="start">{escape(short)}</text>'
        )
    for i, task in enumerate(tasks):
        y = top + i * ch
        body.append(f'<text x="{left - 6}" y="{y + ch - 4}" text-anchor="end">{escape(task)}</text>')
        for j, model in enumerate(models):
            mix = mixes.get((task, model))
            x = left + j * cw
            if mix is None:
                body.append(f'<rect x="{x}" y="{y}" width="{cw - 3}" height="{ch - 2}" fill="#f6f6f6"/>')
                continue
            parts = [
                ("failed", mix.failed, MIX_COLORS["failed"]),
                ("slower than all tiers", mix.slower, MIX_COLORS["slower"]),
            ]
            colors = tier_colors(len(mix.tiers))
            parts += [(f"tier {k}", c, colors[k]) for k, c in enumerate(mix.tiers)]
            parts.append(("not profiled", mix.unprofiled, MIX_COLORS["unprofiled"]))
            total = sum(c for _, c, _ in parts) or 1
            tip = f"{model} on {task}: " + ", ".join(f"{name} {c}" for name, c, _ in parts if c)
            offset = 0.0
            body.append(f"<g><title>{escape(tip)}</title>")
            for _, count, color in parts:
                if count:
                    w = (cw - 3) * count / total
                    body.append(
                        f'<rect x="{x + offset:.2f}" y="{y}" width="{w:.2f}" height="{ch - 2}" fill="{color}"/>'
                    )
                    offset += w
            body.append("</g>")
    return _svg(width, height, body, title)


@dataclass(frozen=True)
class CostRow:
    """One task in the cost plot: its reference tier costs and each model's sample costs."""

    task: str
    tiers: tuple[float, ...]  # slowest first
    samples: tuple[tuple[int, float], ...]  # (model index, cost)


def cost_strips(title: str, rows: Sequence[CostRow], models: Sequence[str], width: int = 900) -> str:
    """Per task, sample costs (dots, by model) against the reference tiers (ticks).

    Log scale; x is the cost divided by the task's fastest tier's cost.
    """
    left, right, top, row = 190, 30, 40, 22
    ratios = [
        c / r.tiers[-1]
        for r in rows
        if r.tiers and r.tiers[-1] > 0
        for c in (*r.tiers, *(s for _, s in r.samples))
        if c > 0
    ]
    hi = max(2.0, max(ratios, default=2.0))
    lo = min(1.0, min(ratios, default=1.0))
    lo_log, hi_log = math.floor(math.log10(lo) * 2) / 2, math.ceil(math.log10(hi) * 2) / 2 + 0.25
    plot = width - left - right
    height = top + row * len(rows) + 40

    def xpos(ratio: float) -> float:
        return left + plot * (math.log10(ratio) - lo_log) / (hi_log - lo_log)

    body = [f'<text x="4" y="15" font-weight="600">{escape(title)}</text>']
    decade = math.floor(lo_log)
    while decade <= hi_log:
        if decade >= lo_log:
            x = xpos(10**decade)
            body.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top - 6}" y2="{height - 30}" stroke="#e3e3e3"/>')
            body.append(f'<text x="{x:.1f}" y="{height - 16}" text-anchor="middle" fill="#555">{10**decade:g}x</text>')
        decade += 1
    body.append(
        f'<text x="{left + plot / 2:.1f}" y="{height - 2}" text-anchor="middle" fill="#555">'
        "cost relative to the fastest reference tier (log scale)</text>"
    )
    colors = tier_colors(max(1, max((len(r.tiers) for r in rows), default=1)))
    for i, r in enumerate(rows):
        y = top + i * row
        body.append(f'<text x="{left - 6}" y="{y + row / 2 + 4:.1f}" text-anchor="end">{escape(r.task)}</text>')
        body.append(
            f'<line x1="{left}" x2="{left + plot}" y1="{y + row / 2:.1f}" y2="{y + row / 2:.1f}" stroke="#f0f0f0"/>'
        )
        if not r.tiers or r.tiers[-1] <= 0:
            continue
        tier_cols = tier_colors(len(r.tiers)) if r.tiers else colors
        for k, cost in enumerate(r.tiers):
            x = xpos(cost / r.tiers[-1])
            body.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y + 2}" y2="{y + row - 2}" '
                f'stroke="{tier_cols[k]}" stroke-width="3">'
                f"<title>{escape(f'{r.task} tier {k}: {cost:.4g}')}</title></line>"
            )
        for n, (model, cost) in enumerate(r.samples):
            if cost <= 0:
                continue
            jitter = ((n * 7919) % 11 - 5) * 1.2  # deterministic spread so equal costs stay visible
            body.append(
                f'<circle class="m{model}" cx="{xpos(cost / r.tiers[-1]):.1f}" cy="{y + row / 2 + jitter:.1f}" r="3" '
                f'fill="{model_color(model)}" fill-opacity="0.7">'
                f"<title>{escape(f'{models[model]} on {r.task}: {cost:.4g} ({cost / r.tiers[-1]:.2f}x fastest tier)')}"
                "</title></circle>"
            )
    return _svg(width, height, body, title)
