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

    The bars are one `<path>` (a bar per month that has records: an empty month draws
    nothing), and the counts are said once, in the chart's description, for the months
    that have any (a `<rect>` and a tooltip per month of the whole span was about 1 KB
    a record a script on the officials' pages).

    >>> svg = month_bars_svg({"2024-08": 2, "2024-10": 1}, "每月出现次数")
    >>> svg.count("<path"), svg.count("<rect"), svg.count("<title")
    (1, 0, 1)
    >>> svg[svg.index("<desc"):svg.index("</desc>") + 7]
    '<desc id="chart-desc">2024-08: 2; 2024-10: 1</desc>'
    >>> svg[svg.index(' d="'):svg.index('"/>')]
    ' d="M32.8 8h38.4v110h-38.4zM128.8 63h38.4v55h-38.4z'
    >>> month_bars_svg({}, "x")
    ''
    """
    if not counts:
        return ""
    months = month_range(min(counts), max(counts))
    top = max(counts.values())
    pad_left, pad_bottom, pad_top = 28, 22, 8
    plot_w, plot_h = width - pad_left - 4, height - pad_bottom - pad_top
    bar_w = min(plot_w / len(months), 48.0)  # one busy month must not fill the chart
    base = pad_top + plot_h
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg" aria-labelledby="chart-title chart-desc">',
        f'<title id="chart-title">{escape(label)}</title>',
        '<desc id="chart-desc">'
        + "; ".join(f"{m}: {counts[m]}" for m in months if counts.get(m))
        + "</desc>",
        f'<text x="{pad_left - 4}" y="{pad_top + 8}" text-anchor="end" class="axis">{top}</text>',
        f'<text x="{pad_left - 4}" y="{base}" text-anchor="end" class="axis">0</text>',
    ]
    bars = []
    for i, month in enumerate(months):
        x = pad_left + i * bar_w
        if month.endswith("-01") or i == 0:
            parts.append(f'<text x="{_n(x)}" y="{height - 6}" class="axis">{month[:4]}</text>')
        n = counts.get(month, 0)
        if n:
            h = plot_h * n / top
            w = max(bar_w * 0.8, 1)
            bars.append(f"M{_n(x + bar_w * 0.1)} {_n(base - h)}h{_n(w)}v{_n(h)}h-{_n(w)}z")
    parts.append(f'<path class="bars" d="{"".join(bars)}"/>')
    parts.append("</svg>")
    return "".join(parts)


def _n(value: float) -> str:
    """A coordinate with at most one decimal and no trailing zero.

    >>> _n(12.0), _n(3.14159), _n(0.04)
    ('12', '3.1', '0')
    """
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
