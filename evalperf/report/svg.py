"""Inline SVG charts for the HTML report, drawn from plain numbers (no plotting library, no network).

Every chart is a string of SVG markup; hover text is an SVG <title>, so it works without script.
Charts are drawn to the width of a report panel (PANEL_WIDTH) and scale with it: a viewBox,
``width="100%"``, and a max-width of the drawn size, so a narrower panel shrinks a chart and a
wide one never blows its text up. Margins for labels follow the labels' length.
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
# A report card's inner width where the page is widest (main's 1200 less the card's padding and
# border, 2 x 11): full-width charts are drawn this wide, at their natural text size.
PANEL_WIDTH = 1178
CHAR_W = 7.0  # room for one 11 px character, generous (DejaVu Sans, the usual fallback, is wide)
MAX_LABEL_ROOM = 240  # at most this much width for the names beside a chart
WIDE_COLUMN_CHARS = 12  # a column this many characters wide names itself across
MIN_CELL = 34.0  # a grid column never narrower: past that, the chart is wider than a panel and scales down


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
    width = max(width, CHAR_W * len(label) + 40)  # room for the title
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(label)}" '
        f'width="100%" viewBox="0 0 {width:.0f} {height:.0f}" style="display:block;max-width:{width:.0f}px" {FONT}>'
        + "".join(body)
        + "</svg>"
    )


def _label_room(labels: Sequence[str]) -> tuple[float, int]:
    """Width for right-aligned names beside a chart, and how many characters of a name fit in it."""
    longest = max((len(label) for label in labels), default=1)
    room = min(MAX_LABEL_ROOM, max(60.0, CHAR_W * longest + 12))
    return room, int((room - 12) // CHAR_W)


def _short(label: str, chars: int) -> str:
    return label if len(label) <= chars else label[: max(1, chars - 1)] + "…"


def _row_label(right: float, baseline: float, label: str, chars: int) -> str:
    """A row's name, right-aligned at ``right``, cut to ``chars`` characters."""
    return f'<text x="{right:.1f}" y="{baseline:.1f}" text-anchor="end">{escape(_short(label, chars))}</text>'


def _column_labels(names: Sequence[str], left: float, cell: float) -> tuple[list[str], float]:
    """Names above the columns and the height they take: across wide columns (cut to fit), slanted over narrow ones."""
    chars = int((cell - 6) // CHAR_W)
    if chars >= WIDE_COLUMN_CHARS or all(len(name) <= chars for name in names):
        out = [
            f'<text x="{left + j * cell + cell / 2:.1f}" y="38" text-anchor="middle">{escape(_short(name, chars))}'
            "</text>"
            for j, name in enumerate(names)
        ]
        return out, 46.0
    shorts = [_short(name, 22) for name in names]
    top = 40 + 0.77 * CHAR_W * max(len(short) for short in shorts)  # sin(50 degrees) of the longest
    out = [
        f'<text transform="translate({left + j * cell + cell / 2:.1f},{top - 6:.1f}) rotate(-50)" '
        f'text-anchor="start">{escape(short)}</text>'
        for j, short in enumerate(shorts)
    ]
    return out, top


@dataclass(frozen=True)
class Bar:
    """One bar of a bar chart: a label, a value and an optional interval, all on 0-100."""

    label: str
    value: float
    low: float = math.nan
    high: float = math.nan
    color: str = PALETTE[0]


def bar_chart(title: str, bars: Sequence[Bar], width: float = (PANEL_WIDTH - 16) / 2) -> str:
    """Horizontal bars on a 0-100 axis with interval whiskers; each value written clear of its whisker."""
    left, chars = _label_room([bar.label for bar in bars])
    right, row, top = 52, 22, 26  # right: room for "100.0" after a whisker ending at 100
    plot = width - left - right
    height = top + row * len(bars) + 24
    body = [f'<text x="{left}" y="15" font-weight="600">{escape(title)}</text>']
    for tick in range(0, 101, 25):
        x = left + plot * tick / 100
        body.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top - 4}" y2="{height - 20}" stroke="#ddd"/>')
        body.append(f'<text x="{x:.1f}" y="{height - 6}" text-anchor="middle" fill="#555">{tick}</text>')
    for i, bar in enumerate(bars):
        y = top + i * row
        body.append(_row_label(left - 6, y + 14, bar.label, chars))
        tip = f"{bar.label}: {_num(bar.value)}"
        has_ci = not math.isnan(bar.low) and not math.isnan(bar.high)
        if not math.isnan(bar.low):
            tip += f" (95% CI {_num(bar.low)} to {_num(bar.high)})"
        if not math.isnan(bar.value):
            w = plot * min(100.0, max(0.0, bar.value)) / 100
            body.append(
                f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{bar.color}" rx="2">'
                f"<title>{escape(tip)}</title></rect>"
            )
            end = max(bar.value, bar.high) if has_ci else bar.value  # past the whisker's far end
            x = left + plot * min(100.0, max(0.0, end)) / 100 + 6
            body.append(f'<text class="value" x="{x:.1f}" y="{y + 14}" fill="#333">{_num(bar.value)}</text>')
        if has_ci:
            x1, x2 = left + plot * bar.low / 100, left + plot * bar.high / 100
            ym = y + row / 2 - 1
            body.append(
                f'<path class="ci" d="M{x1:.1f},{ym - 4}v8M{x1:.1f},{ym}H{x2:.1f}M{x2:.1f},{ym - 4}v8" '
                f'stroke="#222" stroke-width="1.3" fill="none"/>'
            )
    return _svg(width, height, body, title)


def heatmap(
    title: str,
    rows: Sequence[str],
    columns: Sequence[str],
    values: Sequence[Sequence[float]],
    tips: Sequence[Sequence[str]] | None = None,
    width: float = PANEL_WIDTH,
) -> str:
    """A rows x columns grid coloured by value (0-100), the value written in each cell; as wide as ``width``."""
    left, chars = _label_room(rows)
    cell_w = max(MIN_CELL, (width - left - 10) / max(1, len(columns)))
    cell_h = 38
    body = [f'<text x="4" y="15" font-weight="600">{escape(title)}</text>']
    heads, top = _column_labels(columns, left, cell_w)
    body += heads
    for i, name in enumerate(rows):
        y = top + i * cell_h
        body.append(_row_label(left - 6, y + cell_h / 2 + 4, name, chars))
        for j, value in enumerate(values[i]):
            x = left + j * cell_w
            tip = tips[i][j] if tips else f"{name} vs {columns[j]}: {_num(value)}"
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{cell_w - 2:.1f}" height="{cell_h - 2}" fill="{ramp(value)}">'
                f"<title>{escape(tip)}</title></rect>"
            )
            if not math.isnan(value):
                body.append(
                    f'<text x="{x + cell_w / 2 - 1:.1f}" y="{y + cell_h / 2 + 3:.1f}" text-anchor="middle" '
                    f'pointer-events="none">{value:.0f}</text>'
                )
    return _svg(left + cell_w * len(columns) + 10, top + cell_h * len(rows) + 10, body, title)


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


def tier_matrix(
    title: str,
    tasks: Sequence[str],
    models: Sequence[str],
    mixes: dict[tuple[str, str], TierMix],
    width: float = PANEL_WIDTH,
) -> str:
    """Tasks x models; each cell a stacked bar of where that model's samples landed among the tiers."""
    left, chars = _label_room(tasks)
    cw = max(MIN_CELL, (width - left - 10) / max(1, len(models)))
    ch = 16
    body = [f'<text x="4" y="15" font-weight="600">{escape(title)}</text>']
    heads, top = _column_labels(models, left, cw)
    body += heads
    for i, task in enumerate(tasks):
        y = top + i * ch
        body.append(_row_label(left - 6, y + ch - 4, task, chars))
        for j, model in enumerate(models):
            mix = mixes.get((task, model))
            x = left + j * cw
            if mix is None:
                body.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{cw - 3:.1f}" height="{ch - 2}" fill="#f6f6f6"/>')
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
                        f'<rect x="{x + offset:.2f}" y="{y:.1f}" width="{w:.2f}" height="{ch - 2}" fill="{color}"/>'
                    )
                    offset += w
            body.append("</g>")
    return _svg(left + cw * len(models) + 10, top + ch * len(tasks) + 10, body, title)


@dataclass(frozen=True)
class CostRow:
    """One task in the cost plot: its reference tier costs and each model's sample costs."""

    task: str
    tiers: tuple[float, ...]  # slowest first
    samples: tuple[tuple[int, float], ...]  # (model index, cost)


def cost_strips(title: str, rows: Sequence[CostRow], models: Sequence[str], width: float = PANEL_WIDTH) -> str:
    """Per task, sample costs (dots, by model) against the reference tiers (ticks).

    Log scale; x is the cost divided by the task's fastest tier's cost.
    """
    left, chars = _label_room([r.task for r in rows])
    right, top, row = 30, 40, 22
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
        body.append(_row_label(left - 6, y + row / 2 + 4, r.task, chars))
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
