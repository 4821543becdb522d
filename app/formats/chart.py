"""A timeline as bars to draw in SVG (the template draws them): pure geometry, no web, no database.

Bars of up to four series stand side by side in each period; heights are counts, or shares of all
articles of the period when normalised. Every bar carries its label for screen readers and a link.
"""

import math
from collections.abc import Callable
from typing import Any

WIDTH, HEIGHT = 720, 260
LEFT, RIGHT, TOP, BOTTOM = 44, 8, 10, 34
MAX_LABELS = 12


def share(count: int, total: int) -> float:
    return count / total if total else 0.0


def nice_ceiling(value: float) -> float:
    """1, 2, 5 × a power of ten at or above `value`, so the axis ticks are round numbers."""
    if value <= 0:
        return 1.0
    scale = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * scale:
            return step * scale
    return 10 * scale


def chart(data: dict[str, Any], *, normalise: bool, link: Callable[[str, str], str]) -> dict[str, Any]:
    """Geometry for `data` (the timeline's answer); `link(q, period)` is where a bar leads."""
    series = data["series"]
    labels = [p["period"] for p in series[0]["points"]] if series else []
    value = (lambda p: share(p["count"], p["total"])) if normalise else (lambda p: p["count"])
    top = nice_ceiling(max((value(p) for s in series for p in s["points"]), default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(1, len(labels))
    bar_w = slot * 0.8 / max(1, len(series))
    bars = []
    for k, s in enumerate(series):
        for i, point in enumerate(s["points"]):
            height = plot_h * value(point) / top
            shown = f"{share(point['count'], point['total']):.1%}" if normalise else f"{point['count']} 篇"
            bars.append({"x": round(LEFT + i * slot + slot * 0.1 + k * bar_w, 2), "y": round(TOP + plot_h - height, 2),
                         "w": round(max(bar_w - 1, 1), 2), "h": round(height, 2), "series": k,
                         "label": f"{s['q'] or '全部文章'}，{point['period']}：{shown}（当期共 {point['total']} 篇）",
                         "url": link(s["q"], point["period"]) if point["count"] else None})
    every = max(1, -(-len(labels) // MAX_LABELS))
    ticks = [{"x": round(LEFT + i * slot + slot / 2, 2), "text": label}
             for i, label in enumerate(labels) if i % every == 0]
    axis = [{"y": round(TOP + plot_h - plot_h * f, 2),
             "text": f"{top * f:.0%}" if normalise else f"{top * f:g}"} for f in (0, 0.5, 1)]
    return {"width": WIDTH, "height": HEIGHT, "bars": bars, "ticks": ticks, "axis": axis,
            "baseline": TOP + plot_h, "left": LEFT, "right": WIDTH - RIGHT}
