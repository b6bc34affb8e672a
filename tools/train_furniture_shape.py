"""Learn the furniture shape model's weights (clean/furniture_shape.py) from the
development parts of the real-world set, and print the figures its threshold is chosen
by.

    PYTHONPATH=plugins .venv/bin/python tools/train_furniture_shape.py [--write]

Reads tests/real/cases-*.json and the texts present in tests/real/pages/ (git-ignored:
see tests/real/README.md), never a held-out part (evaluate.real.is_held_out) nor one
listed in figures-only.txt. Each non-blank line of a raw text is one example: furniture
when the labels list it, article otherwise (captions are left out). The model is a
logistic regression with an L2 penalty (C, as scikit-learn names it), fitted by Newton's
method in plain Python (a few thousand lines, 31 features: seconds).

It prints, per threshold, leave-one-part-out figures for the lines furniture.py asks the
model about (above the first body line or below the last, and not kept whatever their shape:
furniture._kept_from_shape): furniture lines found and article lines that would be cut, apart
for prose-only lines (furniture.is_prose_only), which furniture.py cuts from a threshold of
their own (furniture._PROSE_THRESHOLD); and for the lines between body lines that are not
prose-only, which furniture.py cuts from furniture._INSIDE_THRESHOLD.
`--write` writes data/furniture_shape_weights.tsv, fitted on every
development part, with the threshold given by `--threshold`.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from public_records.clean.furniture import (
    _bigrams,
    _is_body,
    _kept_from_shape,
    furniture_rows,
    is_prose_only,
    lead_overlap,
)
from public_records.clean.furniture_shape import FEATURES, WEIGHTS_FILE, features, line_views
from public_records.evaluate.labels import resolve_lines
from public_records.evaluate.real import (
    figures_only_parts,
    is_held_out,
    load_cases,
    parts_in,
)

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "real"
DATA = Path(__file__).resolve().parent.parent / "plugins" / "public_records" / "data"
THRESHOLDS = (0.8, 0.85, 0.9, 0.95, 0.97)
INSIDE_THRESHOLDS = (0.97, 0.98, 0.99, 0.995)  # between body lines (furniture._INSIDE_THRESHOLD)
LEAD_LINES = 2  # as furniture._LEAD_LINES


def examples(folder: Path) -> list[tuple[str, str, list[float], bool, bool, bool, bool]]:
    """(part, case id, features, is furniture, asked, prose only, inside) per line: `asked`
    when furniture.py would ask the model about it (above the first body line or below the
    last, and not a line kept whatever its shape: furniture._kept_from_shape); `prose
    only` for a line of Han characters and Chinese punctuation only (furniture.py asks
    about it at a threshold of its own); `inside` for a line between body lines that is
    not prose-only nor kept whatever its shape (furniture.py asks about it from
    furniture._INSIDE_THRESHOLD)."""
    skip = figures_only_parts(folder)
    out = []
    for part, name in parts_in(folder):
        if is_held_out(part) or part in skip:
            continue
        for case in load_cases(folder / name):
            path = folder / "pages" / f"{case['id']}.txt"
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")
            raw_lines = text.split("\n")
            furniture, _ = resolve_lines(case.get("furniture") or [], raw_lines)
            captions, _ = resolve_lines(case.get("captions") or [], raw_lines)
            rows = furniture_rows(text)
            keys = [key for _s, _e, key in rows]
            body = [i for i, key in enumerate(keys) if key and _is_body(key)]
            lead = set().union(*(_bigrams(keys[i]) for i in body[:LEAD_LINES]))
            views = line_views(keys, body, [lead_overlap(key, lead) for key in keys])
            page_end = max((i for i, key in enumerate(keys) if key), default=-1)
            for i, view in enumerate(views):
                line = raw_lines[i] if i < len(raw_lines) else ""
                if view is None or line in captions:
                    continue
                # where furniture.py asks the model: around the body, not a kept shape
                below = (
                    bool(body)
                    and (i < body[0] or i > body[-1])
                    and not _kept_from_shape(keys[i], i == page_end)
                )
                # and between body lines: not a body line, not prose-only, not a kept shape
                inside = (
                    bool(body)
                    and body[0] < i < body[-1]
                    and not _is_body(keys[i])
                    and not is_prose_only(keys[i])
                    and not _kept_from_shape(keys[i], False)
                )
                out.append(
                    (
                        part,
                        case["id"],
                        features(view),
                        line in furniture,
                        below,
                        is_prose_only(keys[i]),
                        inside,
                    )
                )
    return out


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a·x = b (Gaussian elimination with partial pivoting; a is positive
    definite here: the penalised Hessian)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def fit(xs: list[list[float]], ys: list[bool], c: float, rounds: int = 25) -> list[float]:
    """Weights (the intercept last) minimising ½‖w‖² + C·Σ log-loss (the intercept not
    penalised), by Newton's method."""
    rows = [[*x, 1.0] for x in xs]
    d = len(rows[0])
    w = [0.0] * d
    for _ in range(rounds):
        grad = [wi if j < d - 1 else 0.0 for j, wi in enumerate(w)]
        hess = [[(1.0 if i == j and i < d - 1 else 0.0) for j in range(d)] for i in range(d)]
        for x, y in zip(rows, ys, strict=True):
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(min(z, 60.0), -60.0)))
            g = c * (p - (1.0 if y else 0.0))
            h = c * p * (1.0 - p)
            nz = [(j, xj) for j, xj in enumerate(x) if xj]
            for j, xj in nz:
                grad[j] += g * xj
                hj = hess[j]
                for k, xk in nz:
                    hj[k] += h * xj * xk
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def probability(w: list[float], x: list[float]) -> float:
    z = w[-1] + sum(wi * xi for wi, xi in zip(w, x, strict=False))
    return 1.0 / (1.0 + math.exp(-max(min(z, 60.0), -60.0)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, default=FOLDER)
    parser.add_argument("-C", type=float, default=3.0, help="inverse penalty (default 3)")
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--write", action="store_true", help=f"write data/{WEIGHTS_FILE}")
    args = parser.parse_args(argv)
    data = examples(args.folder)
    if not data:
        print("no development texts present in", args.folder / "pages", file=sys.stderr)
        return 1
    parts = sorted({part for part, *_ in data})
    below = [d for d in data if d[4]]
    print(
        f"{len(data)} lines of {len({d[1] for d in data})} pages in {len(parts)} parts; "
        f"asked about (above or below the body, not kept whatever their shape): "
        f"{sum(d[3] for d in below)} furniture, "
        f"{sum(not d[3] for d in below)} article"
    )
    found = {(t, prose): 0 for t in THRESHOLDS for prose in (False, True)}
    cut: dict[tuple[float, bool], list[str]] = {key: [] for key in found}
    found_inside = dict.fromkeys(INSIDE_THRESHOLDS, 0)
    cut_inside: dict[float, list[str]] = {t: [] for t in INSIDE_THRESHOLDS}
    for part in parts:
        train = [d for d in data if d[0] != part]
        w = fit([d[2] for d in train], [d[3] for d in train], args.C)
        for _part, cid, x, furniture, is_below, prose, inside in (d for d in data if d[0] == part):
            if not (is_below or inside):
                continue
            p = probability(w, x)
            for t in INSIDE_THRESHOLDS if inside else THRESHOLDS:
                if p >= t:
                    if inside:
                        found_inside[t] += furniture
                        cut_inside[t].extend([] if furniture else [cid])
                    elif furniture:
                        found[t, prose] += 1
                    else:
                        cut[t, prose].append(cid)
    for prose, what in ((False, "other lines"), (True, "prose-only lines")):
        asked = [d for d in below if d[5] == prose]
        print(
            f"leave-one-part-out, {what} asked about ({sum(d[3] for d in asked)} furniture, "
            f"{sum(not d[3] for d in asked)} article):"
        )
        for t in THRESHOLDS:
            print(
                f"  threshold {t}: furniture found {found[t, prose]}, "
                f"article lines cut {len(cut[t, prose])} {cut[t, prose]}"
            )
    inside = [d for d in data if d[6]]
    print(
        f"leave-one-part-out, lines between body lines asked about, not prose-only "
        f"({sum(d[3] for d in inside)} furniture, {sum(not d[3] for d in inside)} article):"
    )
    for t in INSIDE_THRESHOLDS:
        print(
            f"  threshold {t}: furniture found {found_inside[t]}, "
            f"article lines cut {len(cut_inside[t])} {cut_inside[t]}"
        )
    if args.write:
        w = fit([d[2] for d in data], [d[3] for d in data], args.C)
        out = [f"# Learned by tools/train_furniture_shape.py (C={args.C}) from {len(data)} lines"]
        out.append("# of the real-world set's development parts; see clean/furniture_shape.py.")
        out += [f"{name}\t{weight:.4f}" for (name, _), weight in zip(FEATURES, w, strict=False)]
        out += [f"intercept\t{w[-1]:.4f}", f"threshold\t{args.threshold}"]
        (DATA / WEIGHTS_FILE).write_text("\n".join(out) + "\n", encoding="utf-8")
        print("wrote", DATA / WEIGHTS_FILE)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
