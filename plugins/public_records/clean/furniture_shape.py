"""A line's shape as evidence that it is site furniture: a small logistic model of
line features (length, share of Han characters, marks, digits, Latin letters, spaces,
place on the page, overlap with the lead), no words.

Why a model of shape: the furniture step's word patterns (data/furniture_lines.tsv and
the rules of furniture.py) remove every labelled furniture line of the pages they were
made on, but on pages nobody tuned on, furniture of kinds no pattern names is left
(tests/real/README.md: each new page shows a kind seen once). What those lines share
is their shape: short, without a sentence, with digits, Latin letters, bars or runs of
spaces, above the report's first sentence or below its last. The model is used mainly
there (furniture.py: a line before the first body line or after the last that no rule
cut); between body lines only for a line that is not prose-only and from a higher score
(furniture._INSIDE_THRESHOLD), and never on a body line (a sentence) itself.

The weights are data (data/furniture_shape_weights.tsv), learned by
`tools/train_furniture_shape.py` from the development parts of the real-world set
(never the held-out parts) with a plain logistic regression; the tool prints the
leave-one-part-out figures the threshold was chosen by. Every feature is a number in
[0, 1] or a 0/1 flag computed from the folded line and its neighbours, so the model
reads the same in both scripts.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from ..data import lines
from .fold import han_count

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LineView:
    """One non-blank line as the model sees it: its folded key and where it stands."""

    key: str
    index: int  # of the line among the page's lines
    lines: int  # lines on the page
    first_body: int  # index of the first body line (lines when none)
    last_body: int  # index of the last body line (-1 when none)
    after_body: bool  # the non-blank line before it is a body line
    before_body: bool  # the non-blank line after it is a body line
    lead_overlap: float  # share of its Han bigrams that the lead holds


_SENTENCE_END = re.compile("[。!?！？]")
_COMMA = re.compile("[,，]")
_CLAUSE_MARKS = re.compile("[,，、;；]")
_COLON = re.compile("[:：]")
_BAR = re.compile("[|｜>»›]")
_DATE = re.compile(r"\d{4}\s*[-/年.]\s*\d{1,2}")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_OPENERS = "([【（〔「"
_CLOSERS = ")]】）〕」"


def _share(count: int, key: str) -> float:
    return count / max(len(key), 1)


# (name, feature): the names are the weights file's keys.
FEATURES: tuple[tuple[str, Callable[[LineView], float]], ...] = (
    ("han", lambda v: min(han_count(v.key), 80) / 80),
    ("length", lambda v: min(len(v.key), 120) / 120),
    ("han share", lambda v: _share(han_count(v.key), v.key)),
    ("sentence end", lambda v: float(bool(_SENTENCE_END.search(v.key)))),
    ("comma", lambda v: float(bool(_COMMA.search(v.key)))),
    ("enumeration comma", lambda v: float("、" in v.key)),
    ("colon", lambda v: float(bool(_COLON.search(v.key)))),
    ("digit share", lambda v: _share(sum(c.isdigit() for c in v.key), v.key)),
    ("latin share", lambda v: _share(sum(c.isascii() and c.isalpha() for c in v.key), v.key)),
    ("space share", lambda v: _share(v.key.count(" "), v.key)),
    ("bar", lambda v: float(bool(_BAR.search(v.key)))),
    ("opens with bracket", lambda v: float(v.key[:1] in _OPENERS and v.key[:1] != "")),
    ("closes with bracket", lambda v: float(v.key[-1:] in _CLOSERS and v.key[-1:] != "")),
    ("above body", lambda v: float(v.index < v.first_body)),
    ("within body", lambda v: float(v.first_body <= v.index <= v.last_body)),
    ("below body", lambda v: float(v.index > v.last_body)),
    ("lines above body", lambda v: min(max(v.first_body - v.index, 0), 10) / 10),
    ("lines below body", lambda v: min(max(v.index - v.last_body, 0), 10) / 10),
    ("first line", lambda v: float(v.index == 0)),
    ("last line", lambda v: float(v.index == v.lines - 1)),
    ("place on page", lambda v: min(v.index / max(v.lines, 1), 1.0)),
    ("lead overlap", lambda v: v.lead_overlap),
    ("date", lambda v: float(bool(_DATE.search(v.key)))),
    ("clock", lambda v: float(bool(_CLOCK.search(v.key)))),
    ("after body", lambda v: float(v.after_body)),
    ("before body", lambda v: float(v.before_body)),
    ("body length", lambda v: float(han_count(v.key) >= 30)),
    ("last line after body", lambda v: float(v.index == v.lines - 1 and v.after_body)),
    ("clause marks", lambda v: min(len(_CLAUSE_MARKS.findall(v.key)), 4) / 4),
    ("ends with han", lambda v: float(han_count(v.key[-1:]) == 1)),
    ("ends with digit", lambda v: float(v.key[-1:].isdigit())),
)


def features(view: LineView) -> list[float]:
    """The line's feature values, in FEATURES' order.

    >>> v = LineView("分享到 微信 QQ", 9, 10, 1, 7, False, False, 0.0)
    >>> dict(zip([n for n, _ in FEATURES], features(v)))["below body"]
    1.0
    """
    return [float(feature(view)) for _, feature in FEATURES]


@dataclass(frozen=True)
class Model:
    weights: tuple[float, ...]
    intercept: float
    threshold: float

    def score(self, view: LineView) -> float:
        """The probability the model gives that the line is furniture."""
        z = self.intercept + sum(w * x for w, x in zip(self.weights, features(view), strict=True))
        return 1.0 / (1.0 + math.exp(-max(min(z, 60.0), -60.0)))


WEIGHTS_FILE = "furniture_shape_weights.tsv"


def parse_weights(rows: Sequence[str]) -> Model | None:
    """The model of the weights file's rows (`name<TAB>number`; `intercept` and
    `threshold` besides one row per feature); None, with an error logged, when a
    feature has no weight or a number does not read (the rules alone then decide).

    >>> rows = [f"{name}\\t0" for name, _ in FEATURES] + ["intercept\\t-1", "threshold\\t0.9"]
    >>> parse_weights(rows).threshold
    0.9
    >>> parse_weights(rows[1:]) is None
    True
    """
    values: dict[str, float] = {}
    for row in rows:
        name, _, number = row.partition("\t")
        try:
            values[name.strip()] = float(number)
        except ValueError:
            logger.error("data/%s: %r is not a number", WEIGHTS_FILE, row)
            return None
    missing = [name for name, _ in FEATURES if name not in values]
    missing += [name for name in ("intercept", "threshold") if name not in values]
    if missing:
        logger.error("data/%s: no weight for %s", WEIGHTS_FILE, ", ".join(missing))
        return None
    weights = tuple(values[name] for name, _ in FEATURES)
    if not all(math.isfinite(w) for w in (*weights, values["intercept"], values["threshold"])):
        logger.error("data/%s: a weight is not finite", WEIGHTS_FILE)
        return None
    return Model(weights, values["intercept"], values["threshold"])


@cache
def model() -> Model | None:
    """The shipped model; None (the rules alone decide) when its file is missing or
    does not read."""
    try:
        rows = lines(WEIGHTS_FILE)
    except OSError as e:
        logger.error(
            "data/%s does not read (%s): furniture is judged by the rules alone", WEIGHTS_FILE, e
        )
        return None
    return parse_weights(rows)


def line_views(
    keys: Sequence[str], body: Sequence[int], lead_overlaps: Sequence[float]
) -> list[LineView | None]:
    """A LineView per line (None for a blank one): `keys` the folded lines, `body` the
    indexes of the body lines in order, `lead_overlaps` each line's overlap with the lead.

    >>> views = line_views(["栏目", "", "5月6日,县政协召开会议。", "分享"], [2], [0.0] * 4)
    >>> [(v.index, v.after_body, v.before_body) if v else None for v in views]
    [(0, False, True), None, (2, False, False), (3, True, False)]
    """
    n = len(keys)
    first_body, last_body = (body[0], body[-1]) if body else (n, -1)
    is_body = set(body)
    views: list[LineView | None] = [None] * n
    previous = -1
    for i, key in enumerate(keys):
        if not key:
            continue
        views[i] = LineView(
            key, i, n, first_body, last_body, previous in is_body, False, lead_overlaps[i]
        )
        previous = i
    following = -1
    for i in range(n - 1, -1, -1):
        view = views[i]
        if view is None:
            continue
        if following in is_body:
            views[i] = replace(view, before_body=True)
        following = i
    return views
