"""Build-time SVG charts (no chart library, nothing loaded from elsewhere)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape


def month_range(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (YYYY-MM), inclusive.

    >>> month_range("2024-11", "2025-02")
    ['2024-11', '2024-12', '2025-01', '2025-02']
    """
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def month_bars_svg(
    counts: Mapping[str, int], label: str, width: int = 640, height: int = 140
) -> str:
    """An accessible bar chart of records per month; "" when there is nothing to draw.

    >>> svg = month_bars_svg({"2024-08": 2, "2024-10": 1}, "每月出现次数")
    >>> svg.count("<rect"), "2024-09: 0" in svg
    (3, True)
    """
    if not counts:
        return ""
    months = month_range(min(counts), max(counts))
    top = max(counts.values())
    pad_left, pad_bottom, pad_top = 28, 22, 8
    plot_w, plot_h = width - pad_left - 4, height - pad_bottom - pad_top
    bar_w = min(plot_w / len(months), 48.0)  # one busy month must not fill the chart
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg" aria-labelledby="chart-title">',
        f'<title id="chart-title">{escape(label)}</title>',
        f'<text x="{pad_left - 4}" y="{pad_top + 8}" text-anchor="end" class="axis">{top}</text>',
        f'<text x="{pad_left - 4}" y="{pad_top + plot_h}" text-anchor="end" class="axis">0</text>',
    ]
    for i, month in enumerate(months):
        n = counts.get(month, 0)
        h = plot_h * n / top
        x = pad_left + i * bar_w
        parts.append(
            f'<rect x="{x + bar_w * 0.1:.1f}" y="{pad_top + plot_h - h:.1f}" '
            f'width="{max(bar_w * 0.8, 1):.1f}" height="{h:.1f}"><title>{month}: {n}</title></rect>'
        )
        if month.endswith("-01") or i == 0:
            parts.append(f'<text x="{x:.1f}" y="{height - 6}" class="axis">{month[:4]}</text>')
    parts.append("</svg>")
    return "".join(parts)
